<?php

declare(strict_types=1);

namespace DomainGuard\Tests;

use DomainGuard\Typo3\Configuration\Settings;
use DomainGuard\Typo3\Hooks\PageDeleteHook;
use DomainGuard\Typo3\PageDelete\ConfiguredBackupRepository;
use DomainGuard\Typo3\PageDelete\PageDeleteGuard;
use TYPO3\CMS\Core\Authentication\BackendUserAuthentication;
use TYPO3\CMS\Core\Configuration\ExtensionConfiguration;
use TYPO3\CMS\Core\DataHandling\DataHandler;
use TYPO3\CMS\Core\Log\LogManager;

/**
 * The TYPO3 page-delete guard wired as the extension's Services.yaml wires it, on an in-memory
 * page tree: for Typo3PageDeleteTest and for the Chromium test's server
 * (tests/integrations/typo3-page-delete.php). Needs Typo3Stubs.php.
 */
final class PageDeleteSetup
{
    /**
     * The extension's settings: a fresh install (no backup source) with `config` on top,
     * running the domainguard program `binary`.
     *
     * @param array<string, mixed> $config
     */
    public static function settings(string $binary, array $config = []): Settings
    {
        return new Settings(new ExtensionConfiguration(['domainguard' => $config + ['binary' => $binary]]), new LogManager());
    }

    /** The guard on `tree`, its backup time from the settings' source (events to `dispatcher`). */
    public static function guard(InMemoryPageTree $tree, Settings $settings, ?RecordingDispatcher $dispatcher = null): PageDeleteGuard
    {
        return new PageDeleteGuard($tree, new ConfiguredBackupRepository($settings, $dispatcher ?? new RecordingDispatcher()), $settings->createRecheck());
    }

    /** TYPO3's DataHandler (the stand-in) with the extension's hook, working on `tree`'s pages. */
    public static function dataHandler(InMemoryPageTree $tree, PageDeleteHook $hook, BackendUserAuthentication $user): DataHandler
    {
        $dataHandler = new DataHandler([$hook], $user);
        $dataHandler->pages = &$tree->pages;
        return $dataHandler;
    }
}
