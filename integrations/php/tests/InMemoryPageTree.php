<?php

declare(strict_types=1);

namespace DomainGuard\Tests;

use DomainGuard\Typo3\PageDelete\PageTreeRepository;

/**
 * The `pages` table in memory: uid => ['pid' => int, 'title' => string, 'deleted' => 0|1].
 * The DataHandler stand-in works on the same array (`$dataHandler->pages = &$tree->pages`),
 * so what it deletes is what the guard counts next.
 */
final class InMemoryPageTree implements PageTreeRepository
{
    /** @var array<int, array{pid: int, title: string, deleted: int}> */
    public array $pages = [];

    /**
     * @param array<int, array{0: int, 1: string}> $pages uid => [pid, title]
     * @param array<int, int> $records page uid => content elements on it
     */
    public function __construct(array $pages, private readonly array $records = [])
    {
        foreach ($pages as $uid => [$pid, $title]) {
            $this->pages[$uid] = ['pid' => $pid, 'title' => $title, 'deleted' => 0];
        }
    }

    public function findPage(int $uid, bool $inRecycler = false): ?array
    {
        $page = $this->pages[$uid] ?? null;
        return $page !== null && ($inRecycler || !$page['deleted']) ? ['uid' => $uid, 'title' => $page['title']] : null;
    }

    public function countDescendants(int $uid, bool $inRecycler = false): int
    {
        return count($this->below($uid, $inRecycler));
    }

    public function countRecords(int $uid, bool $inRecycler = false): int
    {
        return array_sum(array_map(fn(int $page): int => $this->records[$page] ?? 0, [$uid, ...$this->below($uid, $inRecycler)]));
    }

    public function countInRecycler(): int
    {
        return count(array_filter($this->pages, static fn(array $p): bool => (bool)$p['deleted']));
    }

    /** @return list<int> */
    private function below(int $uid, bool $inRecycler): array
    {
        $found = [];
        $level = [$uid];
        while ($level !== []) {
            $next = [];
            foreach ($this->pages as $child => $page) {
                if (in_array($page['pid'], $level, true) && ($inRecycler || !$page['deleted'])) {
                    $next[] = $child;
                }
            }
            array_push($found, ...$next);
            $level = $next;
        }
        return $found;
    }
}
