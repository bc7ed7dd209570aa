<?php

declare(strict_types=1);

namespace DomainGuard;

/**
 * The server-side re-check: runs the native `domainguard check` on a case and reads its
 * verdict. Whatever the browser did (a disabled guard, an edited request, no JavaScript at
 * all), the panel acts only when this says allowed().
 *
 * Fails closed: a missing binary, a failed start, a timeout, a crash, an unexpected exit
 * status or output that does not match it all give a refused result, never an allowed one.
 *
 * The program is started without a shell (argument array), the case goes in on standard
 * input, and nothing of the case is ever logged: the logger gets outcomes, codes, fields,
 * exit statuses and failure reasons only, and the AuthInfo is masked even from the
 * program's error output.
 */
final class Recheck implements CaseChecker
{
    /**
     * Case paths that hold secrets in a case the server built itself (check()). A form's secret
     * fields come from the rules (`domainguard fields`: `"secret": true`), see FormMapping.
     */
    public const SECRET_PATHS = ['authinfo.code'];

    private const MAX_OUTPUT = 4 * 1024 * 1024;

    /** @var array<string, list<array<string, mixed>>> action => `domainguard fields ACTION` */
    private array $fieldLists = [];

    /** @var (\Closure(string, string, array<string, mixed>): void)|null */
    private readonly ?\Closure $logger;

    /**
     * @param string $binary absolute path of the `domainguard` program
     * @param float $timeout seconds for the whole run (start, input, output, exit)
     * @param callable(string $level, string $message, array<string, mixed> $context): void|null $logger
     *        PSR-3 style: `fn($level, $message, $context) => $psrLogger->log($level, $message, $context)`
     */
    public function __construct(
        private readonly string $binary,
        private readonly float $timeout = 5.0,
        ?callable $logger = null,
    ) {
        $this->logger = $logger === null ? null : \Closure::fromCallable($logger);
    }

    /**
     * Checks one case the server built (ServerCheck::checkPost(), PageDeleteGuard): its
     * `today`, `policy`, `locale` and facts are taken as given. Never throws. A posted case
     * goes through ServerCheck (a form) or checkJson() (JSON text), never straight here.
     *
     * @param array<string, mixed> $case
     */
    public function check(#[\SensitiveParameter] array $case): RecheckResult
    {
        try {
            $json = json_encode($case, JSON_THROW_ON_ERROR | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES);
        } catch (\JsonException) {
            return $this->fail('unencodable_case', null, '', []);
        }
        $code = $case['authinfo']['code'] ?? null;
        $code = is_string($code) ? self::rustTrim($code) : null;
        return $this->runChecked($json, self::secretsOf($case), $code === '' ? null : $code);
    }

    /**
     * Checks a case posted as JSON text (by a page that sends the case itself). The server's
     * fields replace whatever the text holds: `action` is $action, `today`, `locale`, `policy`
     * (and `now`) come from $server. Text that is not a JSON object goes to the program as it
     * is, which refuses it as invalid input. Facts are not checked here: use ServerCheck for
     * a form post.
     */
    public function checkJson(#[\SensitiveParameter] string $json, string $action, ServerContext $server): RecheckResult
    {
        try {
            $decoded = json_decode($json, true, 64, JSON_THROW_ON_ERROR);
        } catch (\JsonException) {
            $decoded = null;
        }
        if (!is_array($decoded) || array_is_list($decoded) && $decoded !== []) {
            return $this->runChecked($json, []);
        }
        return $this->check($server->apply($decoded, $action));
    }

    /**
     * Checks a form post with the rules' form layer (`domainguard check --form MAPPING`): the
     * case is built from the posted values exactly as the browser's guard builds it, and each
     * finding and error names its `control` (the mapping's field key). Never throws.
     *
     * @param array<string, mixed> $form {action, today, locale, policy, constants, fixed, values} (FormMapping::formPost())
     * @param list<string> $secrets posted secret values, kept out of logs (FormMapping::secretValues())
     * @param string|null $authinfo the posted AuthInfo, for documents() (the holder's letter)
     */
    public function checkForm(string $mappingFile, #[\SensitiveParameter] array $form, array $secrets = [], #[\SensitiveParameter] ?string $authinfo = null): RecheckResult
    {
        try {
            $json = json_encode($form, JSON_THROW_ON_ERROR | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES);
        } catch (\JsonException) {
            return $this->fail('unencodable_case', null, '', []);
        }
        $authinfo = $authinfo === null ? null : self::rustTrim($authinfo);
        return $this->runChecked($json, $secrets, $authinfo === '' ? null : $authinfo, ['check', '--form', $mappingFile]);
    }

    /**
     * The case a form post gives (`domainguard case --form MAPPING --with-secrets`): the very
     * case the browser's guard builds from the same post (wasm `caseFromForm`). Input errors
     * (each naming its `control`) and failures come back as a refusing RecheckResult.
     *
     * @param array<string, mixed> $form as for checkForm()
     * @param list<string> $secrets posted secret values, kept out of logs
     * @return array<string, mixed>|RecheckResult
     */
    public function caseFromForm(string $mappingFile, #[\SensitiveParameter] array $form, array $secrets = []): array|RecheckResult
    {
        try {
            $json = json_encode($form, JSON_THROW_ON_ERROR | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES);
        } catch (\JsonException) {
            return $this->fail('unencodable_case', null, '', []);
        }
        if ($this->binary === '' || !is_file($this->binary) || !is_executable($this->binary)) {
            return $this->fail('binary_missing', null, '', $secrets);
        }
        $run = $this->run($json, ['case', '--form', $mappingFile, '--with-secrets']);
        if ($run['failure'] !== null) {
            return $this->fail($run['failure'], $run['exit'], $run['stderr'], $secrets);
        }
        if ($run['exit'] === 0) {
            try {
                $case = json_decode($run['stdout'], true, 64, JSON_THROW_ON_ERROR);
            } catch (\JsonException) {
                $case = null;
            }
            return is_array($case) && !array_is_list($case) ? $case : $this->fail('bad_output', 0, $run['stderr'], $secrets);
        }
        $result = RecheckResult::fromOutput((int)$run['exit'], $run['stdout'], $secrets);
        if ($run['exit'] !== 2 || $result->outcome() !== RecheckResult::INVALID) {
            return $this->fail($result->failure() ?? 'exit_status', $run['exit'], $run['stderr'], $secrets);
        }
        $this->log('notice', 'domainguard re-check: {outcome}', [
            'outcome' => $result->outcome(),
            'codes' => $result->blockingCodes(),
            'fields' => array_values(array_unique(array_filter(array_map(static fn(array $f): ?string => $f['field'], $result->blocking())))),
            'exit_code' => $run['exit'],
        ]);
        return $result;
    }

    /**
     * The case fields an action reads (`domainguard fields ACTION`): path, type, required,
     * kind, and `secret: true` on secret fields. null when the program cannot answer (logged).
     *
     * @return list<array<string, mixed>>|null
     */
    public function fields(string $action): ?array
    {
        if (isset($this->fieldLists[$action])) {
            return $this->fieldLists[$action];
        }
        if ($this->binary === '' || !is_file($this->binary) || !is_executable($this->binary)) {
            $this->log('error', 'domainguard fields failed ({reason})', ['reason' => 'binary_missing']);
            return null;
        }
        $run = $this->run('', ['fields', $action]);
        $list = $run['failure'] === null && $run['exit'] === 0 ? json_decode($run['stdout'], true) : null;
        if (!is_array($list) || !array_is_list($list)) {
            $this->log('error', 'domainguard fields failed ({reason})', ['reason' => $run['failure'] ?? 'exit_status', 'exit_code' => $run['exit']]);
            return null;
        }
        return $this->fieldLists[$action] = $list;
    }

    /**
     * @param list<string> $secrets values to keep out of logs
     * @param string|null $authinfo the code documents() writes into the holder's letter
     * @param list<string> $args the program's arguments
     */
    private function runChecked(string $json, array $secrets, #[\SensitiveParameter] ?string $authinfo = null, array $args = ['check']): RecheckResult
    {
        if ($this->binary === '' || !is_file($this->binary) || !is_executable($this->binary)) {
            return $this->fail('binary_missing', null, '', $secrets);
        }
        $run = $this->run($json, $args);
        if ($run['failure'] !== null) {
            return $this->fail($run['failure'], $run['exit'], $run['stderr'], $secrets);
        }
        $result = RecheckResult::fromOutput((int)$run['exit'], $run['stdout'], $secrets, $authinfo);
        if ($result->outcome() === RecheckResult::FAILED) {
            return $this->fail((string)$result->failure(), $run['exit'], $run['stderr'], $secrets);
        }
        $this->log(
            $result->allowed() ? 'info' : 'notice',
            'domainguard re-check: {outcome}',
            [
                'outcome' => $result->outcome(),
                'codes' => $result->allowed() ? $result->codes() : $result->blockingCodes(),
                'fields' => array_values(array_unique(array_filter(array_map(static fn(array $f): ?string => $f['field'], $result->blocking())))),
                'exit_code' => $run['exit'],
            ],
        );
        return $result;
    }

    /**
     * The inventory report (`domainguard inventory`) of a list of domains: each row's next
     * action, deadline and message, most urgent first. Rows: `domain`, `registered`, `renewal`,
     * `holder`, `invoice_unpaid`, `intent` (keep|close|transfer). null when the program cannot
     * answer (logged).
     *
     * @param list<array<string, mixed>> $rows
     * @param string $policy a profile id (the server's)
     * @return array{today: string, rows: list<array<string, mixed>>}|null
     */
    public function inventory(array $rows, string $today, string $locale = 'de', string $policy = 'default'): ?array
    {
        if ($this->binary === '' || !is_file($this->binary) || !is_executable($this->binary)) {
            $this->log('error', 'domainguard inventory failed ({reason})', ['reason' => 'binary_missing']);
            return null;
        }
        $file = tempnam(sys_get_temp_dir(), 'domainguard-inventory-');
        if ($file === false) {
            return null;
        }
        $json = $file . '.json';
        try {
            if (!@rename($file, $json) || @file_put_contents($json, json_encode(array_values($rows), JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES)) === false) {
                return null;
            }
            $run = $this->run('', ['inventory', $json, '--today', $today, '--locale', FormMapping::normalizeLocale($locale), '--policy', $policy]);
        } finally {
            @unlink($json);
            @unlink($file);
        }
        $report = $run['failure'] === null && $run['exit'] === 0 ? json_decode($run['stdout'], true) : null;
        if (!is_array($report) || !is_array($report['rows'] ?? null)) {
            $this->log('error', 'domainguard inventory failed ({reason})', ['reason' => $run['failure'] ?? 'exit_status', 'exit_code' => $run['exit']]);
            return null;
        }
        return ['today' => (string)($report['today'] ?? $today), 'rows' => array_values(array_filter($report['rows'], 'is_array'))];
    }

    /** The program's path (for a settings page). */
    public function binary(): string
    {
        return $this->binary;
    }

    /**
     * @param array<string, mixed> $case
     * @return list<string>
     */
    public static function secretsOf(array $case): array
    {
        $secrets = [];
        foreach (self::SECRET_PATHS as $path) {
            $value = $case;
            foreach (explode('.', $path) as $segment) {
                $value = is_array($value) && array_key_exists($segment, $value) ? $value[$segment] : null;
            }
            if (is_string($value)) {
                $secrets = [...$secrets, ...self::secretForms($value)];
            }
        }
        return array_values(array_unique($secrets));
    }

    /**
     * A secret as it may appear in output or logs: as posted, trimmed like PHP, trimmed like
     * Rust (Unicode white space, e.g. U+0085), and each of these as it appears inside JSON text
     * (escaped, without the quotes). Empty for a blank value.
     *
     * @return list<string>
     */
    public static function secretForms(#[\SensitiveParameter] string $value): array
    {
        if (trim($value) === '') {
            return [];
        }
        $secrets = [];
        foreach ([$value, trim($value), self::rustTrim($value)] as $form) {
            $secrets[] = $form;
            $json = json_encode($form);
            if (is_string($json)) {
                $secrets[] = substr($json, 1, -1);
            }
        }
        return array_values(array_unique(array_filter($secrets, static fn(string $s): bool => $s !== '')));
    }

    /** Rust's str::trim(): Unicode White_Space (U+0085 and U+3000 too, not U+FEFF). */
    public static function rustTrim(string $text): string
    {
        $space = '[\x{9}-\x{D}\x{20}\x{85}\x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}]';
        return preg_replace('/^' . $space . '+|' . $space . '+$/u', '', $text) ?? trim($text);
    }

    /** @param list<string> $secrets */
    public static function redact(string $text, array $secrets): string
    {
        $secrets = array_filter($secrets, static fn(string $s): bool => $s !== '');
        usort($secrets, static fn(string $a, string $b): int => strlen($b) <=> strlen($a));
        return $secrets === [] ? $text : str_replace($secrets, '[redacted]', $text);
    }

    /**
     * @return array{exit: ?int, stdout: string, stderr: string, failure: ?string}
     */
    private function run(string $input, array $args = ['check']): array
    {
        $deadline = hrtime(true) + (int)(max(0.1, $this->timeout) * 1e9);
        $pipes = [];
        $process = @proc_open(
            [$this->binary, ...$args],
            [0 => ['pipe', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']],
            $pipes,
            null,
            ['PATH' => '/usr/local/bin:/usr/bin:/bin', 'LC_ALL' => 'C.UTF-8'],
        );
        if (!is_resource($process)) {
            return ['exit' => null, 'stdout' => '', 'stderr' => '', 'failure' => 'start_failed'];
        }
        foreach ($pipes as $pipe) {
            stream_set_blocking($pipe, false);
        }
        $out = [1 => '', 2 => ''];
        $written = 0;
        $stdinOpen = true;
        $failure = null;
        while (true) {
            $read = array_values(array_filter([$pipes[1] ?? null, $pipes[2] ?? null], 'is_resource'));
            $write = $stdinOpen ? [$pipes[0]] : [];
            if ($read === [] && $write === []) {
                break;
            }
            $left = $deadline - hrtime(true);
            if ($left <= 0) {
                $failure = 'timeout';
                break;
            }
            $except = null;
            $ready = @stream_select($read, $write, $except, intdiv($left, 1_000_000_000), intdiv($left % 1_000_000_000, 1000));
            if ($ready === false) {
                $failure = 'io_failed';
                break;
            }
            if ($write !== []) {
                $n = @fwrite($pipes[0], substr($input, $written, 65536));
                if ($n === false || $n === 0 && feof($pipes[0])) {
                    $stdinOpen = false; // the program stopped reading; its answer tells
                } else {
                    $written += $n;
                }
                if (!$stdinOpen || $written >= strlen($input)) {
                    fclose($pipes[0]);
                    unset($pipes[0]);
                    $stdinOpen = false;
                }
            }
            foreach ($read as $stream) {
                $index = $stream === ($pipes[1] ?? null) ? 1 : 2;
                $chunk = fread($stream, 65536);
                if ($chunk !== false && $chunk !== '') {
                    $out[$index] .= $chunk;
                    if (strlen($out[$index]) > self::MAX_OUTPUT) {
                        $failure = 'output_too_large';
                        break 2;
                    }
                } elseif (feof($stream)) {
                    fclose($stream);
                    unset($pipes[$index]);
                }
            }
        }
        $exit = null;
        if ($failure === null) {
            // the pipes are closed; wait for the exit status (reported once by proc_get_status)
            while (true) {
                $status = proc_get_status($process);
                if (!$status['running']) {
                    if ($status['signaled']) {
                        $failure = 'killed';
                    } else {
                        $exit = (int)$status['exitcode'];
                    }
                    break;
                }
                if (hrtime(true) >= $deadline) {
                    $failure = 'timeout';
                    break;
                }
                usleep(2000);
            }
        }
        if ($failure !== null) {
            @proc_terminate($process, 9);
        }
        foreach ($pipes as $pipe) {
            if (is_resource($pipe)) {
                fclose($pipe);
            }
        }
        proc_close($process);
        return ['exit' => $exit, 'stdout' => $out[1], 'stderr' => $out[2], 'failure' => $failure];
    }

    /** @param list<string> $secrets */
    private function fail(string $reason, ?int $exit, string $stderr, array $secrets): RecheckResult
    {
        $this->log('error', 'domainguard re-check failed ({reason}); the action is refused', [
            'reason' => $reason,
            'exit_code' => $exit,
            'binary' => $this->binary,
            'stderr' => mb_substr(self::redact(trim($stderr), $secrets), 0, 500),
        ]);
        return RecheckResult::failed($reason, $exit);
    }

    /** @param array<string, mixed> $context */
    private function log(string $level, string $message, array $context): void
    {
        if ($this->logger === null) {
            return;
        }
        try {
            ($this->logger)($level, $message, $context);
        } catch (\Throwable) {
            // a broken logger must not turn a refusal into an exception the caller may not expect
        }
    }
}
