<?php

declare(strict_types=1);

namespace DomainGuard\Tests;

use DomainGuard\FormMapping;
use DomainGuard\FormState;
use DomainGuard\Recheck;
use DomainGuard\RecheckResult;
use DomainGuard\ServerContext;
use DomainGuard\Typo3\Event\DomainActionApprovedEvent;
use PHPUnit\Framework\TestCase;

/**
 * The server re-check against the real `domainguard check` (target/release/domainguard), and
 * against stand-ins that misbehave: it allows only what the rules allow, and refuses
 * everything else.
 */
final class RecheckTest extends TestCase
{
    private const AUTHINFO = 'Ab3+Yx9kZm2Q';

    private RecordingLogger $log;

    protected function setUp(): void
    {
        $this->log = new RecordingLogger();
    }

    protected function tearDown(): void
    {
        Support::cleanUp();
    }

    private function recheck(?string $binary = null, float $timeout = 5.0): Recheck
    {
        return new Recheck($binary ?? Support::binary(), $timeout, $this->log);
    }

    /** A form post checked by the rules' form layer (`domainguard check --form`): findings name their control. */
    private function checkPost(FormMapping $mapping, string $action, array $post, string $prefix, array $server): RecheckResult
    {
        $form = $mapping->formPost($action, $post, $prefix, $server);
        $code = $form['values']['authinfo'] ?? null;
        return $this->recheck()->checkForm($mapping->file(), $form, $mapping->secretValues($action, $form), is_string($code) ? $code : null);
    }

    /** @return array<string, mixed> */
    private static function server(string $locale = 'de'): array
    {
        return ['today' => '2009-02-01', 'locale' => $locale, 'policy' => 'default'];
    }

    public function testSeed004OnTimeIsAllowedWithItsDeadlinesAndNotice(): void
    {
        $result = $this->recheck()->check(Support::example('seed-004-close.json'));

        self::assertTrue($result->allowed());
        self::assertSame(RecheckResult::ALLOWED, $result->outcome());
        self::assertSame(0, $result->exitCode());
        self::assertSame([], $result->blocking());
        self::assertSame(
            ['renewal' => '2009-04-04', 'notice_deadline' => '2009-03-14', 'close_date' => '2009-04-03', 'undo_until' => '2009-04-01', 'rgp_until' => '2009-05-03'],
            $result->deadlines(),
        );
        self::assertSame(
            'Bitte schließen Sie die Domain beispiel.de, zum 03.04.2009, die EVK des Kunden, Herr / Frau Max Mustermann liegt uns vor',
            $result->documents()['registrar_notice'],
        );
        self::assertContains('CLOSE_SCHEDULED', $result->codes());
        self::assertSame(['info'], $this->log->levels());
    }

    public function testTheSeed004FormPostIsAllowed(): void
    {
        $mapping = Support::mapping();
        $case = $mapping->caseFromPost('close', Posts::close(), Posts::CLOSE, self::server());
        $result = $this->recheck()->check($case);

        self::assertTrue($result->allowed(), json_encode($result, JSON_UNESCAPED_UNICODE));
        self::assertSame('2009-03-14', $result->deadlines()['notice_deadline']);
    }

    /**
     * A tampered browser (guard removed, request edited, no JavaScript) posts a termination that
     * was sent to the registrar: the server refuses it, names the finding and the field.
     */
    public function testATamperedPostWithTheTerminationSentToTheRegistrarIsRefused(): void
    {
        $mapping = Support::mapping();
        $post = Posts::close(['term_to' => 'registrar']);
        // a tampered request also tries to choose the day, the policy and the action itself
        $post['data']['tx_domainguard']['close'] += ['today' => '2009-01-01', 'policy' => 'lenient', 'action' => 'readiness'];
        $case = $mapping->caseFromPost('close', $post, Posts::CLOSE, self::server());
        self::assertSame(['close', '2009-02-01', 'default'], [$case['action'], $case['today'], $case['policy']]);
        self::assertSame('registrar', $case['termination']['to']);

        $result = $this->recheck()->check($case);

        self::assertFalse($result->allowed());
        self::assertSame(RecheckResult::BLOCKED, $result->outcome());
        self::assertSame(1, $result->exitCode());
        self::assertSame(['TERMINATION_SENT_TO_REGISTRAR'], $result->blockingCodes());
        $messages = $result->messagesByField()['termination.to'];
        self::assertSame('block', $messages[0]['severity']);
        self::assertStringContainsString('Registrar', $messages[0]['message']);
        self::assertSame([], $result->documents(), 'no documents for a refused case');

        self::assertSame(['notice'], $this->log->levels());
        self::assertSame(['TERMINATION_SENT_TO_REGISTRAR'], $this->log->entries[0]['context']['codes']);

        // checked as a form post, the rules name the control; the form comes back with the
        // message next to the select and the typed values
        $placed = $this->checkPost($mapping, 'close', $post, Posts::CLOSE, self::server());
        self::assertSame(['TERMINATION_SENT_TO_REGISTRAR'], $placed->blockingCodes());
        self::assertSame('term_to', $placed->summary()[0]['control']);
        $state = FormState::build($mapping, 'close', Posts::CLOSE, $mapping->postedValues('close', $post, Posts::CLOSE), $placed);
        self::assertTrue($state['fields']['term_to']['invalid']);
        self::assertSame('TERMINATION_SENT_TO_REGISTRAR', $state['fields']['term_to']['messages'][0]['code']);
        self::assertSame('registrar', $state['fields']['term_to']['value']);
        self::assertSame(['CLOSE_SCHEDULED', 'CLOSE_RGP'], array_column($state['general'], 'code'), 'only what belongs to no field is general');
        self::assertSame([null, null], array_column($state['general'], 'field'));
    }

    public function testEnglishFindingsWhenTheServerSaysEnglish(): void
    {
        $case = Support::mapping()->caseFromPost('close', Posts::close(['term_to' => 'registrar']), Posts::CLOSE, self::server('en'));
        $result = $this->recheck()->check($case);
        self::assertFalse($result->allowed());
        self::assertStringContainsString('registrar', $result->messagesByField()['termination.to'][0]['message']);
        self::assertStringNotContainsString('Kündigung', $result->messagesByField()['termination.to'][0]['message']);
    }

    public function testGarbageIsRefusedAsInvalidInput(): void
    {
        $recheck = $this->recheck();
        foreach (['not json at all', '{"action": "close", "today": "2009-02-01"', '[]', '""', "\0\xff"] as $garbage) {
            $result = $recheck->checkJson($garbage, 'close', new ServerContext('2009-02-01'));
            self::assertFalse($result->allowed(), $garbage);
            self::assertSame(RecheckResult::INVALID, $result->outcome(), $garbage);
            self::assertSame(2, $result->exitCode());
            self::assertNotSame([], $result->errors());
        }

        $result = $recheck->check(['action' => 'close', 'today' => '2009-02-30', 'domain' => ['name' => 'beispiel.de', 'registered' => 'gestern']]);
        self::assertSame(RecheckResult::INVALID, $result->outcome());
        $fields = array_column($result->errors(), 'field');
        self::assertContains('today', $fields);
        self::assertContains('domain.registered', $fields);
        self::assertArrayHasKey('today', $result->messagesByField());

        // a form post full of nonsense is refused too, with the fields named
        $post = Posts::close(['registered' => '30.02.2009', 'mailboxes' => 'viele', 'evk_ack' => 'vielleicht']);
        $result = $recheck->check(Support::mapping()->caseFromPost('close', $post, Posts::CLOSE, self::server()));
        self::assertFalse($result->allowed());
        self::assertEqualsCanonicalizing(
            ['domain.registered', 'services.mailboxes', 'evk.acknowledges_availability'],
            array_column($result->errors(), 'field'),
        );
    }

    public function testUnencodableCaseIsRefused(): void
    {
        $result = $this->recheck()->check(['action' => 'close', 'holder' => ['name' => "\xB1\x31"]]);
        self::assertSame(RecheckResult::FAILED, $result->outcome());
        self::assertSame('unencodable_case', $result->failure());
    }

    public function testAMissingBinaryRefuses(): void
    {
        $notExecutable = tempnam(sys_get_temp_dir(), 'dg-plain-');
        try {
            foreach (['/nonexistent/domainguard', '', sys_get_temp_dir(), $notExecutable] as $binary) {
                $result = $this->recheck($binary)->check(Support::example('seed-004-close.json'));
                self::assertFalse($result->allowed(), $binary);
                self::assertSame(RecheckResult::FAILED, $result->outcome());
                self::assertSame('binary_missing', $result->failure());
            }
        } finally {
            unlink($notExecutable);
        }
        self::assertSame(['error', 'error', 'error', 'error'], $this->log->levels());
        self::assertStringContainsString('Programm domainguard wurde auf dem Server nicht gefunden', $result->failureMessage('de'));
        self::assertStringContainsString('program was not found', $result->failureMessage('en'));
    }

    /**
     * A program that exits 0 is not enough: its verdict must say allowed, without a block.
     *
     * @dataProvider misbehavingPrograms
     */
    public function testAProgramThatMisbehavesRefuses(string $script, string $reason): void
    {
        $result = $this->recheck(Support::fakeProgram($script), 1.0)->check(Support::example('seed-004-close.json'));
        self::assertFalse($result->allowed());
        self::assertSame(RecheckResult::FAILED, $result->outcome());
        self::assertSame($reason, $result->failure());
        self::assertSame(['error'], $this->log->levels());
    }

    /** @return array<string, array{0: string, 1: string}> */
    public static function misbehavingPrograms(): array
    {
        $allowed = '{"allowed":true,"findings":[],"deadlines":{},"documents":{}}';
        $blockWithoutBlock = '{"allowed":true,"findings":[{"code":"X","severity":"block","field":null,"message":"m","params":{}}],"deadlines":{},"documents":{}}';
        return [
            'exit 0, no output' => ['cat >/dev/null; exit 0', 'bad_output'],
            'exit 0, not JSON' => ["cat >/dev/null; echo 'OK'; exit 0", 'bad_output'],
            'exit 0, allowed but a block finding' => ["cat >/dev/null; echo '$blockWithoutBlock'; exit 0", 'inconsistent_output'],
            'exit 0, allowed false' => ["cat >/dev/null; echo '{\"allowed\":false,\"findings\":[]}'; exit 0", 'inconsistent_output'],
            'exit 1, but allowed true' => ["cat >/dev/null; echo '$allowed'; exit 1", 'inconsistent_output'],
            'exit 0, findings missing' => ["cat >/dev/null; echo '{\"allowed\":true}'; exit 0", 'bad_output'],
            'exit 0, a finding without severity' => ["cat >/dev/null; echo '{\"allowed\":true,\"findings\":[{\"code\":\"X\",\"message\":\"m\"}]}'; exit 0", 'bad_output'],
            'exit 2 without errors' => ["cat >/dev/null; echo '$allowed'; exit 2", 'bad_output'],
            'exit 3 (a crash)' => ["cat >/dev/null; echo '$allowed'; exit 3", 'exit_status'],
            'killed by a signal' => ['cat >/dev/null; kill -9 $$', 'killed'],
            'never answers' => ['sleep 30', 'timeout'],
            'reads nothing, writes nothing, hangs' => ['exec sleep 30 <&-', 'timeout'],
            'floods its output' => ['cat >/dev/null; head -c 6000000 /dev/zero | tr "\0" "x"; exit 0', 'output_too_large'],
        ];
    }

    public function testTheTimeoutIsKept(): void
    {
        $start = microtime(true);
        $result = $this->recheck(Support::fakeProgram('sleep 30'), 0.5)->check(Support::example('seed-004-close.json'));
        self::assertSame('timeout', $result->failure());
        self::assertLessThan(3.0, microtime(true) - $start);
    }

    public function testAValidVerdictFromAnyProgramIsRead(): void
    {
        // the parser itself, independent of the real rules
        $verdict = '{"allowed":false,"findings":[{"code":"EVK_MISSING","severity":"block","field":"evk","message":"Keine EVK","params":{}},{"code":"N","severity":"info","field":null,"message":"n","params":{}}],"deadlines":{"renewal":"2009-04-04"},"documents":{}}';
        $result = $this->recheck(Support::fakeProgram("cat >/dev/null; echo '$verdict'; exit 1"))->check(['action' => 'close']);
        self::assertSame(RecheckResult::BLOCKED, $result->outcome());
        self::assertSame(['EVK_MISSING'], $result->blockingCodes());
        self::assertSame(['EVK_MISSING', 'N'], $result->codes());
        self::assertSame(['renewal' => '2009-04-04'], $result->deadlines());
        self::assertSame(['block', 'info'], array_column($result->summary(), 'severity'));
    }

    public function testTheCaseGoesInOnStandardInputAndNoShellIsInvolved(): void
    {
        $copy = tempnam(sys_get_temp_dir(), 'dg-stdin-');
        $args = tempnam(sys_get_temp_dir(), 'dg-args-');
        try {
            $program = Support::fakeProgram(
                'cat > ' . escapeshellarg($copy) . '; printf "%s\n" "$@" > ' . escapeshellarg($args)
                . "; echo '{\"allowed\":true,\"findings\":[],\"deadlines\":{},\"documents\":{}}'",
            );
            $case = ['action' => 'close', 'holder' => ['name' => '$(touch /tmp/dg-pwned); `id`; Müller & Söhne']];
            $result = $this->recheck($program)->check($case);
            self::assertTrue($result->allowed());
            self::assertSame($case, json_decode((string)file_get_contents($copy), true));
            self::assertSame("check\n", file_get_contents($args));
            self::assertFileDoesNotExist('/tmp/dg-pwned');
        } finally {
            @unlink($copy);
            @unlink($args);
        }
    }

    /** The AuthInfo is a secret: in no log line, no finding, no dump of a result, no error. */
    public function testTheAuthInfoNeverReachesALogOrAnOutput(): void
    {
        $mapping = Support::mapping();
        $server = self::server();
        $dumps = [];

        // allowed transfer: the holder's letter contains the code (that is what it is for)
        $post = Posts::transfer(['authinfo' => self::AUTHINFO]);
        $case = $mapping->caseFromPost('transfer_out', $post, Posts::TRANSFER, $server);
        self::assertSame(self::AUTHINFO, $case['authinfo']['code']);
        $allowed = $this->recheck()->check($case);
        self::assertTrue($allowed->allowed(), json_encode($allowed, JSON_UNESCAPED_UNICODE));
        self::assertStringContainsString(self::AUTHINFO, $allowed->documents()['holder_letter'], 'documents() hands the letter out deliberately');
        self::assertStringNotContainsString(self::AUTHINFO, $allowed->displayDocuments()['holder_letter']);
        self::assertStringContainsString(RecheckResult::MASK, $allowed->displayDocuments()['holder_letter']);
        $dumps[] = $allowed;

        // a code in the wrong format is blocked, and its finding does not quote it
        $bad = 'Xy7$secretQO';
        $blocked = $this->checkPost($mapping, 'transfer_out', Posts::transfer(['authinfo' => $bad]), Posts::TRANSFER, $server);
        self::assertSame(['AUTHINFO_INVALID'], $blocked->blockingCodes());
        self::assertSame('authinfo', $blocked->summary()[0]['control']);
        $dumps[] = $blocked;

        // a program that echoes its input to its error output: the log masks the code
        $echo = $this->recheck(Support::fakeProgram('cat >&2; exit 3'))->check($case);
        self::assertSame('exit_status', $echo->failure());
        $dumps[] = $echo;
        $stderrLogged = end($this->log->entries)['context']['stderr'];
        self::assertStringContainsString('[redacted]', $stderrLogged);
        self::assertStringContainsString('beispiel.de', $stderrLogged);

        // garbage with the code inside
        $dumps[] = $this->recheck()->checkJson('{"action":"transfer_out","authinfo":{"code":"' . self::AUTHINFO . '"},"today":"x"}', 'transfer_out', new ServerContext('2009-02-01'));

        foreach ([self::AUTHINFO, $bad] as $secret) {
            self::assertStringNotContainsString($secret, $this->log->text());
            foreach ($dumps as $result) {
                self::assertStringNotContainsString($secret, json_encode($result, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES));
                self::assertStringNotContainsString($secret, print_r($result, true));
                self::assertStringNotContainsString($secret, var_export($result, true));
                self::assertStringNotContainsString($secret, serialize($result));
                ob_start();
                var_dump($result);
                self::assertStringNotContainsString($secret, (string)ob_get_clean());
                foreach ($result->summary() as $item) {
                    self::assertStringNotContainsString($secret, $item['message']);
                }
            }
        }

        // and never back into the page after a refusal
        $values = $mapping->postedValues('transfer_out', Posts::transfer(['authinfo' => $bad]), Posts::TRANSFER);
        self::assertArrayNotHasKey('authinfo', $values);
        $state = FormState::build($mapping, 'transfer_out', Posts::TRANSFER, $values, $blocked);
        self::assertSame('', $state['fields']['authinfo']['value']);
        self::assertStringNotContainsString($bad, json_encode($state, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES));
        self::assertTrue($state['fields']['authinfo']['invalid']);
    }

    /** Rust trims Unicode white space (U+0085 too): the code it puts into the letter is masked as well. */
    public function testAnAuthInfoWithUnicodeWhiteSpaceAroundItIsMaskedToo(): void
    {
        $mapping = Support::mapping();
        $code = self::AUTHINFO . "\u{85}";
        $case = $mapping->caseFromPost('transfer_out', Posts::transfer(['authinfo' => $code]), Posts::TRANSFER, self::server());
        self::assertSame($code, $case['authinfo']['code'], 'JS trim() keeps U+0085, so the form does too');
        self::assertContains(self::AUTHINFO, Recheck::secretsOf($case));
        self::assertContains(substr((string)json_encode($code), 1, -1), Recheck::secretsOf($case));
        $results = [$this->recheck()->check($case), $this->recheck(Support::fakeProgram('cat >&2; exit 3'))->check($case)];
        self::assertTrue($results[0]->allowed(), json_encode($results[0], JSON_UNESCAPED_UNICODE));
        self::assertStringContainsString('Passwort): ' . self::AUTHINFO . "\n", $results[0]->documents()['holder_letter'], 'written in trimmed, as `domainguard letter` does');
        foreach ($results as $result) {
            foreach ($result->displayDocuments() as $document) {
                self::assertStringNotContainsString(self::AUTHINFO, $document);
            }
            self::assertStringNotContainsString(self::AUTHINFO, json_encode($result, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES));
            self::assertStringNotContainsString(self::AUTHINFO, serialize($result));
            self::assertStringNotContainsString(self::AUTHINFO, print_r($result, true));
        }
        self::assertStringNotContainsString(self::AUTHINFO, $this->log->text());
    }

    /** The TYPO3 event hands the case out through case(); its dumps, JSON and serialized forms mask the code. */
    public function testTheApprovedEventMasksTheAuthInfo(): void
    {
        $case = Support::mapping()->caseFromPost('transfer_out', Posts::transfer(['authinfo' => self::AUTHINFO]), Posts::TRANSFER, self::server());
        $result = $this->recheck()->check($case);
        $event = new DomainActionApprovedEvent('transfer_out', $case, $result);
        self::assertSame($case, $event->case());
        self::assertFalse((new \ReflectionProperty($event, 'case'))->isPublic());
        self::assertStringNotContainsString(self::AUTHINFO, json_encode($event, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES));
        self::assertStringContainsString(RecheckResult::MASK, json_encode($event, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES));
        self::assertStringNotContainsString(self::AUTHINFO, serialize($event));
        self::assertStringNotContainsString(self::AUTHINFO, print_r($event, true));
        self::assertStringContainsString(RecheckResult::MASK, serialize($event));
        foreach ([[Recheck::class, 'check'], [DomainActionApprovedEvent::class, '__construct']] as [$class, $method]) {
            $parameter = array_values(array_filter((new \ReflectionMethod($class, $method))->getParameters(), static fn(\ReflectionParameter $p): bool => $p->getName() === 'case'))[0];
            self::assertNotEmpty($parameter->getAttributes(\SensitiveParameter::class), "$class::$method");
        }
    }

    public function testALoggerThatThrowsDoesNotTurnARefusalIntoAnError(): void
    {
        $recheck = new Recheck('/nonexistent/domainguard', 1.0, static function (): void {
            throw new \RuntimeException('log is full');
        });
        $result = $recheck->check(Support::example('seed-004-close.json'));
        self::assertSame('binary_missing', $result->failure());
    }
}
