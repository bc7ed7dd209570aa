<?php

declare(strict_types=1);

namespace DomainGuard\Typo3\PageDelete;

use DomainGuard\CaseChecker;
use DomainGuard\FormMapping;
use DomainGuard\RecheckResult;

/**
 * R-R1, a recursive page delete: counts the pages below, asks for a typed confirmation that
 * names that count, and wants a backup younger than 24 hours. The rules decide (`cms_delete`
 * case, see `domainguard fields cms_delete`, checked by the native program); this class only
 * gathers the facts and fails closed.
 *
 * Framework-free on purpose (repositories and checker are injected), so it is tested without
 * TYPO3; Hooks\PageDeleteHook wires it into the DataHandler.
 */
final class PageDeleteGuard
{
    public function __construct(
        private readonly PageTreeRepository $pages,
        private readonly BackupRepository $backups,
        private readonly CaseChecker $checker,
    ) {}

    /**
     * @param string $confirmation what the user typed to confirm (empty: nothing typed)
     * @param string|array<mixed> $policy
     */
    public function review(
        int $pageId,
        string $confirmation,
        \DateTimeImmutable $now,
        string $locale = 'de',
        string|array $policy = 'default',
        string $timeZone = 'Europe/Berlin',
    ): PageDeleteDecision {
        $page = $this->pages->findPage($pageId);
        if ($page === null) {
            return new PageDeleteDecision(['action' => 'cms_delete', 'node' => ['id' => $pageId]], RecheckResult::failed('page_not_found'));
        }
        $case = $this->buildCase(
            $page,
            $this->pages->countDescendants($pageId),
            $this->pages->countRecords($pageId),
            $this->backups->latestBackup($pageId),
            $confirmation,
            $now,
            $locale,
            $policy,
            $timeZone,
        );
        return new PageDeleteDecision($case, $this->checker->check($case));
    }

    /**
     * The `cms_delete` case. Times are local times of the time zone (`YYYY-MM-DDTHH:MM`), as
     * the rules take them; an empty confirmation is sent as null (nothing typed).
     *
     * @param array{uid: int, title: string} $page
     * @param string|array<mixed> $policy
     * @return array<string, mixed>
     */
    public function buildCase(
        array $page,
        int $descendants,
        int $records,
        ?\DateTimeImmutable $backup,
        string $confirmation,
        \DateTimeImmutable $now,
        string $locale = 'de',
        string|array $policy = 'default',
        string $timeZone = 'Europe/Berlin',
    ): array {
        $zone = new \DateTimeZone($timeZone);
        return [
            'action' => 'cms_delete',
            'today' => FormMapping::today($timeZone, $now),
            'now' => $now->setTimezone($zone)->format('Y-m-d\\TH:i'),
            'locale' => FormMapping::normalizeLocale($locale),
            'policy' => $policy,
            'node' => ['id' => (string)$page['uid'], 'title' => $page['title'], 'descendants' => $descendants, 'records' => $records],
            'backup' => $backup === null ? null : ['created_at' => $backup->setTimezone($zone)->format('Y-m-d\\TH:i')],
            'confirmation' => trim($confirmation) === '' ? null : $confirmation,
        ];
    }
}
