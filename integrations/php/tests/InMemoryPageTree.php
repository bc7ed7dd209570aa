<?php

declare(strict_types=1);

namespace DomainGuard\Tests;

use DomainGuard\Typo3\PageDelete\PageTreeRepository;

/** A page tree in memory: uid => [pid, title]. */
final class InMemoryPageTree implements PageTreeRepository
{
    /**
     * @param array<int, array{0: int, 1: string}> $pages
     * @param array<int, int> $records page uid => content elements on it
     */
    public function __construct(private readonly array $pages, private readonly array $records = []) {}

    public function findPage(int $uid): ?array
    {
        return isset($this->pages[$uid]) ? ['uid' => $uid, 'title' => $this->pages[$uid][1]] : null;
    }

    public function countDescendants(int $uid): int
    {
        return count($this->below($uid));
    }

    public function countRecords(int $uid): int
    {
        return array_sum(array_map(fn(int $page): int => $this->records[$page] ?? 0, [$uid, ...$this->below($uid)]));
    }

    /** @return list<int> */
    private function below(int $uid): array
    {
        $found = [];
        $level = [$uid];
        while ($level !== []) {
            $next = [];
            foreach ($this->pages as $child => [$pid]) {
                if (in_array($pid, $level, true)) {
                    $next[] = $child;
                }
            }
            array_push($found, ...$next);
            $level = $next;
        }
        return $found;
    }
}
