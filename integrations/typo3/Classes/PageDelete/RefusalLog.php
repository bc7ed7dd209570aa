<?php

declare(strict_types=1);

namespace DomainGuard\Typo3\PageDelete;

/**
 * The page deletes the guard refused in this request or command run, so the Recycler's
 * answer (Middleware\RecyclerDeleteGuard) and the exit status of a CLI command
 * (EventListener\CleanupCommandGuard) can say so. One shared instance per process.
 */
final class RefusalLog
{
    /** @var list<array{uid: int, permanent: bool, message: string}> */
    private array $refusals = [];

    private bool $permanentApproved = false;

    /**
     * A whole permanent clean-up (cleanup:deletedrecords) was checked and allowed as one
     * delete: the hook then lets its single records through.
     */
    public function approvePermanentDeletes(): void
    {
        $this->permanentApproved = true;
    }

    public function permanentDeletesApproved(): bool
    {
        return $this->permanentApproved;
    }

    public function add(int $uid, bool $permanent, string $message): void
    {
        $this->refusals[] = ['uid' => $uid, 'permanent' => $permanent, 'message' => $message];
    }

    /** @return list<array{uid: int, permanent: bool, message: string}> */
    public function all(): array
    {
        return $this->refusals;
    }

    /** Everything refused since $mark (a count from size()). */
    public function since(int $mark): array
    {
        return array_slice($this->refusals, $mark);
    }

    public function size(): int
    {
        return count($this->refusals);
    }
}
