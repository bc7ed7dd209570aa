<?php

declare(strict_types=1);

namespace DomainGuard\Typo3\PageDelete;

/**
 * Where the page-delete guard learns when the site was last backed up. The default
 * (ConfiguredBackupRepository) follows the extension setting "Backup source" and the PSR-14
 * event DomainGuard\Typo3\Event\ResolveBackupTimeEvent; replace it in Services.yaml only for
 * something neither covers.
 */
interface BackupRepository
{
    public function latestBackup(int $pageId): BackupStatus;
}
