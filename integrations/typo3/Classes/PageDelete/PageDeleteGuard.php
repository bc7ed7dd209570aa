<?php

declare(strict_types=1);

namespace DomainGuard\Typo3\PageDelete;

use DomainGuard\CaseChecker;
use DomainGuard\RecheckResult;
use DomainGuard\ServerContext;

/**
 * R-R1 for TYPO3 pages. Gathers the facts of a page delete (the page, the pages and content
 * elements that go with it, whether it can be undone, the newest backup from the server's
 * backup source) and the editor's declarations (the typed page count, a declared backup time
 * when the server has no backup source), builds the `cms_delete` case and lets the rules
 * decide (the native program). Fails closed.
 *
 * - A delete to the Recycler (the page tree's, list module's, context menu's delete) can be
 *   undone: a leaf page goes through with an info, a tree needs the typed count.
 * - A permanent delete (the Recycler's "delete", `cleanup:deletedrecords`) cannot: it needs a
 *   backup younger than the policy allows, and for a tree the typed count.
 *
 * Framework-free (repositories and checker are injected), so it is tested without TYPO3.
 */
final class PageDeleteGuard
{
    private const MAX_DECLARATION = 64;

    public function __construct(
        private readonly PageTreeRepository $pages,
        private readonly BackupRepository $backups,
        private readonly CaseChecker $checker,
        private readonly string $backupResponsibility = '',
    ) {}

    /**
     * @param bool $permanent true: the page is removed for good (Recycler "delete", cleanup command)
     * @param string $confirmation the page count the editor typed (empty: nothing typed)
     * @param string $declaredBackup `YYYY-MM-DDTHH:MM`, the editor's declared time of the last backup
     *        (used only when the server has no backup source)
     */
    public function review(int $pageId, bool $permanent, string $confirmation, string $declaredBackup, ServerContext $server, string $timeZone = 'Europe/Berlin'): PageDeleteDecision
    {
        $page = $this->pages->findPage($pageId, $permanent);
        if ($page === null) {
            return new PageDeleteDecision(['action' => 'cms_delete', 'node' => ['id' => (string)$pageId]], RecheckResult::failed('page_not_found'));
        }
        $case = $this->buildCase(
            $page,
            $this->pages->countDescendants($pageId, $permanent),
            $this->pages->countRecords($pageId, $permanent),
            $permanent,
            $this->backups->latestBackup($pageId),
            $confirmation,
            $declaredBackup,
            $server,
            $timeZone,
        );
        return new PageDeleteDecision($case, $this->checker->check($case));
    }

    /**
     * `cleanup:deletedrecords`: everything in the Recycler goes for good, checked as one
     * permanent delete of $pages pages (their number is what the operator confirms).
     */
    public function reviewCleanup(int $pages, int $records, string $confirmation, string $declaredBackup, ServerContext $server, string $timeZone = 'Europe/Berlin'): PageDeleteDecision
    {
        $case = $this->buildCase(
            ['uid' => 0, 'title' => $server->locale === 'en' ? 'Recycler' : 'Papierkorb'],
            $pages,
            $records,
            true,
            $this->backups->latestBackup(0),
            $confirmation,
            $declaredBackup,
            $server,
            $timeZone,
        );
        return new PageDeleteDecision($case, $this->checker->check($case));
    }

    /**
     * The `cms_delete` case (see `domainguard fields cms_delete`). Times are local times of
     * the time zone (`YYYY-MM-DDTHH:MM`), as the rules take them.
     *
     * @param array{uid: int, title: string} $page
     * @return array<string, mixed>
     */
    public function buildCase(
        array $page,
        int $descendants,
        int $records,
        bool $permanent,
        BackupStatus $backup,
        string $confirmation,
        string $declaredBackup,
        ServerContext $server,
        string $timeZone = 'Europe/Berlin',
    ): array {
        $zone = new \DateTimeZone($timeZone);
        $declared = mb_substr(trim($declaredBackup), 0, self::MAX_DECLARATION);
        if ($backup->hasSource) {
            $backupCase = $backup->time === null ? null : ['source' => 'panel', 'created_at' => $backup->time->setTimezone($zone)->format('Y-m-d\\TH:i')];
        } elseif ($declared !== '') {
            $backupCase = ['source' => 'declared', 'created_at' => $declared];
        } else {
            $backupCase = ['source' => 'none'];
        }
        $confirmation = mb_substr(trim($confirmation), 0, self::MAX_DECLARATION);
        return $server->apply([
            'node' => ['id' => (string)$page['uid'], 'title' => $page['title'], 'descendants' => $descendants, 'records' => $records],
            'delete' => ['undoable' => !$permanent],
            'backup' => $backupCase,
            'confirmation' => $confirmation === '' ? null : $confirmation,
            'hosting' => $this->backupResponsibility === '' ? null : ['backup_responsibility' => $this->backupResponsibility],
        ], 'cms_delete');
    }
}
