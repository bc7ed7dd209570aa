<?php

declare(strict_types=1);

namespace DomainGuard;

/**
 * What the server-side re-check decided. Only `allowed()` lets an action through; everything
 * else (blocked by the rules, an unreadable case, a missing or failing binary, a timeout,
 * output that does not make sense) refuses.
 *
 * The generated documents can carry the AuthInfo (the holder's letter of a transfer). They
 * are kept outside the object's properties, so var_dump(), print_r(), var_export(),
 * serialize() and json_encode() of a result never show them; documents() hands them out
 * deliberately, displayDocuments() with the secret masked.
 */
final class RecheckResult implements \JsonSerializable
{
    public const ALLOWED = 'allowed';
    public const BLOCKED = 'blocked';
    public const INVALID = 'invalid';
    public const FAILED = 'failed';

    public const MASK = '••••••••';

    /** Where the rules' holder letter holds the AuthInfo (a verdict never carries the code). */
    public const AUTHINFO_PLACEHOLDER = '[[AUTHINFO]]';

    /** @var \WeakMap<self, array{documents: array<string, string>, secrets: list<string>, authinfo: ?string}>|null */
    private static ?\WeakMap $sealed = null;

    /**
     * @param list<array{code: string, severity: string, field: ?string, message: string, params: array<mixed>}> $findings
     * @param list<array{code: string, field: ?string, message: string, params: array<mixed>}> $errors
     * @param array<string, string> $deadlines
     * @param list<array{key: string, date: string, label: string}> $deadlineList
     */
    private function __construct(
        private readonly string $outcome,
        private readonly array $findings,
        private readonly array $errors,
        private readonly array $deadlines,
        private readonly ?string $failure,
        private readonly ?int $exitCode,
        private readonly array $deadlineList = [],
    ) {}

    /**
     * Interprets the CLI's exit status and output. Anything inconsistent is a failure (refused).
     *
     * @param list<string> $secrets values to mask in displayDocuments()
     * @param string|null $authinfo the case's AuthInfo: documents() writes it into the holder's
     *        letter in place of AUTHINFO_PLACEHOLDER, as `domainguard letter` does
     */
    public static function fromOutput(int $exitCode, string $stdout, array $secrets = [], #[\SensitiveParameter] ?string $authinfo = null): self
    {
        if ($exitCode !== 0 && $exitCode !== 1 && $exitCode !== 2) {
            return self::failed('exit_status', $exitCode);
        }
        try {
            $json = json_decode($stdout, true, 64, JSON_THROW_ON_ERROR);
        } catch (\JsonException) {
            return self::failed('bad_output', $exitCode);
        }
        if (!is_array($json) || array_is_list($json) && $json !== []) {
            return self::failed('bad_output', $exitCode);
        }
        if ($exitCode === 2) {
            $errors = self::validItems($json['errors'] ?? null, false);
            return $errors === null || $errors === [] ? self::failed('bad_output', $exitCode)
                : new self(self::INVALID, [], $errors, [], null, $exitCode);
        }
        $findings = self::validItems($json['findings'] ?? null, true);
        if ($findings === null || !is_bool($json['allowed'] ?? null) || isset($json['errors'])) {
            return self::failed('bad_output', $exitCode);
        }
        $blocks = array_filter($findings, static fn(array $f): bool => $f['severity'] === 'block');
        $deadlines = array_filter(is_array($json['deadlines'] ?? null) ? $json['deadlines'] : [], 'is_string');
        $documents = array_filter(is_array($json['documents'] ?? null) ? $json['documents'] : [], 'is_string');
        $deadlineList = self::validDeadlineList($json['deadline_list'] ?? []);
        if ($deadlineList === null) {
            return self::failed('bad_output', $exitCode);
        }
        if ($exitCode === 0) {
            // allowed only when exit status, `allowed` and the findings all agree
            if ($json['allowed'] !== true || $blocks !== []) {
                return self::failed('inconsistent_output', $exitCode);
            }
            $result = new self(self::ALLOWED, $findings, [], $deadlines, null, $exitCode, $deadlineList);
        } else {
            if ($json['allowed'] !== false) {
                return self::failed('inconsistent_output', $exitCode);
            }
            $result = new self(self::BLOCKED, $findings, [], $deadlines, null, $exitCode, $deadlineList);
        }
        self::seal($result, $documents, $secrets, $authinfo);
        return $result;
    }

    /** A refusal because the check itself could not be done (fail closed). */
    public static function failed(string $reason, ?int $exitCode = null): self
    {
        return new self(self::FAILED, [], [], [], $reason, $exitCode);
    }

    /**
     * A refusal because posted facts contradict the server's (ServerCheck): one blocking
     * FACT_CONTRADICTED finding per field, naming the server's value.
     *
     * @param array<string, mixed> $facts case path => the server's value
     * @param array<string, string> $controls case path => the form control (field key) it is posted in
     */
    public static function contradicted(array $facts, string $locale, array $controls = []): self
    {
        $en = FormMapping::normalizeLocale($locale) === 'en';
        $findings = [];
        foreach ($facts as $path => $fact) {
            $shown = is_array($fact) ? implode(', ', array_map('strval', array_filter($fact, 'is_scalar')))
                : (is_bool($fact) ? ($en ? ($fact ? 'yes' : 'no') : ($fact ? 'ja' : 'nein')) : (string)(is_scalar($fact) ? $fact : ''));
            if (is_string($fact) && preg_match('/^(\d{4})-(\d{2})-(\d{2})$/D', $fact, $m)) {
                $shown = $en ? $fact : "$m[3].$m[2].$m[1]";
            }
            $shown = $shown === '' ? ($en ? 'none' : 'keiner') : $shown;
            $findings[] = [
                'code' => 'FACT_CONTRADICTED',
                'severity' => 'block',
                'field' => (string)$path,
            ] + (isset($controls[$path]) ? ['control' => $controls[$path]] : []) + [
                'message' => $en
                    ? "This value contradicts the panel's own data ($shown). The server checks with the panel's data; reload the page."
                    : "Dieser Wert widerspricht den Daten des Panels ($shown). Der Server prüft mit den Daten des Panels; laden Sie die Seite neu.",
                'params' => ['fact' => $fact],
            ];
        }
        return new self(self::BLOCKED, $findings, [], [], null, null);
    }

    /** True only when the rules ran and allowed the action. */
    public function allowed(): bool
    {
        return $this->outcome === self::ALLOWED;
    }

    /** `allowed`, `blocked` (by the rules), `invalid` (the case), `failed` (the check). */
    public function outcome(): string
    {
        return $this->outcome;
    }

    /** For `failed`: binary_missing, start_failed, timeout, exit_status, bad_output, inconsistent_output, output_too_large, unencodable_case, … */
    public function failure(): ?string
    {
        return $this->failure;
    }

    public function exitCode(): ?int
    {
        return $this->exitCode;
    }

    /** @return list<array{code: string, severity: string, field: ?string, message: string, params: array<mixed>}> */
    public function findings(): array
    {
        return $this->findings;
    }

    /** @return list<array{code: string, field: ?string, message: string, params: array<mixed>}> input errors */
    public function errors(): array
    {
        return $this->errors;
    }

    /**
     * Everything that refuses, as findings: blocking findings and input errors.
     *
     * @return list<array{code: string, severity: string, field: ?string, message: string, params: array<mixed>}>
     */
    public function blocking(): array
    {
        $errors = array_map(static fn(array $e): array => ['severity' => 'block'] + $e, $this->errors);
        return array_values(array_merge($errors, array_filter($this->findings, static fn(array $f): bool => $f['severity'] === 'block')));
    }

    /** @return list<string> the codes of blocking findings and input errors */
    public function blockingCodes(): array
    {
        return array_values(array_unique(array_map(static fn(array $f): string => $f['code'], $this->blocking())));
    }

    /** @return list<string> every finding and error code */
    public function codes(): array
    {
        return array_values(array_unique(array_map(static fn(array $f): string => $f['code'], array_merge($this->errors, $this->findings))));
    }

    /**
     * Findings and errors with a field, grouped by case path (blocks first), to show next to
     * the inputs. Errors count as blocks.
     *
     * @return array<string, list<array{severity: string, code: string, message: string}>>
     */
    public function messagesByField(): array
    {
        $out = [];
        foreach ($this->items() as $item) {
            if (is_string($item['field']) && $item['field'] !== '') {
                $out[$item['field']][] = ['severity' => $item['severity'], 'code' => $item['code'], 'message' => $item['message']];
            }
        }
        return $out;
    }

    /**
     * Every finding and error as one list (blocks, warnings, notes, as the rules order them),
     * for a summary. `control`: the form control (field key) the rules placed it at, or null.
     *
     * @return list<array{severity: string, code: string, field: ?string, control: ?string, message: string}>
     */
    public function summary(): array
    {
        return array_map(
            static fn(array $i): array => ['severity' => $i['severity'], 'code' => $i['code'], 'field' => $i['field'], 'control' => $i['control'] ?? null, 'message' => $i['message']],
            $this->items(),
        );
    }

    /** @return array<string, string> deadline name => YYYY-MM-DD */
    public function deadlines(): array
    {
        return $this->deadlines;
    }

    /**
     * The deadlines as the rules list them for a page: in display order, each with its label in
     * the case's language (the verdict's `deadline_list`; no panel keeps labels of its own).
     *
     * @return list<array{key: string, date: string, label: string}>
     */
    public function deadlineList(): array
    {
        return $this->deadlineList;
    }

    /** @return list<array{key: string, date: string, label: string}>|null null when malformed */
    private static function validDeadlineList(mixed $list): ?array
    {
        if (!is_array($list) || !array_is_list($list)) {
            return null;
        }
        $out = [];
        foreach ($list as $item) {
            if (!is_array($item) || !is_string($item['key'] ?? null) || !is_string($item['date'] ?? null) || !is_string($item['label'] ?? null)) {
                return null;
            }
            $out[] = ['key' => $item['key'], 'date' => $item['date'], 'label' => $item['label']];
        }
        return $out;
    }

    /**
     * The generated documents, the holder's letter of a transfer with the AuthInfo written in
     * (the rules leave AUTHINFO_PLACEHOLDER there; like `domainguard letter`, the last one is
     * replaced by the case's code, trimmed). Send it to the holder; do not log or display it.
     *
     * @return array<string, string>
     */
    public function documents(): array
    {
        if (self::$sealed === null || !isset(self::$sealed[$this])) {
            return [];
        }
        $sealed = self::$sealed[$this];
        $code = $sealed['authinfo'];
        return array_map(static function (string $document) use ($code): string {
            $at = $code === null ? false : strrpos($document, self::AUTHINFO_PLACEHOLDER);
            return $at === false ? $document : substr_replace($document, (string)$code, $at, strlen(self::AUTHINFO_PLACEHOLDER));
        }, $sealed['documents']);
    }

    /** @return array<string, string> the documents with every secret (the AuthInfo) masked, for display */
    public function displayDocuments(): array
    {
        if (self::$sealed === null || !isset(self::$sealed[$this])) {
            return [];
        }
        $sealed = self::$sealed[$this];
        $secrets = array_filter($sealed['secrets'], static fn(string $s): bool => $s !== '');
        return array_map(
            static fn(string $d): string => str_replace(self::AUTHINFO_PLACEHOLDER, self::MASK, $secrets === [] ? $d : str_replace($secrets, self::MASK, $d)),
            $sealed['documents'],
        );
    }

    /** Why the check could not be done, for the user (German or English). */
    public function failureMessage(string $locale): string
    {
        $en = FormMapping::normalizeLocale($locale) === 'en';
        $reason = match ($this->failure) {
            null => '',
            'binary_missing' => $en ? 'the domainguard program was not found on the server' : 'das Programm domainguard wurde auf dem Server nicht gefunden',
            'timeout' => $en ? 'the check took too long' : 'die Prüfung hat zu lange gedauert',
            'facts_unavailable' => $en ? 'the panel\'s data on the domain could not be read' : 'die Daten des Panels zur Domain konnten nicht gelesen werden',
            default => $en ? 'the check did not give a usable answer' : 'die Prüfung hat keine verwertbare Antwort geliefert',
        };
        if ($this->failure === null) {
            return '';
        }
        return $en
            ? "The server could not check the order ($reason). It is refused until the check works again."
            : "Der Server konnte den Auftrag nicht prüfen ($reason). Er wird abgelehnt, bis die Prüfung wieder funktioniert.";
    }

    /** @return array<string, mixed> everything but the documents */
    public function jsonSerialize(): array
    {
        return [
            'outcome' => $this->outcome,
            'allowed' => $this->allowed(),
            'findings' => $this->findings,
            'errors' => $this->errors,
            'deadlines' => $this->deadlines,
            'failure' => $this->failure,
            'exit_code' => $this->exitCode,
        ];
    }

    /** @return array<string, mixed> */
    public function __debugInfo(): array
    {
        return $this->jsonSerialize();
    }

    /** @return array<string, mixed> */
    public function __serialize(): array
    {
        return $this->jsonSerialize();
    }

    /** @param array<string, mixed> $data */
    public function __unserialize(array $data): void
    {
        throw new \LogicException('domainguard: a re-check result cannot be unserialized; check again');
    }

    /**
     * @param array<string, string> $documents
     * @param list<string> $secrets
     */
    private static function seal(self $result, array $documents, array $secrets, ?string $authinfo = null): void
    {
        self::$sealed ??= new \WeakMap();
        self::$sealed[$result] = ['documents' => $documents, 'secrets' => array_values(array_filter($secrets, 'is_string')), 'authinfo' => $authinfo];
    }

    /**
     * Errors, then findings, in the rules' order (blocks, warnings, information: the rules sort
     * their findings, and a result has either errors or findings).
     *
     * @return list<array{code: string, severity: string, field: ?string, control?: string, message: string, params: array<mixed>}>
     */
    private function items(): array
    {
        $errors = array_map(static fn(array $e): array => ['severity' => 'block'] + $e, $this->errors);
        return array_values(array_merge($errors, $this->findings));
    }

    /**
     * Validates a list of findings (with severity) or errors; null when it is not one.
     *
     * @return list<array<string, mixed>>|null
     */
    private static function validItems(mixed $list, bool $withSeverity): ?array
    {
        if (!is_array($list) || !array_is_list($list)) {
            return null;
        }
        $out = [];
        foreach ($list as $item) {
            if (!is_array($item) || !is_string($item['code'] ?? null) || !is_string($item['message'] ?? null)) {
                return null;
            }
            $field = $item['field'] ?? null;
            if ($field !== null && !is_string($field)) {
                return null;
            }
            $control = $item['control'] ?? null;
            if ($control !== null && !is_string($control)) {
                return null;
            }
            $clean = ['code' => $item['code'], 'field' => $field] + ($control === null ? [] : ['control' => $control])
                + ['message' => $item['message'], 'params' => is_array($item['params'] ?? null) ? $item['params'] : []];
            if ($withSeverity) {
                $severity = $item['severity'] ?? null;
                if (!in_array($severity, ['block', 'warn', 'info'], true)) {
                    return null;
                }
                $clean = ['code' => $item['code'], 'severity' => $severity] + $clean;
            }
            $out[] = $clean;
        }
        return $out;
    }
}
