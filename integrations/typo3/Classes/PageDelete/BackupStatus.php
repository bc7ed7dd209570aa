<?php

declare(strict_types=1);

namespace DomainGuard\Typo3\PageDelete;

/**
 * What the server knows about the newest backup: no backup source at all (age unknown; the
 * editor may declare a time), or a source that found a backup at a time, or a source that
 * found none (missing).
 */
final class BackupStatus
{
    private function __construct(
        public readonly bool $hasSource,
        public readonly ?\DateTimeImmutable $time,
    ) {}

    /** No backup source is configured: the age is unknown, not missing. */
    public static function unknown(): self
    {
        return new self(false, null);
    }

    /** The configured source found the newest backup at $time, or (null) none. */
    public static function fromSource(?\DateTimeImmutable $time): self
    {
        return new self(true, $time);
    }
}
