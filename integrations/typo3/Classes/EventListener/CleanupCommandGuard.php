<?php

declare(strict_types=1);

namespace DomainGuard\Typo3\EventListener;

use DomainGuard\Typo3\Configuration\Settings;
use DomainGuard\Typo3\Hooks\PageDeleteHook;
use DomainGuard\Typo3\PageDelete\PageDeleteGuard;
use DomainGuard\Typo3\PageDelete\PageTreeRepository;
use DomainGuard\Typo3\PageDelete\RefusalLog;
use Symfony\Component\Console\Event\ConsoleCommandEvent;
use Symfony\Component\Console\Event\ConsoleTerminateEvent;
use Symfony\Component\Console\Input\InputOption;

/**
 * The CLI side of the page-delete guard (Symfony console events, dispatched by TYPO3's
 * CommandApplication through its PSR-14 dispatcher; Services.yaml registers both methods).
 *
 * - `typo3 cleanup:deletedrecords` (without --dry-run) removes everything in the Recycler for
 *   good. Before it runs, it is checked as one permanent delete: a backup younger than the
 *   policy allows (or, with no backup source, `--domainguard-backup-at=YYYY-MM-DDTHH:MM`
 *   declared), and the number of pages in the Recycler confirmed with
 *   `--domainguard-confirm=N`. Refused: the findings are printed and the command does not run
 *   (exit status 113, Symfony's "command disabled").
 * - Any command (a scheduler task, an extension's command) whose DataHandler had a page delete
 *   refused by the hook ends with exit status 1 instead of 0, after the refusals are printed.
 *
 * Mirrors TYPO3 v13.4.33 / v12.4.45 lowlevel `DeletedRecordsCommand` (its options --dry-run,
 * --pid, --depth, --min-age) and symfony/console's Application::doRunCommand() (listeners may
 * add options before the command binds its input).
 */
final class CleanupCommandGuard
{
    public const COMMAND = 'cleanup:deletedrecords';
    public const OPTION_CONFIRM = 'domainguard-confirm';
    public const OPTION_BACKUP = 'domainguard-backup-at';

    public function __construct(
        private readonly PageDeleteGuard $guard,
        private readonly PageTreeRepository $pages,
        private readonly Settings $settings,
        private readonly RefusalLog $refusals,
        private readonly PageDeleteHook $hook,
    ) {}

    public function beforeCommand(ConsoleCommandEvent $event): void
    {
        $command = $event->getCommand();
        if ($command === null || $command->getName() !== self::COMMAND || !$this->settings->pageDeleteGuard()) {
            return;
        }
        $definition = $command->getDefinition();
        if (!$definition->hasOption(self::OPTION_CONFIRM)) {
            $command->addOption(self::OPTION_CONFIRM, null, InputOption::VALUE_REQUIRED, 'domainguard: the number of pages in the Recycler, to confirm their permanent delete');
            $command->addOption(self::OPTION_BACKUP, null, InputOption::VALUE_REQUIRED, 'domainguard: the time of the last backup (YYYY-MM-DDTHH:MM) when no backup source is configured');
        }
        $input = $event->getInput();
        if ($input->hasParameterOption('--dry-run', true)) {
            return; // deletes nothing
        }
        $pages = $this->pages->countInRecycler();
        if ($pages === 0) {
            return;
        }
        $locale = $this->settings->locale(null);
        $decision = $this->guard->reviewCleanup(
            $pages,
            0,
            (string)$input->getParameterOption('--' . self::OPTION_CONFIRM, '', true),
            (string)$input->getParameterOption('--' . self::OPTION_BACKUP, '', true),
            $this->settings->serverContext($locale),
            $this->settings->timeZone(),
        );
        if ($decision->allowed()) {
            $this->refusals->approvePermanentDeletes();
            return;
        }
        [$template, $data] = $this->hook->refusal($decision, true, $locale, 'pageDelete.refusedCleanup');
        $event->getOutput()->writeln('<error>' . self::escape(PageDeleteHook::interpolate($template, $data)) . '</error>');
        $event->disableCommand();
    }

    public function afterCommand(ConsoleTerminateEvent $event): void
    {
        $refused = $this->refusals->all();
        if ($refused === []) {
            return;
        }
        foreach ($refused as $refusal) {
            $event->getOutput()->writeln('<error>' . self::escape($refusal['message']) . '</error>');
        }
        if ($event->getExitCode() === 0) {
            $event->setExitCode(1);
        }
    }

    /** Console markup is not interpreted in page titles and messages. */
    private static function escape(string $text): string
    {
        return addcslashes($text, '<>');
    }
}
