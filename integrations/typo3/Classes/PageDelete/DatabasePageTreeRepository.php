<?php

declare(strict_types=1);

namespace DomainGuard\Typo3\PageDelete;

use TYPO3\CMS\Core\Database\Connection;
use TYPO3\CMS\Core\Database\ConnectionPool;
use TYPO3\CMS\Core\Database\Query\QueryBuilder;
use TYPO3\CMS\Core\Database\Query\Restriction\DeletedRestriction;

/**
 * Counts the pages below a page in the `pages` table (default-language pages at any depth,
 * hidden ones included: a recursive delete removes them too; deleted ones only for a
 * permanent delete, which removes them for good) and the content elements on them.
 */
final class DatabasePageTreeRepository implements PageTreeRepository
{
    private const MAX_DEPTH = 99;

    public function __construct(private readonly ConnectionPool $connectionPool) {}

    public function findPage(int $uid, bool $inRecycler = false): ?array
    {
        $qb = $this->connectionPool->getQueryBuilderForTable('pages');
        $this->restrict($qb, $inRecycler);
        $row = $qb->select('uid', 'title')
            ->from('pages')
            ->where($qb->expr()->eq('uid', $qb->createNamedParameter($uid, Connection::PARAM_INT)))
            ->executeQuery()
            ->fetchAssociative();
        return is_array($row) ? ['uid' => (int)$row['uid'], 'title' => (string)$row['title']] : null;
    }

    public function countDescendants(int $uid, bool $inRecycler = false): int
    {
        return count($this->descendants($uid, $inRecycler));
    }

    public function countRecords(int $uid, bool $inRecycler = false): int
    {
        $count = 0;
        foreach (array_chunk([$uid, ...$this->descendants($uid, $inRecycler)], 500) as $chunk) {
            $qb = $this->connectionPool->getQueryBuilderForTable('tt_content');
            $this->restrict($qb, $inRecycler);
            $count += (int)$qb->count('uid')
                ->from('tt_content')
                ->where($qb->expr()->in('pid', $qb->createNamedParameter($chunk, Connection::PARAM_INT_ARRAY)))
                ->executeQuery()
                ->fetchOne();
        }
        return $count;
    }

    /** @return list<int> the uids of every page below, at any depth */
    private function descendants(int $uid, bool $inRecycler): array
    {
        $seen = [$uid => true];
        $level = [$uid];
        $found = [];
        for ($depth = 0; $level !== [] && $depth < self::MAX_DEPTH; $depth++) {
            $next = [];
            foreach (array_chunk($level, 500) as $chunk) {
                $qb = $this->connectionPool->getQueryBuilderForTable('pages');
                $this->restrict($qb, $inRecycler);
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

    public function countInRecycler(): int
    {
        $qb = $this->connectionPool->getQueryBuilderForTable('pages');
        $qb->getRestrictions()->removeAll();
        return (int)$qb->count('uid')
            ->from('pages')
            ->where($qb->expr()->eq('deleted', $qb->createNamedParameter(1, Connection::PARAM_INT)))
            ->executeQuery()
            ->fetchOne();
    }

    /** Without deleted rows, unless the delete is permanent (then the Recycler's rows go too). */
    private function restrict(QueryBuilder $qb, bool $inRecycler): void
    {
        $restrictions = $qb->getRestrictions()->removeAll();
        if (!$inRecycler) {
            $restrictions->add(new DeletedRestriction());
        }
    }
}
