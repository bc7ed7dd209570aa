<?php

declare(strict_types=1);

// The few TYPO3 classes the page-delete hook touches, as stand-ins, so its wiring runs here
// without TYPO3. Declared only when the real ones are not loaded.

namespace TYPO3\CMS\Core\DataHandling {
    if (!class_exists(DataHandler::class, false)) {
        /**
         * TYPO3's DataHandler, reduced to what a page delete does, mirroring TYPO3 v13.4.34
         * typo3/sysext/core/Classes/DataHandling/DataHandler.php:
         *  - process_cmdmap(): per command processCmdmap_preProcess($command, $table, $id, $value, $this, $pasteUpdate),
         *    then processCmdmap(... &$commandIsProcessed ...), then for `delete` deleteAction($table, (int)$id);
         *  - deleteAction($table, $uid, $noRecordCheck, $forceHardDelete): the record read without the
         *    deleted restriction, processCmdmap_deleteAction($table, $uid, $recordToDelete, &$recordWasDeleted, $this)
         *    on every hook object, nothing deleted when a hook set $recordWasDeleted;
         *  - a soft delete marks the page and its subpages deleted, a hard delete removes them;
         *  - log(): with $error > 0 the message goes to errorLog, formatted as LogDataTrait does
         *    (v12.4.0 variant: a `%` in the details template means vsprintf, which throws ValueError).
         * The pages live in $pages: uid => ['pid' => int, 'title' => string, 'deleted' => 0|1].
         */
        class DataHandler
        {
            /** @var list<array<int, mixed>> */
            public array $logged = [];

            /** @var list<string> */
            public array $errorLog = [];

            public mixed $BE_USER = null;

            /** @var array<int, array{pid: int, title: string, deleted: int}> */
            public array $pages = [];

            /** @var list<object> */
            public array $hooks = [];

            /** @var array<string, mixed> */
            private array $cmdmap = [];

            /** @param list<object> $hooks the processCmdmapClass hook objects */
            public function __construct(array $hooks = [], mixed $backendUser = null)
            {
                $this->hooks = $hooks;
                $this->BE_USER = $backendUser;
            }

            public function start(array $data, array $cmd, mixed $altUserObject = null): void
            {
                $this->cmdmap = $cmd;
                if ($altUserObject !== null) {
                    $this->BE_USER = $altUserObject;
                }
            }

            public function process_cmdmap(): void
            {
                foreach ($this->cmdmap as $table => $idCommandArray) {
                    foreach ($idCommandArray as $id => $incomingCmdArray) {
                        if (!is_array($incomingCmdArray)) {
                            continue;
                        }
                        foreach ($incomingCmdArray as $command => $value) {
                            $pasteUpdate = false;
                            foreach ($this->hooks as $hookObj) {
                                if (method_exists($hookObj, 'processCmdmap_preProcess')) {
                                    $hookObj->processCmdmap_preProcess($command, $table, $id, $value, $this, $pasteUpdate);
                                }
                            }
                            $commandIsProcessed = false;
                            foreach ($this->hooks as $hookObj) {
                                if (method_exists($hookObj, 'processCmdmap')) {
                                    $hookObj->processCmdmap($command, $table, $id, $value, $commandIsProcessed, $this, $pasteUpdate);
                                }
                            }
                            if (!$commandIsProcessed && $command === 'delete') {
                                $this->deleteAction((string)$table, (int)$id);
                            }
                        }
                    }
                }
            }

            public function deleteAction(string $table, int $uid, bool $noRecordCheck = false, bool $forceHardDelete = false): void
            {
                if ($uid <= 0 || $table !== 'pages' || !isset($this->pages[$uid])) {
                    return; // "No record no cry."
                }
                $recordToDelete = ['uid' => $uid] + $this->pages[$uid];
                $recordWasDeleted = false;
                foreach ($this->hooks as $hookObj) {
                    if (method_exists($hookObj, 'processCmdmap_deleteAction')) {
                        $hookObj->processCmdmap_deleteAction($table, $uid, $recordToDelete, $recordWasDeleted, $this);
                    }
                }
                if ($recordWasDeleted) {
                    return;
                }
                $this->deleteEl($uid, $forceHardDelete);
            }

            private function deleteEl(int $uid, bool $forceHardDelete): void
            {
                foreach ($this->pages as $child => $page) {
                    if ($page['pid'] === $uid) {
                        $this->deleteEl($child, $forceHardDelete);
                    }
                }
                if ($forceHardDelete) {
                    unset($this->pages[$uid]);
                } else {
                    $this->pages[$uid]['deleted'] = 1;
                }
            }

            public function log($table, $recuid, $action, $_, $error, $details, $__ = null, array $data = [], $event_pid = -1)
            {
                $this->logged[] = [$table, $recuid, $action, $_, $error, $details, $data];
                if ($error > 0) {
                    // LogDataTrait::formatLogDetailsStatic() of TYPO3 v12.4.0
                    if (str_contains($details, '%')) {
                        $details = vsprintf($details, $data);
                    } elseif ($data !== []) {
                        $details = preg_replace_callback('/{([A-z]+)}/', static fn($m) => $data[$m[1] ?? null] ?? $m[0], $details);
                    }
                    $this->errorLog[] = '[1.3]: ' . str_replace('%s', '', (string)$details);
                }
                return 0;
            }
        }
    }
}

namespace TYPO3\CMS\Core\Authentication {
    if (!class_exists(BackendUserAuthentication::class, false)) {
        class BackendUserAuthentication
        {
            /** @param array<string, mixed> $user */
            public function __construct(public array $user = [], private bool $admin = true) {}

            public function isAdmin(): bool
            {
                return $this->admin;
            }

            public function getPagePermsClause(int $perms): string
            {
                return '1=1';
            }

            /** @var array<string, mixed> user TSconfig */
            public array $tsConfig = [];

            public function getTSConfig(): array
            {
                return $this->tsConfig;
            }

            /** @var array<string, mixed> the backend user's session data */
            public array $session = [];

            public function getSessionData($key)
            {
                return $this->session[$key] ?? null;
            }

            public function setAndSaveSessionData($key, $data): void
            {
                $this->session[$key] = $data;
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


// The backend module's collaborators (TYPO3 v13.4 EXT:backend ModuleTemplateFactory::create(),
// ModuleTemplate::setTitle()/assignMultiple()/renderResponse(), UriBuilder::buildUriFromRoute(),
// EXT:core PageRenderer::loadJavaScriptModule(), RedirectResponse($uri, $status)), recording
// what the controller does with them.
namespace TYPO3\CMS\Backend\Template {
    if (!class_exists(ModuleTemplateFactory::class, false)) {
        class ModuleTemplate
        {
            public string $title = '';
            /** @var array<string, mixed> */
            public array $variables = [];
            public string $template = '';

            public function setTitle(string $title, string $context = ''): static
            {
                $this->title = $title;
                return $this;
            }

            public function assignMultiple(array $values): static
            {
                $this->variables = $values + $this->variables;
                return $this;
            }

            public function renderResponse(string $templateFileName = ''): \Psr\Http\Message\ResponseInterface
            {
                $this->template = $templateFileName;
                return new \DomainGuard\Tests\FakeResponse(200, [], 'rendered ' . $templateFileName);
            }
        }

        class ModuleTemplateFactory
        {
            public ?ModuleTemplate $last = null;

            public function create($request): ModuleTemplate
            {
                return $this->last = new ModuleTemplate();
            }
        }
    }
}

namespace TYPO3\CMS\Backend\Routing {
    if (!class_exists(UriBuilder::class, false)) {
        class UriBuilder
        {
            public function buildUriFromRoute($name, $parameters = []): string
            {
                return '/typo3/module/domainguard/domains?token=c0ffee';
            }
        }
    }
}

namespace TYPO3\CMS\Core\Page {
    if (!class_exists(PageRenderer::class, false)) {
        class PageRenderer
        {
            /** @var list<string> */
            public array $modules = [];

            public function loadJavaScriptModule(string $specifier): void
            {
                $this->modules[] = $specifier;
            }
        }
    }
}

namespace TYPO3\CMS\Core\Http {
    if (!class_exists(RedirectResponse::class, false)) {
        class RedirectResponse extends \DomainGuard\Tests\FakeResponse
        {
            public function __construct($uri, int $status = 302)
            {
                parent::__construct($status, ['location' => (string)$uri]);
            }
        }
    }
}
