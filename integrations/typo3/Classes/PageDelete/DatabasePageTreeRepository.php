<?php

declare(strict_types=1);

namespace DomainGuard\Typo3\PageDelete;

use TYPO3\CMS\Core\Database\Connection;
use TYPO3\CMS\Core\Database\ConnectionPool;
use TYPO3\CMS\Core\Database\Query\Restriction\DeletedRestriction;

/**
 * Counts the pages below a page in the `pages` table (default-language pages at any depth,
 * hidden ones included: a recursive delete removes them too; deleted ones not) and the
 * content elements on them.
 */
final class DatabasePageTreeRepository implements PageTreeRepository
{
    private const MAX_DEPTH = 99;

    public function __construct(private readonly ConnectionPool $connectionPool) {}

    public function findPage(int $uid): ?array
    {
        $qb = $this->connectionPool->getQueryBuilderForTable('pages');
        $qb->getRestrictions()->removeAll()->add(new DeletedRestriction());
        $row = $qb->select('uid', 'title')
            ->from('pages')
            ->where($qb->expr()->eq('uid', $qb->createNamedParameter($uid, Connection::PARAM_INT)))
            ->executeQuery()
            ->fetchAssociative();
        return is_array($row) ? ['uid' => (int)$row['uid'], 'title' => (string)$row['title']] : null;
    }

    public function countDescendants(int $uid): int
    {
        return count($this->descendants($uid));
    }

    public function countRecords(int $uid): int
    {
        $count = 0;
        foreach (array_chunk([$uid, ...$this->descendants($uid)], 500) as $chunk) {
            $qb = $this->connectionPool->getQueryBuilderForTable('tt_content');
            $qb->getRestrictions()->removeAll()->add(new DeletedRestriction());
            $count += (int)$qb->count('uid')
                ->from('tt_content')
                ->where($qb->expr()->in('pid', $qb->createNamedParameter($chunk, Connection::PARAM_INT_ARRAY)))
                ->executeQuery()
                ->fetchOne();
        }
        return $count;
    }

    /** @return list<int> the uids of every page below, at any depth */
    private function descendants(int $uid): array
    {
        $seen = [$uid => true];
        $level = [$uid];
        $found = [];
        for ($depth = 0; $level !== [] && $depth < self::MAX_DEPTH; $depth++) {
            $next = [];
            foreach (array_chunk($level, 500) as $chunk) {
                $qb = $this->connectionPool->getQueryBuilderForTable('pages');
                $qb->getRestrictions()->removeAll()->add(new DeletedRestriction());
                $children = $qb->select('uid')
                    ->from('pages')
                    ->where(
                        $qb->expr()->in('pid', $qb->createNamedParameter($chunk, Connection::PARAM_INT_ARRAY)),
                        $qb->expr()->eq('sys_language_uid', $qb->createNamedParameter(0, Connection::PARAM_INT)),
                    )
                    ->executeQuery()
                    ->fetchFirstColumn();
                foreach ($children as $child) {
                    $child = (int)$child;
                    if (!isset($seen[$child])) {
                        $seen[$child] = true;
                        $next[] = $child;
                        $found[] = $child;
                    }
                }
            }
            $level = $next;
        }
        return $found;
    }
}
