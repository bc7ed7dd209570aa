<?php

declare(strict_types=1);

namespace DomainGuard\Typo3\Event;

use DomainGuard\Typo3\PageDelete\BackupStatus;

/**
 * PSR-14: dispatched before a page delete is checked, after the configured backup source
 * (extension setting) answered. A listener for a custom backup system calls setBackupTime()
 * with the time of the newest backup covering the page (or null when it knows there is none).
 */
final class ResolveBackupTimeEvent
{
    public function __construct(
        public readonly int $pageId,
        private BackupStatus $status,
    ) {}

    /** The newest backup's time; null: none known (or no source). */
    public function backupTime(): ?\DateTimeImmutable
    {
        return $this->status->time;
    }

    /** Whether a source (the setting or a listener) answered at all. */
    public function hasSource(): bool
    {
        return $this->status->hasSource;
    }

    /** A source's answer: the newest backup at $time, or null when there is none. */
    public function setBackupTime(?\DateTimeImmutable $time): void
    {
        $this->status = BackupStatus::fromSource($time);
    }

    public function status(): BackupStatus
    {
        return $this->status;
    }
}
