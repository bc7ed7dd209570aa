<?php

declare(strict_types=1);

namespace DomainGuard\Typo3\Hooks;

use DomainGuard\ServerContext;
use DomainGuard\Typo3\Configuration\Settings;
use DomainGuard\Typo3\PageDelete\PageDeleteDecision;
use DomainGuard\Typo3\PageDelete\PageDeleteGuard;
use DomainGuard\Typo3\PageDelete\RefusalLog;
use TYPO3\CMS\Core\Authentication\BackendUserAuthentication;
use TYPO3\CMS\Core\DataHandling\DataHandler;
use TYPO3\CMS\Core\SysLog\Action\Database as SystemLogDatabaseAction;
use TYPO3\CMS\Core\SysLog\Error as SystemLogErrorClassification;
use TYPO3\CMS\Core\Utility\MathUtility;

/**
 * DataHandler hook (ext_localconf.php) on every delete of a `pages` record.
 *
 * - `processCmdmap_preProcess` keeps the delete command's value: the backend module
 *   (page-delete.js) sends the editor's declarations with the command itself,
 *   `cmd[pages][UID][delete][tx_domainguard][confirmation]=5` (and `[backup_declared]`), and a
 *   CLI or scheduler task using the DataHandler passes the same array.
 * - `processCmdmap_deleteAction` decides. DataHandler::deleteAction() calls it for the page
 *   tree's, list module's and context menu's delete (to the Recycler, undoable) and, since
 *   TYPO3 v13, for the Recycler's "delete" and `cleanup:deletedrecords` (permanent: the row is
 *   already marked deleted). A refused delete is skipped (`$recordWasDeleted = true`), logged
 *   with the DataHandler (shown by the backend as an error; in the DataHandler's errorLog for
 *   the CLI) and noted in the RefusalLog.
 *
 * Mirrors TYPO3 v13.4.34 / v12.4.45 `DataHandler::process_cmdmap()` and `deleteAction()`.
 * The user's language comes from the DataHandler's own backend user ($dataHandler->BE_USER).
 */
final class PageDeleteHook
{
    private const LLL = 'LLL:EXT:domainguard/Resources/Private/Language/locallang.xlf:';

    /** @var array<int, array<int, mixed>> DataHandler object id => page uid => the delete command's value */
    private array $values = [];

    public function __construct(
        private readonly PageDeleteGuard $guard,
        private readonly Settings $settings,
        private readonly RefusalLog $refusals,
    ) {}

    public function processCmdmap_preProcess(mixed $command, mixed $table, mixed $id, mixed $value, DataHandler $dataHandler, mixed $pasteUpdate = false): void
    {
        if ($command === 'delete' && $table === 'pages' && MathUtility::canBeInterpretedAsInteger($id)) {
            $this->values[spl_object_id($dataHandler)][(int)$id] = $value;
        }
    }

    /** @param array<string, mixed> $record */
    public function processCmdmap_deleteAction(mixed $table, mixed $id, mixed $record, mixed &$recordWasDeleted, DataHandler $dataHandler): void
    {
        if ($table !== 'pages' || $recordWasDeleted || !MathUtility::canBeInterpretedAsInteger($id) || !$this->settings->pageDeleteGuard()) {
            return;
        }
        $uid = (int)$id;
        $key = spl_object_id($dataHandler);
        $value = $this->values[$key][$uid] ?? null;
        unset($this->values[$key][$uid]);
        $declared = is_array($value) && is_array($value['tx_domainguard'] ?? null) ? $value['tx_domainguard'] : [];
        $permanent = is_array($record) && (bool)($record['deleted'] ?? false);
        if ($permanent && $this->refusals->permanentDeletesApproved()) {
            return; // part of a clean-up run checked as a whole (EventListener\CleanupCommandGuard)
        }
        $user = $dataHandler->BE_USER ?? null;
        $locale = $this->settings->locale($user instanceof BackendUserAuthentication ? $user : null);

        $decision = $this->guard->review(
            $uid,
            $permanent,
            is_scalar($declared['confirmation'] ?? null) ? (string)$declared['confirmation'] : '',
            is_scalar($declared['backup_declared'] ?? null) ? (string)$declared['backup_declared'] : '',
            $this->settings->serverContext($locale),
            $this->settings->timeZone(),
        );
        if ($decision->allowed()) {
            return;
        }
        $recordWasDeleted = true; // handled: the core does not delete it
        [$template, $data] = $this->refusal($decision, $permanent, $locale);
        // The message is data, never a format string: a `%` in a title cannot break the log.
        $dataHandler->log('pages', $uid, SystemLogDatabaseAction::DELETE, 0, SystemLogErrorClassification::USER_ERROR, $template, 0, $data);
        $this->refusals->add($uid, $permanent, self::interpolate($template, $data));
    }

    /**
     * The refusal as a `{placeholder}` template and its data (TYPO3's log format).
     *
     * @return array{0: string, 1: array<string, string>}
     */
    public function refusal(PageDeleteDecision $decision, bool $permanent, string $locale, ?string $key = null): array
    {
        $template = $this->settings->translate(self::LLL . ($key ?? ($permanent ? 'pageDelete.refusedPermanent' : 'pageDelete.refused')), $locale);
        return [$template, ['title' => $decision->title(), 'count' => (string)$decision->descendants(), 'reason' => self::reason($decision, $locale)]];
    }

    public static function reason(PageDeleteDecision $decision, string $locale): string
    {
        $result = $decision->result;
        if ($result->failure() !== null) {
            return $result->failureMessage($locale);
        }
        return implode(' ', array_map(static fn(array $f): string => $f['message'], $result->blocking()));
    }

    /**
     * As TYPO3's LogDataTrait fills `{name}` placeholders.
     *
     * @param array<string, string> $data
     */
    public static function interpolate(string $template, array $data): string
    {
        return (string)preg_replace_callback('/\{([A-Za-z]+)\}/', static fn(array $m): string => (string)($data[$m[1]] ?? $m[0]), $template);
    }
}
