<?php

declare(strict_types=1);

namespace DomainGuard\Typo3\Configuration;

use DomainGuard\CaseChecker;
use DomainGuard\FormMapping;
use DomainGuard\Recheck;
use DomainGuard\ServerContext;
use DomainGuard\Typo3\PageDelete\BackupRepository;
use DomainGuard\Typo3\PageDelete\PageDeleteGuard;
use DomainGuard\Typo3\PageDelete\PageTreeRepository;
use TYPO3\CMS\Core\Authentication\BackendUserAuthentication;
use TYPO3\CMS\Core\Configuration\ExtensionConfiguration;
use TYPO3\CMS\Core\Localization\LanguageServiceFactory;
use TYPO3\CMS\Core\Log\LogManager;

/**
 * The extension settings (Admin Tools > Settings > Extension Configuration > domainguard),
 * with safe defaults when they were never saved.
 */
final class Settings
{
    private const LLL_FILE = __DIR__ . '/../../Resources/Private/Language/';

    /** @var array<string, array<string, string>> locale => id => text, read from the XLIFF files */
    private static array $labels = [];

    /** A fixed "now" (withClock()); null: the system clock. */
    private ?\DateTimeImmutable $fixedNow = null;

    public function __construct(
        private readonly ExtensionConfiguration $extensionConfiguration,
        private readonly LogManager $logManager,
        private readonly ?LanguageServiceFactory $languageServiceFactory = null,
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

    /** `none` (default: the backup age is unknown), `mtime` (of backupPath) or `command` (backupCommand prints it). */
    public function backupSource(): string
    {
        $source = (string)($this->all()['backupSource'] ?? 'none');
        return in_array($source, ['none', 'mtime', 'command'], true) ? $source : 'none';
    }

    public function backupPath(): string
    {
        return trim((string)($this->all()['backupPath'] ?? ''));
    }

    public function backupCommand(): string
    {
        return trim((string)($this->all()['backupCommand'] ?? ''));
    }

    /** Who makes backups under the hosting contract (R-R3): `customer`, `hoster`, `agency`, or '' (unknown: a warning). */
    public function backupResponsibility(): string
    {
        $who = (string)($this->all()['backupResponsibility'] ?? '');
        return in_array($who, ['customer', 'hoster', 'agency'], true) ? $who : '';
    }

    /** The JSON file with the registrar's facts per domain (DomainGuard\ArrayFactSource); '' for none. */
    public function registrarFacts(): string
    {
        return trim((string)($this->all()['registrarFacts'] ?? ''));
    }

    /** What the server decides about every case: today, now, the locale, the policy. */
    public function serverContext(string $locale, ?\DateTimeImmutable $now = null): ServerContext
    {
        return ServerContext::at($now ?? $this->fixedNow ?? new \DateTimeImmutable('now'), $this->timeZone(), $locale, $this->policy());
    }

    /** The same settings with a fixed clock (tests, replaying a day). */
    public function withClock(\DateTimeImmutable $now): self
    {
        $copy = clone $this;
        $copy->fixedNow = $now;
        return $copy;
    }

    /**
     * A label in `de` or `en`: TYPO3's language service when it runs, else the extension's
     * XLIFF files (CLI without a language service, tests).
     */
    public function translate(string $reference, string $locale): string
    {
        $locale = $locale === 'en' ? 'en' : 'de';
        if ($this->languageServiceFactory !== null) {
            try {
                $text = $this->languageServiceFactory->create($locale === 'en' ? 'default' : 'de')->sL($reference);
                if ($text !== '') {
                    return $text;
                }
            } catch (\Throwable) {
                // fall back to the files
            }
        }
        if (!preg_match('/^LLL:EXT:domainguard\/Resources\/Private\/Language\/([a-z_]+)\.xlf:(.+)$/', $reference, $m)) {
            return $reference;
        }
        $file = ($locale === 'de' ? 'de.' : '') . $m[1];
        if (!isset(self::$labels[$file])) {
            self::$labels[$file] = [];
            $xml = @simplexml_load_file(self::LLL_FILE . $file . '.xlf');
            if ($xml !== false) {
                $xml->registerXPathNamespace('x', 'urn:oasis:names:tc:xliff:document:1.2');
                foreach ($xml->xpath('//x:trans-unit') ?: [] as $unit) {
                    $text = $locale === 'de' ? (string)$unit->target : (string)$unit->source;
                    self::$labels[$file][(string)$unit['id']] = $text;
                }
            }
        }
        return self::$labels[$file][$m[2]] ?? $reference;
    }

    /** Today in the registrar's time zone. */
    public function today(?\DateTimeImmutable $now = null): string
    {
        return FormMapping::today($this->timeZone(), $now ?? $this->fixedNow);
    }

    /** The page-delete guard with the setting "Who makes backups" (Services.yaml factory). */
    public function createPageDeleteGuard(PageTreeRepository $pages, BackupRepository $backups, CaseChecker $checker): PageDeleteGuard
    {
        return new PageDeleteGuard($pages, $backups, $checker, $this->backupResponsibility());
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
