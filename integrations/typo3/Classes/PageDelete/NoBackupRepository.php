<?php

declare(strict_types=1);

namespace DomainGuard\Typo3\PageDelete;

/** Knows no backup: the rules then treat the delete as one without a backup (R-R1 blocks it). */
final class NoBackupRepository implements BackupRepository
{
    public function latestBackup(int $pageId): ?\DateTimeImmutable
    {
        return null;
    }
}
