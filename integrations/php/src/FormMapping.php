<?php

declare(strict_types=1);

namespace DomainGuard;

/**
 * The explicit mapping between a panel form and a domainguard case, used on both sides:
 * the page hands fieldNames() to attach() (the browser check), and the server builds the
 * case from the POST with caseFromPost() (the re-check). Values are read the way the JS
 * layer reads them (js/domainguard.js, coerce() and buildCase()), so the server checks the
 * same case the browser checked, field for field.
 *
 * Field names follow a prefix the panel chooses: with `data[tx_domainguard][close]` (TYPO3
 * FormEngine style) `domain.name` is posted as `data[tx_domainguard][close][domain]`.
 * Checkboxes must be posted as a hidden `0` followed by the checkbox `1` (FormEngine does
 * this), so an unticked box still arrives.
 *
 * `action`, `today`, `locale` and `policy` are never read from the form: the server sets them.
 */
final class FormMapping
{
    /** Case fields the server decides, whatever a form posts. */
    private const SERVER_FIELDS = ['action', 'today', 'locale', 'policy'];

    private const TYPES = ['string', 'date', 'bool', 'int', 'enum', 'string_list'];

    /** `fact`: the panel knows it (FactSource); `declaration`: the operator states it. */
    public const KINDS = ['fact', 'declaration'];

    /** JavaScript's String.prototype.trim() white space (WhiteSpace + LineTerminator). */
    private const JS_SPACE = '\x{9}\x{A}\x{B}\x{C}\x{D}\x{20}\x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}\x{FEFF}';

    private const TRUE_WORDS = ['true', '1', 'on', 'yes', 'ja'];
    private const FALSE_WORDS = ['false', '0', 'off', 'no', 'nein'];

    /** @var array<string, array<string, array{field: string, type: string, secret: bool, kind: string}>> */
    private array $actions;

    /**
     * @param array<string, array<string, array{field: string, type: string, secret?: bool, kind?: string}>> $actions
     *        action => case path => {field, type, secret?, kind? (default declaration)}
     */
    public function __construct(array $actions)
    {
        $this->actions = [];
        foreach ($actions as $action => $paths) {
            if (!is_string($action) || !is_array($paths)) {
                throw new \InvalidArgumentException('domainguard mapping: expected action => {path => spec}');
            }
            foreach ($paths as $path => $spec) {
                $field = $spec['field'] ?? null;
                $type = $spec['type'] ?? null;
                if (!is_string($path) || $path === '' || !is_string($field) || $field === '') {
                    throw new \InvalidArgumentException("domainguard mapping: bad entry in `$action`");
                }
                if (in_array(explode('.', $path)[0], self::SERVER_FIELDS, true)) {
                    throw new \InvalidArgumentException("domainguard mapping: `$path` is set by the server, not by a form");
                }
                if (!in_array($type, self::TYPES, true)) {
                    throw new \InvalidArgumentException("domainguard mapping: `$path` has an unknown type");
                }
                if (!preg_match('/^[A-Za-z0-9_]+$/', $field)) {
                    throw new \InvalidArgumentException("domainguard mapping: field key of `$path` must be [A-Za-z0-9_]+");
                }
                $kind = $spec['kind'] ?? 'declaration';
                if (!in_array($kind, self::KINDS, true)) {
                    throw new \InvalidArgumentException("domainguard mapping: `$path` has an unknown kind");
                }
                $this->actions[$action][$path] = ['field' => $field, 'type' => $type, 'secret' => (bool)($spec['secret'] ?? false), 'kind' => $kind];
            }
        }
    }

    /** The mapping shipped next to this class (mapping.json). */
    public static function default(): self
    {
        return self::fromFile(__DIR__ . '/mapping.json');
    }

    public static function fromFile(string $file): self
    {
        $json = @file_get_contents($file);
        if ($json === false) {
            throw new \RuntimeException("domainguard mapping: cannot read $file");
        }
        $data = json_decode($json, true, 16, JSON_THROW_ON_ERROR);
        return new self($data['actions'] ?? []);
    }

    /** @return list<string> the actions this mapping has forms for */
    public function actions(): array
    {
        return array_keys($this->actions);
    }

    public function has(string $action): bool
    {
        return isset($this->actions[$action]);
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

    /** @return array<string, array{field: string, type: string, secret: bool, kind: string}> case path => spec */
    public function specs(string $action): array
    {
        if (!isset($this->actions[$action])) {
            throw new \InvalidArgumentException("domainguard mapping: no form for action `$action`");
        }
        return $this->actions[$action];
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
        $names = [];
        foreach ($this->specs($action) as $path => $spec) {
            $names[$path] = self::fieldName($prefix, $spec['field']);
        }
        return $names;
    }

    /** @return list<string> case paths whose values are secrets (never echoed, logged or shown) */
    public function secretPaths(string $action): array
    {
        return array_keys(array_filter($this->specs($action), static fn(array $s): bool => $s['secret']));
    }

    /**
     * The case a POST describes: the same object attach() builds in the browser from the form.
     *
     * @param array<mixed> $post the parsed body ($_POST, PSR-7 getParsedBody(), parse_str())
     * @param array{today: string, locale?: string, policy?: string|array<mixed>} $server
     *        what the server decides: the day (see today()), the locale and the policy
     * @param array<string, mixed> $constants case values that are not in the form
     * @return array<string, mixed>
     */
    public function caseFromPost(string $action, array $post, string $prefix, array $server, array $constants = []): array
    {
        $specs = $this->specs($action);
        $case = $constants;
        $case['action'] = $action;
        $case['today'] = (string)$server['today'];
        $case['locale'] = self::normalizeLocale($server['locale'] ?? 'de');
        $case['policy'] = $server['policy'] ?? ($case['policy'] ?? 'default');

        $container = self::lookup($post, self::nameSegments($prefix));
        $emptiness = [];
        foreach ($specs as $path => $spec) {
            if (!is_array($container) || !array_key_exists($spec['field'], $container)) {
                continue; // not in the form: like a mapped field that does not exist on the page
            }
            [$value, $empty] = self::coerce($container[$spec['field']], $spec['type']);
            $segments = explode('.', $path);
            if ($value !== null || !$empty) {
                self::setPath($case, $segments, $value);
            }
            for ($i = 1, $n = count($segments); $i < $n; $i++) {
                $objectPath = implode('.', array_slice($segments, 0, $i));
                $emptiness[$objectPath] = ($emptiness[$objectPath] ?? true) && $empty;
            }
        }
        // An object whose mapped fields are all empty or unticked is sent as null (no EVK, …).
        $prefixes = array_keys($emptiness);
        usort($prefixes, static fn(string $a, string $b): int => substr_count($b, '.') <=> substr_count($a, '.'));
        foreach ($prefixes as $objectPath) {
            if (!$emptiness[$objectPath]) {
                continue;
            }
            $segments = explode('.', $objectPath);
            if (!self::isBlank(self::lookup($constants, $segments))) {
                continue;
            }
            self::setPath($case, $segments, null);
        }
        return $case;
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
                : (is_scalar($raw) ? self::normalizeNewlines((string)$raw) : '');
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

    /**
     * One posted value => [case value, empty]. A null case value with empty=true means "leave the
     * field out". Mirrors coerce() in js/domainguard.js.
     *
     * @return array{0: mixed, 1: bool}
     */
    private static function coerce(mixed $raw, string $type): array
    {
        if (is_array($raw)) { // several checkboxes or a multiple select under name[]
            $list = array_values(array_map('strval', array_filter($raw, 'is_scalar')));
            return $list === [] ? [null, true] : [$list, false];
        }
        $text = self::normalizeNewlines(is_scalar($raw) ? (string)$raw : '');
        $trimmed = self::jsTrim($text);
        if ($trimmed === '') {
            return [null, true];
        }
        switch ($type) {
            case 'bool':
                $word = mb_strtolower($trimmed);
                if (in_array($word, self::TRUE_WORDS, true)) {
                    return [true, false];
                }
                if (in_array($word, self::FALSE_WORDS, true)) {
                    return [false, true];
                }
                return [$text, false]; // the rules report the wrong type, naming the field
            case 'int':
                return preg_match('/^[+-]?\d+$/', $trimmed) ? [(int)$trimmed, false] : [$text, false];
            case 'string_list':
                return [array_values(array_filter(preg_split('/[' . self::JS_SPACE . ',;]+/u', $trimmed) ?: [], static fn(string $s): bool => $s !== '')), false];
            case 'date':
                // as DAY_FIRST_DATE in js/domainguard.js: 4.4.2005, 04.04.2005, 04-04-2005 (one separator)
                if (preg_match('/^(\d{1,2})([.-])(\d{1,2})\2(\d{4})$/D', $trimmed, $m)) {
                    return [sprintf('%s-%s-%s', $m[4], str_pad($m[3], 2, '0', STR_PAD_LEFT), str_pad($m[1], 2, '0', STR_PAD_LEFT)), false];
                }
                return [$trimmed, false];
            case 'enum':
                return [$trimmed, false];
            default:
                return [$text, false];
        }
    }

    private static function jsTrim(string $text): string
    {
        return preg_replace('/^[' . self::JS_SPACE . ']+|[' . self::JS_SPACE . ']+$/u', '', $text) ?? trim($text);
    }

    /** Form submission sends a textarea's line breaks as CRLF; the browser's value has LF. */
    private static function normalizeNewlines(string $text): string
    {
        return str_replace(["\r\n", "\r"], "\n", $text);
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

    private static function isBlank(mixed $value): bool
    {
        if ($value === null || $value === '' || $value === false) {
            return true;
        }
        if (is_array($value)) {
            foreach ($value as $item) {
                if (!self::isBlank($item)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }
}
