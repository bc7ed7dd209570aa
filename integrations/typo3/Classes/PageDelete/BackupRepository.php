<?php

declare(strict_types=1);

namespace DomainGuard\Typo3\PageDelete;

/**
 * Where the page-delete guard learns when the site was last backed up. Hosters implement it
 * against their backup system (Services.yaml alias); the default knows no backup.
 */
interface BackupRepository
{
    /** When the newest backup covering the page was created, or null when none is known. */
    public function latestBackup(int $pageId): ?\DateTimeImmutable;
}
