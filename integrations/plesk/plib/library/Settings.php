<?php

declare(strict_types=1);

use DomainGuard\ArrayFactSource;
use DomainGuard\FactSource;
use DomainGuard\FormMapping;
use DomainGuard\Recheck;
use DomainGuard\ServerContext;

/**
 * The extension's settings (pm_Settings, edited on the settings page by the administrator)
 * and the shared DomainGuard classes (plib/vendor/domainguard/, copied in by
 * scripts/build-integrations.sh).
 */
class Modules_Domainguard_Settings
{
    public const DEFAULT_BINARY = '/usr/local/bin/domainguard';

    /** @var (\Closure(): \DateTimeImmutable)|null the clock; null: the system's (tests set one) */
    public static ?\Closure $clock = null;

    public function __construct()
    {
        // the shared classes, copied in by the build (the tests autoload them from their source)
        $autoload = dirname(__DIR__) . '/vendor/domainguard/autoload.php';
        if (is_file($autoload)) {
            require_once $autoload;
        }
    }

    public function binary(): string
    {
        return trim((string)pm_Settings::get('binary', self::DEFAULT_BINARY)) ?: self::DEFAULT_BINARY;
    }

    public function policy(): string
    {
        $policy = trim((string)pm_Settings::get('policy', 'default'));
        return preg_match('/^[A-Za-z0-9_.-]+$/', $policy) ? $policy : 'default';
    }

    public function timeout(): float
    {
        $timeout = (float)pm_Settings::get('timeout', '5');
        return $timeout > 0 ? min($timeout, 60.0) : 5.0;
    }

    public function timeZone(): string
    {
        $zone = trim((string)pm_Settings::get('timezone', 'Europe/Berlin'));
        return in_array($zone, \DateTimeZone::listIdentifiers(), true) ? $zone : 'Europe/Berlin';
    }

    /** `de` or `en`: the setting, or with `auto` (default) the Plesk interface language. */
    public function locale(): string
    {
        $setting = (string)pm_Settings::get('locale', 'auto');
        if ($setting === 'de' || $setting === 'en') {
            return $setting;
        }
        return FormMapping::normalizeLocale(pm_Locale::getCode());
    }

    public function today(): string
    {
        return FormMapping::today($this->timeZone(), $this->now());
    }

    public function now(): \DateTimeImmutable
    {
        return self::$clock !== null ? (self::$clock)() : new \DateTimeImmutable('now');
    }

    /** What the server decides about every case: today, the locale, the policy. */
    public function serverContext(): ServerContext
    {
        return new ServerContext($this->today(), $this->locale(), $this->policy());
    }

    /** The JSON file with the registrar's facts per domain (setting "Registrar data"); '' for none. */
    public function registrarFactsFile(): string
    {
        return trim((string)pm_Settings::get('registrarFacts', ''));
    }

    /** The registrar's facts: the JSON file when set (an unreadable one throws: the re-check refuses). */
    public function registrarFacts(): ?FactSource
    {
        $file = $this->registrarFactsFile();
        return $file === '' ? null : ArrayFactSource::fromJsonFile($file);
    }

    public function mapping(): FormMapping
    {
        return FormMapping::default($this->recheck());
    }

    /** The re-check, logging to Plesk's log (outcomes and codes only, never case data). */
    public function recheck(): Recheck
    {
        return new Recheck($this->binary(), $this->timeout(), static function (string $level, string $message, array $context): void {
            $text = strtr($message, ['{outcome}' => (string)($context['outcome'] ?? ''), '{reason}' => (string)($context['reason'] ?? '')]);
            unset($context['outcome'], $context['reason']);
            $text .= ' ' . json_encode($context, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_PARTIAL_OUTPUT_ON_ERROR);
            match ($level) {
                'error' => pm_Log::err($text),
                'warning', 'notice' => pm_Log::warn($text),
                'info' => pm_Log::info($text),
                default => pm_Log::debug($text),
            };
        });
    }

    /** @return array<string, string> the extension's texts in a locale (plib/resources/locales/*.php) */
    public static function messages(string $locale): array
    {
        $file = dirname(__DIR__) . '/resources/locales/' . ($locale === 'en' ? 'en-US' : 'de-DE') . '.php';
        $messages = [];
        include $file;
        return $messages;
    }
}
