<?php

declare(strict_types=1);

namespace DomainGuard\Typo3\PageDelete;

use DomainGuard\Typo3\Configuration\Settings;
use DomainGuard\Typo3\Event\ResolveBackupTimeEvent;
use Psr\EventDispatcher\EventDispatcherInterface;

/**
 * The backup time from the extension setting "Backup source":
 *
 * - `none` (default): no source, the age is unknown (the editor may declare a time);
 * - `mtime`: the modification time of a file or folder the hoster's backup writes (for a
 *   folder, the newest of the folder and its direct entries); a missing path: no backup;
 * - `command`: a command (run without a shell, split at spaces) that prints the time of the
 *   last backup as ISO 8601 (`2009-02-01T03:00:00+01:00`) or Unix seconds; no usable answer
 *   within 5 seconds: no backup.
 *
 * Then ResolveBackupTimeEvent is dispatched, so a listener can supply or correct the time
 * (a custom source). Never throws.
 */
final class ConfiguredBackupRepository implements BackupRepository
{
    private const COMMAND_TIMEOUT = 5.0;
    private const MAX_OUTPUT = 4096;

    public function __construct(
        private readonly Settings $settings,
        private readonly EventDispatcherInterface $eventDispatcher,
    ) {}

    public function latestBackup(int $pageId): BackupStatus
    {
        $status = match ($this->settings->backupSource()) {
            'mtime' => BackupStatus::fromSource(self::mtime($this->settings->backupPath())),
            'command' => BackupStatus::fromSource(self::fromCommand($this->settings->backupCommand())),
            default => BackupStatus::unknown(),
        };
        $event = new ResolveBackupTimeEvent($pageId, $status);
        $this->eventDispatcher->dispatch($event);
        return $event->status();
    }

    public static function mtime(string $path): ?\DateTimeImmutable
    {
        if ($path === '' || !file_exists($path)) {
            return null;
        }
        clearstatcache(true, $path);
        $newest = (int)@filemtime($path);
        if (is_dir($path)) {
            $entries = @scandir($path) ?: [];
            foreach (array_slice($entries, 0, 10000) as $entry) {
                if ($entry !== '.' && $entry !== '..') {
                    $newest = max($newest, (int)@filemtime($path . '/' . $entry));
                }
            }
        }
        return $newest > 0 ? (new \DateTimeImmutable('@' . $newest)) : null;
    }

    public static function fromCommand(string $command): ?\DateTimeImmutable
    {
        $argv = array_values(array_filter(preg_split('/\s+/', trim($command)) ?: [], static fn(string $a): bool => $a !== ''));
        if ($argv === [] || !is_executable($argv[0])) {
            return null;
        }
        $pipes = [];
        $process = @proc_open($argv, [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['file', '/dev/null', 'w']], $pipes);
        if (!is_resource($process)) {
            return null;
        }
        stream_set_blocking($pipes[1], false);
        $out = '';
        $deadline = microtime(true) + self::COMMAND_TIMEOUT;
        while (!feof($pipes[1]) && microtime(true) < $deadline && strlen($out) <= self::MAX_OUTPUT) {
            $read = [$pipes[1]];
            $write = $except = null;
            if (@stream_select($read, $write, $except, 0, 100000) > 0) {
                $out .= (string)fread($pipes[1], 8192);
            }
        }
        $finished = feof($pipes[1]);
        fclose($pipes[1]);
        if (!$finished) {
            @proc_terminate($process, 9);
        }
        $exit = proc_close($process);
        return $finished && $exit === 0 ? self::parseTime(trim($out)) : null;
    }

    public static function parseTime(string $text): ?\DateTimeImmutable
    {
        if (preg_match('/^\d{9,11}$/D', $text)) {
            return new \DateTimeImmutable('@' . $text);
        }
        if (preg_match('/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/D', $text)) {
            try {
                return new \DateTimeImmutable($text);
            } catch (\Exception) {
                return null;
            }
        }
        return null;
    }
}
