<?php

declare(strict_types=1);

// Plesk's extension SDK (pm_* classes, EventListener), reduced to the methods the extension
// uses, with the signatures of Plesk's documentation (Plesk Obsidian extensions guide, SDK
// reference) and the usage of Plesk's own example extensions (plesk/ext-custom-action:
// pm_Hook_ActionLog::getEvents(), pm_ActionLog::submit($event, $objectId, $old, $new),
// EventListener::handleEvent($objectType, $objectId, $action, $oldValues, $newValues) with
// oldValues['Domain Name']). State lives in static properties the tests set and read.

if (!class_exists('pm_Settings', false)) {
    class pm_Settings
    {
        /** @var array<string, string> */
        public static array $values = [];

        public static function get($key, $default = null)
        {
            return self::$values[$key] ?? $default;
        }

        public static function set($key, $value): void
        {
            self::$values[$key] = (string)$value;
        }
    }

    class pm_Exception extends \Exception
    {
    }

    class pm_Context
    {
        public static function init($id): void
        {
        }

        public static function getBaseUrl(): string
        {
            return '/modules/domainguard/';
        }

        public static function getActionUrl($controller, $action = null): string
        {
            return '/modules/domainguard/index.php/' . $controller . '/' . $action;
        }

        public static function getModulesListUrl(): string
        {
            return '/admin/extension/catalog';
        }
    }

    class pm_Locale
    {
        public static string $code = 'de-DE';

        public static function getCode(): string
        {
            return self::$code;
        }

        public static function lmsg($key, $params = []): string
        {
            return (string)$key;
        }
    }

    class pm_Log
    {
        /** @var list<array{0: string, 1: string}> */
        public static array $records = [];

        public static function err($message): void
        {
            self::$records[] = ['err', (string)$message];
        }

        public static function warn($message): void
        {
            self::$records[] = ['warn', (string)$message];
        }

        public static function info($message): void
        {
            self::$records[] = ['info', (string)$message];
        }

        public static function debug($message): void
        {
            self::$records[] = ['debug', (string)$message];
        }
    }

    class pm_ActionLog
    {
        /** @var list<array{event: string, objectId: int, old: mixed, new: mixed}> */
        public static array $submitted = [];

        public static function submit($event, $objectId, $oldValues, $newValues): void
        {
            self::$submitted[] = ['event' => (string)$event, 'objectId' => (int)$objectId, 'old' => $oldValues, 'new' => $newValues];
        }
    }

    class pm_Client
    {
        /** @param list<int> $domains ids this client may access */
        public function __construct(private readonly bool $admin = true, private readonly array $domains = []) {}

        public function isAdmin(): bool
        {
            return $this->admin;
        }

        public function hasAccessToDomain($domainId): bool
        {
            return $this->admin || in_array((int)$domainId, $this->domains, true);
        }
    }

    class pm_Session
    {
        public static ?pm_Client $client = null;
        public static string $token = 'f0f0f0f0f0f0f0f0';

        public static function getClient(): pm_Client
        {
            return self::$client ??= new pm_Client();
        }
    }

    class pm_Domain
    {
        /** @var array<int, pm_Domain> */
        public static array $all = [];

        public function __construct(private readonly int $id, private readonly string $name, private readonly bool $hosting = true) {}

        public static function getByDomainId($id): pm_Domain
        {
            return self::$all[(int)$id] ?? throw new pm_Exception("no domain $id");
        }

        /** @return list<pm_Domain> */
        public static function getAllDomains($mainOnly = false): array
        {
            return array_values(self::$all);
        }

        public function getId(): int
        {
            return $this->id;
        }

        public function getName(): string
        {
            return $this->name;
        }

        public function getDisplayName(): string
        {
            return $this->name;
        }

        public function hasHosting(): bool
        {
            return $this->hosting;
        }
    }

    class pm_ApiRpc
    {
        /** @var (\Closure(string): \SimpleXMLElement)|null */
        public static ?\Closure $answer = null;

        /** @var list<string> */
        public static array $requests = [];

        public static function getService($version = null): self
        {
            return new self();
        }

        public function call($request, $login = null)
        {
            self::$requests[] = (string)$request;
            if (self::$answer === null) {
                throw new pm_Exception('XML-RPC unavailable');
            }
            return (self::$answer)((string)$request);
        }
    }

    /** Plesk's forms carry the session's CSRF token as the hidden element forgery_protection_token. */
    class pm_Form_Simple
    {
        /** @var array<string, object> */
        private array $elements = [];

        public function __construct()
        {
            $this->addElement('hidden', 'forgery_protection_token', ['value' => pm_Session::$token]);
        }

        public function addElement($type, $name, $options = []): void
        {
            $this->elements[$name] = new class ((string)($options['value'] ?? '')) {
                public function __construct(private string $value) {}

                public function getValue(): string
                {
                    return $this->value;
                }

                public function setValue($value): void
                {
                    $this->value = (string)$value;
                }
            };
        }

        public function getElement($name): ?object
        {
            return $this->elements[$name] ?? null;
        }

        public function addControlButtons($options = []): void
        {
        }

        public function isValid($data): bool
        {
            foreach ($data as $name => $value) {
                if (isset($this->elements[$name])) {
                    $this->elements[$name]->setValue($value);
                }
            }
            return true;
        }

        public function getValue($name)
        {
            return isset($this->elements[$name]) ? $this->elements[$name]->getValue() : null;
        }
    }

    abstract class pm_Hook_ActionLog
    {
        abstract public function getEvents();
    }

    abstract class pm_Hook_ContentInclude
    {
    }

    abstract class pm_Hook_CustomButtons
    {
        public const PLACE_DOMAIN_PROPERTIES = 'domain-properties';

        abstract public function getButtons();
    }

    interface EventListener
    {
        public function handleEvent($objectType, $objectId, $action, $oldValues, $newValues);
    }

    /**
     * Zend_Controller_Action as Plesk's pm_Controller_Action offers it: view, request, response,
     * helpers (viewRenderer, json), the status messages, _getParam, _redirect, _forward.
     */
    abstract class pm_Controller_Action
    {
        public object $view;
        public object $_status;
        public object $_helper;
        public ?string $redirectedTo = null;
        public ?int $redirectCode = null;
        public ?string $rendered = null;
        private object $request;
        private object $response;

        /** @param array<string, mixed> $params query parameters @param array<mixed>|null $post the body, null for GET */
        public function __construct(array $params = [], ?array $post = null)
        {
            $this->view = new #[\AllowDynamicProperties] class {
                public function escape($value): string
                {
                    return htmlspecialchars((string)$value, ENT_QUOTES | ENT_SUBSTITUTE, 'UTF-8');
                }
            };
            $this->_status = new class {
                /** @var list<array{0: string, 1: string}> */
                public array $messages = [];

                public function addMessage($type, $message): void
                {
                    $this->messages[] = [(string)$type, (string)$message];
                }
            };
            $controller = $this;
            $this->_helper = new class ($controller) {
                public function __construct(private readonly pm_Controller_Action $controller) {}

                public function viewRenderer($script): void
                {
                    $this->controller->rendered = (string)$script;
                }

                public function json($data): void
                {
                    $this->controller->rendered = 'json:' . json_encode($data);
                }
            };
            $this->request = new class ($params, $post) {
                public function __construct(private readonly array $params, private readonly ?array $post) {}

                public function isPost(): bool
                {
                    return $this->post !== null;
                }

                public function getPost($key = null, $default = null)
                {
                    return $key === null ? ($this->post ?? []) : ($this->post[$key] ?? $default);
                }

                public function getParam($key, $default = null)
                {
                    return $this->params[$key] ?? $default;
                }
            };
            $this->response = new class {
                public int $code = 200;

                public function setHttpResponseCode($code): void
                {
                    $this->code = (int)$code;
                }
            };
        }

        public function init()
        {
        }

        public function getRequest(): object
        {
            return $this->request;
        }

        public function getResponse(): object
        {
            return $this->response;
        }

        protected function _getParam($name, $default = null)
        {
            return $this->request->getParam($name, $default);
        }

        protected function _redirect($url, array $options = []): void
        {
            $this->redirectedTo = (string)$url;
            $this->redirectCode = (int)($options['code'] ?? 302);
        }

        protected function _forward($action): void
        {
            $this->{$action . 'Action'}();
        }
    }
}
