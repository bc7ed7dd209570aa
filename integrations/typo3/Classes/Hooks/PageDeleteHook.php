<?php

declare(strict_types=1);

namespace DomainGuard\Typo3\Hooks;

use DomainGuard\Typo3\Configuration\Settings;
use DomainGuard\Typo3\PageDelete\PageDeleteDecision;
use DomainGuard\Typo3\PageDelete\PageDeleteGuard;
use Psr\Http\Message\ServerRequestInterface;
use TYPO3\CMS\Core\Authentication\BackendUserAuthentication;
use TYPO3\CMS\Core\DataHandling\DataHandler;
use TYPO3\CMS\Core\Localization\LanguageService;
use TYPO3\CMS\Core\SysLog\Action\Database as SystemLogDatabaseAction;
use TYPO3\CMS\Core\SysLog\Error as SystemLogErrorClassification;
use TYPO3\CMS\Core\Utility\MathUtility;

/**
 * DataHandler hook (ext_localconf.php): every `delete` of a `pages` record, from the page
 * tree's delete action or anywhere else, is reviewed by PageDeleteGuard first
 * (processCmdmap_preProcess) and skipped unless the rules allow it (processCmdmap marks a
 * refused command as processed, so the core never runs it). The refusal is written to the
 * DataHandler log, which the backend shows as an error message.
 *
 * The typed confirmation (the number of pages below) comes with the request as
 * `tx_domainguard[confirmation]`; the newest backup from the BackupRepository service.
 * A domainguard program without the `cms_delete` rules answers UNKNOWN_ACTION: then every
 * page delete is refused (fail closed), as when the program is missing.
 * The extension setting `pageDeleteGuard` (on by default) switches the guard off.
 */
final class PageDeleteHook
{
    private const LLL = 'LLL:EXT:domainguard/Resources/Private/Language/locallang.xlf:';

    /** @var array<int, array<int, string>> DataHandler object id => page uid => message */
    private array $refused = [];

    public function __construct(
        private readonly PageDeleteGuard $guard,
        private readonly Settings $settings,
    ) {}

    public function processCmdmap_preProcess(mixed $command, mixed $table, mixed $id, mixed $value, DataHandler $dataHandler, mixed $pasteUpdate = false): void
    {
        if ($command !== 'delete' || $table !== 'pages' || !MathUtility::canBeInterpretedAsInteger($id) || !$this->settings->pageDeleteGuard()) {
            return;
        }
        $locale = $this->settings->locale($this->backendUser());
        $decision = $this->guard->review(
            (int)$id,
            $this->confirmation(),
            new \DateTimeImmutable('now'),
            $locale,
            $this->settings->policy(),
            $this->settings->timeZone(),
        );
        if (!$decision->allowed()) {
            $this->refused[spl_object_id($dataHandler)][(int)$id] = $this->message($decision);
        }
    }

    public function processCmdmap(mixed $command, mixed $table, mixed $id, mixed $value, mixed &$commandIsProcessed, DataHandler $dataHandler, mixed $pasteUpdate = false): void
    {
        $key = spl_object_id($dataHandler);
        if ($command !== 'delete' || $table !== 'pages' || !MathUtility::canBeInterpretedAsInteger($id) || !isset($this->refused[$key][(int)$id])) {
            return;
        }
        $message = $this->refused[$key][(int)$id];
        unset($this->refused[$key][(int)$id]);
        $commandIsProcessed = true; // the core skips its delete
        $dataHandler->log('pages', (int)$id, SystemLogDatabaseAction::DELETE, 0, SystemLogErrorClassification::USER_ERROR, $message);
    }

    private function message(PageDeleteDecision $decision): string
    {
        $result = $decision->result;
        if ($result->failure() !== null) {
            $reason = $result->failureMessage($this->settings->locale($this->backendUser()));
        } elseif (in_array('UNKNOWN_ACTION', $result->blockingCodes(), true)) {
            $reason = $this->translate('pageDelete.pending');
        } else {
            $reason = implode(' ', array_map(static fn(array $f): string => $f['message'], $result->blocking()));
        }
        return sprintf($this->translate('pageDelete.refused'), $decision->title(), $decision->descendants(), $reason);
    }

    private function translate(string $key): string
    {
        $lang = $GLOBALS['LANG'] ?? null;
        $text = $lang instanceof LanguageService ? $lang->sL(self::LLL . $key) : '';
        return $text !== '' ? $text : match ($key) {
            'pageDelete.refused' => 'domainguard: page "%1$s" (%2$d pages below it) was not deleted. %3$s',
            'pageDelete.pending' => 'The server cannot check page deletes yet; until it can, every page delete is refused.',
            default => $key,
        };
    }

    private function confirmation(): string
    {
        $request = $GLOBALS['TYPO3_REQUEST'] ?? null;
        if (!$request instanceof ServerRequestInterface) {
            return '';
        }
        $body = $request->getParsedBody();
        $value = (is_array($body) ? ($body['tx_domainguard']['confirmation'] ?? null) : null)
            ?? ($request->getQueryParams()['tx_domainguard']['confirmation'] ?? null);
        return is_string($value) ? $value : '';
    }

    private function backendUser(): ?BackendUserAuthentication
    {
        $user = $GLOBALS['BE_USER'] ?? null;
        return $user instanceof BackendUserAuthentication ? $user : null;
    }
}
