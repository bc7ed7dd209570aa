<?php

declare(strict_types=1);

// The few TYPO3 classes the page-delete hook touches, as stand-ins, so its wiring runs here
// without TYPO3. Declared only when the real ones are not loaded.

namespace TYPO3\CMS\Core\DataHandling {
    if (!class_exists(DataHandler::class, false)) {
        class DataHandler
        {
            /** @var list<array<int, mixed>> */
            public array $logged = [];

            public function log($table, $recuid, $action, $recpid, $error, $details, $details_nr = -1, $data = [], $event_pid = -1, $NEWid = ''): void
            {
                $this->logged[] = [$table, $recuid, $action, $recpid, $error, $details];
            }
        }
    }
}

namespace TYPO3\CMS\Core\Utility {
    if (!class_exists(MathUtility::class, false)) {
        class MathUtility
        {
            public static function canBeInterpretedAsInteger($var): bool
            {
                return (is_int($var) || is_string($var)) && (string)(int)$var === (string)$var;
            }
        }
    }
}

namespace TYPO3\CMS\Core\SysLog\Action {
    if (!class_exists(Database::class, false)) {
        class Database
        {
            public const DELETE = 3;
        }
    }
}

namespace TYPO3\CMS\Core\SysLog {
    if (!class_exists(Error::class, false)) {
        class Error
        {
            public const USER_ERROR = 1;
        }
    }
}

namespace TYPO3\CMS\Core\Configuration {
    if (!class_exists(ExtensionConfiguration::class, false)) {
        class ExtensionConfiguration
        {
            public function __construct(private array $config = []) {}

            public function get(string $extension, string $path = ''): mixed
            {
                return $this->config[$extension] ?? throw new \RuntimeException('not configured');
            }
        }
    }
}

namespace TYPO3\CMS\Core\Log {
    if (!class_exists(LogManager::class, false)) {
        class LogManager
        {
            /** @var list<array{0: string, 1: string, 2: array<string, mixed>}> */
            public array $records = [];

            public function getLogger(string $name = ''): object
            {
                $records = &$this->records;
                return new class ($records) {
                    public function __construct(private array &$records) {}

                    public function log($level, $message, array $context = []): void
                    {
                        $this->records[] = [(string)$level, (string)$message, $context];
                    }
                };
            }
        }
    }
}
