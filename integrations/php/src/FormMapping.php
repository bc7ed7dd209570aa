<?php

declare(strict_types=1);

namespace DomainGuard;

/**
 * The mapping between a panel form and a domainguard case (mapping.json): per action, case
 * path => form field key, and constants. Nothing else: the type, the kind (fact or
 * declaration) and the secrecy of each field come from the rules (`domainguard fields
 * ACTION`), and the case is built from the POST by the rules' own form layer
 * (`domainguard case --form`, `domainguard check --form`), the very code the browser's guard
 * runs (wasm `caseFromForm`). This class never coerces a posted value.
 *
 * Field names follow a prefix the panel chooses: with `data[tx_domainguard][close]` (TYPO3
 * FormEngine style) `domain.name` is posted as `data[tx_domainguard][close][domain]`.
 * Checkboxes are posted as a hidden `0` followed by the checkbox `1` (FormEngine does this),
 * so an unticked box still arrives; PHP keeps the last value.
 *
 * `action`, `today`, `locale` and `policy` are never read from the form: the server sets them.
 */
final class FormMapping
{
    /** Case fields the server decides, whatever a form posts. */
    private const SERVER_FIELDS = ['action', 'today', 'locale', 'policy'];

    /** `fact`: the panel knows it (FactSource); `declaration`: the operator states it. */
    public const KINDS = ['fact', 'declaration'];

    /** @var array<string, array<string, string>> action => case path => field key */
    private array $fields = [];

    /** @var array<string, array<string, mixed>> action => constants */
    private array $constants = [];

    /** @var array<string, array<string, array{field: string, type: string, secret: bool, kind: string}>> */
    private array $specs = [];

    private ?string $tempFile = null;

    /**
     * @param array<string, array{fields?: array<string, string>, constants?: array<string, mixed>}> $actions
     *        action => {fields: {case path => field key}, constants}
     * @param Recheck $rules the native program: its field list and its form layer
     * @param string|null $file the mapping file these actions were read from (else a temporary copy is written when needed)
     */
    public function __construct(array $actions, private readonly Recheck $rules, private readonly ?string $file = null)
    {
        foreach ($actions as $action => $form) {
            if (!is_string($action) || !is_array($form) || !is_array($form['fields'] ?? null)) {
                throw new \InvalidArgumentException('domainguard mapping: expected action => {fields: {path => field key}, constants}');
            }
            foreach ($form['fields'] as $path => $field) {
                if (!is_string($path) || $path === '' || !is_string($field) || $field === '') {
                    throw new \InvalidArgumentException("domainguard mapping: bad entry in `$action`");
                }
                if (in_array(explode('.', $path)[0], self::SERVER_FIELDS, true)) {
                    throw new \InvalidArgumentException("domainguard mapping: `$path` is set by the server, not by a form");
                }
                if (!preg_match('/^[A-Za-z0-9_]+$/', $field)) {
                    throw new \InvalidArgumentException("domainguard mapping: field key of `$path` must be [A-Za-z0-9_]+");
                }
                $this->fields[$action][$path] = $field;
            }
            $constants = $form['constants'] ?? [];
            if (!is_array($constants)) {
                throw new \InvalidArgumentException("domainguard mapping: the constants of `$action` must be an object");
            }
            $this->constants[$action] = $constants;
        }
    }

    public function __destruct()
    {
        if ($this->tempFile !== null) {
            @unlink($this->tempFile);
        }
    }

    /** The mapping shipped next to this class (mapping.json). */
    public static function default(Recheck $rules): self
    {
        return self::fromFile(__DIR__ . '/mapping.json', $rules);
    }

    public static function fromFile(string $file, Recheck $rules): self
    {
        $json = @file_get_contents($file);
        if ($json === false) {
            throw new \RuntimeException("domainguard mapping: cannot read $file");
        }
        $data = json_decode($json, true, 32, JSON_THROW_ON_ERROR);
        return new self(is_array($data['actions'] ?? null) ? $data['actions'] : [], $rules, $file);
    }

    /** The mapping file the program reads (`--form`): the one it came from, or a temporary copy. */
    public function file(): string
    {
        if ($this->file !== null) {
            return $this->file;
        }
        if ($this->tempFile === null) {
            $actions = [];
            foreach ($this->fields as $action => $fields) {
                $actions[$action] = ['fields' => $fields, 'constants' => (object)$this->constants[$action]];
            }
            $file = tempnam(sys_get_temp_dir(), 'domainguard-mapping-');
            if ($file === false || @file_put_contents($file, json_encode(['actions' => $actions], JSON_THROW_ON_ERROR | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE)) === false) {
                throw new \RuntimeException('domainguard mapping: cannot write a temporary mapping file');
            }
            $this->tempFile = $file;
        }
        return $this->tempFile;
    }

    /** @return list<string> the actions this mapping has forms for */
    public function actions(): array
    {
        return array_keys($this->fields);
    }

    public function has(string $action): bool
    {
        return isset($this->fields[$action]);
    }

    /** @return list<string> case paths of an action's form fields that are facts (`kind` fact) */
    public function factPaths(string $action): array
    {
        return array_keys(array_filter($this->specs($action), static fn(array $s): bool => $s['kind'] === 'fact'));
    }

    /** @return list<string> case paths of an action's form fields that are declarations */
    public function declarationPaths(string $action): array
    {
        return array_keys(array_filter($this->specs($action), static fn(array $s): bool => $s['kind'] === 'declaration'));
    }

    /**
     * Case path => {field key, and from `domainguard fields ACTION`: type, secret, kind}. When the
     * program cannot say (missing, failing), every field counts as a secret fact of type string:
     * nothing is echoed, the server's facts win, and the re-check itself refuses.
     *
     * @return array<string, array{field: string, type: string, secret: bool, kind: string}>
     */
    public function specs(string $action): array
    {
        if (!isset($this->fields[$action])) {
            throw new \InvalidArgumentException("domainguard mapping: no form for action `$action`");
        }
        if (!isset($this->specs[$action])) {
            $known = [];
            foreach ($this->rules->fields($action) ?? [] as $spec) {
                if (is_array($spec) && is_string($spec['path'] ?? null)) {
                    $known[$spec['path']] = $spec;
                }
            }
            $specs = [];
            foreach ($this->fields[$action] as $path => $field) {
                $spec = $known[$path] ?? null;
                $specs[$path] = [
                    'field' => $field,
                    'type' => is_string($spec['type'] ?? null) ? $spec['type'] : 'string',
                    'secret' => $spec === null || ($spec['secret'] ?? false) === true,
                    'kind' => in_array($spec['kind'] ?? null, self::KINDS, true) ? $spec['kind'] : 'fact',
                ];
            }
            if ($known !== []) {
                $this->specs[$action] = $specs; // a failed answer is asked again next time
            }
            return $specs;
        }
        return $this->specs[$action];
    }

    /**
     * Which form a POST is: the one action whose fields are under `$container` (e.g.
     * `data[tx_domainguard]` holding `close`), or null when there is not exactly one.
     *
     * @param array<mixed> $post
     */
    public function postedAction(array $post, string $container): ?string
    {
        $posted = self::lookup($post, self::nameSegments($container));
        if (!is_array($posted) || count($posted) !== 1) {
            return null;
        }
        $action = array_key_first($posted);
        return is_string($action) && $this->has($action) && is_array($posted[$action]) ? $action : null;
    }

    /** `data[tx_domainguard][close]` + `domain` => `data[tx_domainguard][close][domain]` */
    public static function fieldName(string $prefix, string $field): string
    {
        return $prefix === '' ? $field : $prefix . '[' . $field . ']';
    }

    /**
     * Case path => form field name: the `fields` option of attach().
     *
     * @return array<string, string>
     */
    public function fieldNames(string $action, string $prefix): array
    {
        if (!isset($this->fields[$action])) {
            $this->specs($action); // throws: no form for this action
        }
        $names = [];
        foreach ($this->fields[$action] ?? [] as $path => $field) {
            $names[$path] = self::fieldName($prefix, $field);
        }
        return $names;
    }

    /** @return list<string> case paths whose values are secrets (never echoed, logged or shown), as `domainguard fields` marks them */
    public function secretPaths(string $action): array
    {
        return array_keys(array_filter($this->specs($action), static fn(array $s): bool => $s['secret']));
    }

    /**
     * The form post as the rules' form layer reads it (`domainguard check --form`, `case --form`):
     * the server's `today`, `locale`, `policy`, the constants, what the server fixes over the
     * post (`fixed`: its facts, `now`), and the posted values of this form exactly as posted
     * (field key => text or list of texts; anything else is refused by the rules, naming it).
     *
     * @param array<mixed> $post the parsed body ($_POST, PSR-7 getParsedBody(), parse_str())
     * @param array{today: string, locale?: string, policy?: string|array<mixed>} $server
     * @param array<string, mixed> $constants case values that are not in the form
     * @param array<string, mixed> $fixed case path => value the server decides whatever is posted
     * @return array<string, mixed>
     */
    public function formPost(string $action, array $post, string $prefix, array $server, array $constants = [], array $fixed = []): array
    {
        $this->specs($action); // an unknown action is a programming error
        $container = self::lookup($post, self::nameSegments($prefix));
        $form = [
            'action' => $action,
            'today' => (string)$server['today'],
            'locale' => self::normalizeLocale($server['locale'] ?? 'de'),
            'constants' => (object)$constants,
            'fixed' => (object)$fixed,
            'values' => is_array($container) && $container !== [] ? $container : new \stdClass(),
        ];
        if (isset($server['policy'])) {
            $form['policy'] = $server['policy'];
        }
        return $form;
    }

    /**
     * The case a POST describes, built by the rules' form layer (`domainguard case --form`):
     * the same case attach() builds in the browser from the form. A post the rules cannot read
     * (a nested array where a text belongs, …) gives the refusal instead (`invalid`, each error
     * naming its `control`, the field key), a program that cannot answer a `failed` refusal.
     *
     * @param array<mixed> $post the parsed body ($_POST, PSR-7 getParsedBody(), parse_str())
     * @param array{today: string, locale?: string, policy?: string|array<mixed>} $server
     *        what the server decides: the day (see today()), the locale and the policy
     * @param array<string, mixed> $constants case values that are not in the form
     * @return array<string, mixed>|RecheckResult
     */
    public function caseFromPost(string $action, array $post, string $prefix, array $server, array $constants = []): array|RecheckResult
    {
        $form = $this->formPost($action, $post, $prefix, $server, $constants);
        return $this->rules->caseFromForm($this->file(), $form, $this->secretValues($action, $form));
    }

    /**
     * The posted values of the secret fields (to keep out of logs and error output).
     *
     * @param array<string, mixed> $form a formPost()
     * @return list<string>
     */
    public function secretValues(string $action, array $form): array
    {
        $values = (array)$form['values'];
        $secrets = [];
        foreach ($this->secretPaths($action) as $path) {
            $raw = $values[$this->specs($action)[$path]['field']] ?? null;
            foreach (is_array($raw) ? $raw : [$raw] as $value) {
                if (is_string($value)) {
                    $secrets = [...$secrets, ...Recheck::secretForms($value)];
                }
            }
        }
        return array_values(array_unique($secrets));
    }

    /**
     * The posted values as text, to put back into the form after a refusal. Secret fields
     * (the AuthInfo) are left out: they are never written back into a page.
     *
     * @param array<mixed> $post
     * @return array<string, string> field key => value
     */
    public function postedValues(string $action, array $post, string $prefix): array
    {
        $container = self::lookup($post, self::nameSegments($prefix));
        $values = [];
        foreach ($this->specs($action) as $spec) {
            if ($spec['secret'] || !is_array($container) || !array_key_exists($spec['field'], $container)) {
                continue;
            }
            $raw = $container[$spec['field']];
            $values[$spec['field']] = is_array($raw)
                ? implode(', ', array_map('strval', array_filter($raw, 'is_scalar')))
                : (is_scalar($raw) ? str_replace(["\r\n", "\r"], "\n", (string)$raw) : '');
        }
        return $values;
    }

    /** Today's date (YYYY-MM-DD) in a time zone: the rules never read a clock, the server does. */
    public static function today(string $timeZone = 'Europe/Berlin', ?\DateTimeImmutable $now = null): string
    {
        $now ??= new \DateTimeImmutable('now');
        return $now->setTimezone(new \DateTimeZone($timeZone))->format('Y-m-d');
    }

    /** `de-DE` => `de`, `en_GB` => `en`, anything else => `de` (as the JS layer does). */
    public static function normalizeLocale(mixed $tag): string
    {
        $lang = strtolower(preg_split('/[-_]/', trim((string)(is_scalar($tag) ? $tag : '')))[0] ?? '');
        return $lang === 'en' ? 'en' : 'de';
    }

    /** `data[tx_domainguard][close]` => ['data', 'tx_domainguard', 'close'] */
    public static function nameSegments(string $name): array
    {
        if ($name === '') {
            return [];
        }
        if (!preg_match('/^([^\[\]]+)((?:\[[^\[\]]*\])*)$/', $name, $m)) {
            throw new \InvalidArgumentException("domainguard mapping: not a form field name: $name");
        }
        $segments = [$m[1]];
        if ($m[2] !== '') {
            preg_match_all('/\[([^\[\]]*)\]/', $m[2], $parts);
            foreach ($parts[1] as $part) {
                if ($part === '') {
                    throw new \InvalidArgumentException("domainguard mapping: `[]` is not allowed in a prefix: $name");
                }
                $segments[] = $part;
            }
        }
        return $segments;
    }

    /** @param list<string> $segments */
    public static function lookup(mixed $data, array $segments): mixed
    {
        foreach ($segments as $segment) {
            if (!is_array($data) || !array_key_exists($segment, $data)) {
                return null;
            }
            $data = $data[$segment];
        }
        return $data;
    }

    /**
     * @param array<string, mixed> $target
     * @param list<string> $segments
     */
    public static function setPath(array &$target, array $segments, mixed $value): void
    {
        $cursor = &$target;
        $last = array_pop($segments);
        foreach ($segments as $segment) {
            if (!isset($cursor[$segment]) || !is_array($cursor[$segment]) || array_is_list($cursor[$segment]) && $cursor[$segment] !== []) {
                $cursor[$segment] = [];
            }
            $cursor = &$cursor[$segment];
        }
        $cursor[$last] = $value;
    }
}
