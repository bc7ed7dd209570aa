<?php

declare(strict_types=1);

namespace DomainGuard\Typo3\Configuration;

use DomainGuard\FormMapping;
use DomainGuard\Recheck;
use TYPO3\CMS\Core\Authentication\BackendUserAuthentication;
use TYPO3\CMS\Core\Configuration\ExtensionConfiguration;
use TYPO3\CMS\Core\Log\LogManager;

/**
 * The extension settings (Admin Tools > Settings > Extension Configuration > domainguard),
 * with safe defaults when they were never saved.
 */
final class Settings
{
    public function __construct(
        private readonly ExtensionConfiguration $extensionConfiguration,
        private readonly LogManager $logManager,
    ) {}

    public function binary(): string
    {
        return trim((string)($this->all()['binary'] ?? '')) ?: '/usr/local/bin/domainguard';
    }

    public function policy(): string
    {
        $policy = trim((string)($this->all()['policy'] ?? ''));
        return preg_match('/^[A-Za-z0-9_.-]+$/', $policy) ? $policy : 'default';
    }

    public function timeout(): float
    {
        $timeout = (float)($this->all()['timeout'] ?? 5);
        return $timeout > 0 ? min($timeout, 60.0) : 5.0;
    }

    public function timeZone(): string
    {
        $zone = trim((string)($this->all()['timezone'] ?? ''));
        return in_array($zone, \DateTimeZone::listIdentifiers(), true) ? $zone : 'Europe/Berlin';
    }

    /** `de` or `en`: the setting, or with `auto` the backend user's language (German unless English). */
    public function locale(?BackendUserAuthentication $user): string
    {
        $setting = (string)($this->all()['locale'] ?? 'auto');
        if ($setting === 'de' || $setting === 'en') {
            return $setting;
        }
        $lang = (string)($user?->user['lang'] ?? '');
        // TYPO3 calls English `default` (or an empty value)
        return $lang === 'de' ? 'de' : ($lang === '' || $lang === 'default' || str_starts_with($lang, 'en') ? 'en' : 'de');
    }

    /** Whether page deletes are checked (R-R1); on unless switched off. */
    public function pageDeleteGuard(): bool
    {
        return (string)($this->all()['pageDeleteGuard'] ?? '1') !== '0';
    }

    /** Today in the registrar's time zone. */
    public function today(?\DateTimeImmutable $now = null): string
    {
        return FormMapping::today($this->timeZone(), $now);
    }

    /** The re-check, logging through TYPO3's logging (outcomes and codes only, never case data). */
    public function createRecheck(): Recheck
    {
        $logger = $this->logManager->getLogger(Recheck::class);
        return new Recheck(
            $this->binary(),
            $this->timeout(),
            static function (string $level, string $message, array $context) use ($logger): void {
                $logger->log($level, $message, $context);
            },
        );
    }

    /** @return array<string, mixed> */
    private function all(): array
    {
        try {
            $config = $this->extensionConfiguration->get('domainguard');
        } catch (\Throwable) {
            return [];
        }
        return is_array($config) ? $config : [];
    }
}
