<?php

declare(strict_types=1);

namespace DomainGuard\Tests;

use DomainGuard\FormMapping;
use DomainGuard\FormState;
use DomainGuard\Recheck;
use DomainGuard\RecheckResult;
use PHPUnit\Framework\TestCase;

/**
 * The explicit form <-> case mapping: the server sends what was posted to the rules' form layer
 * (`domainguard case --form`), which builds exactly the case the browser's guard builds from the
 * form (wasm `caseFromForm`); tests/integrations/form-bytes.test.mjs compares both byte for
 * byte on a real post from Chromium. PHP coerces nothing: these tests pin what the rules make
 * of a FormEngine post.
 */
final class FormMappingTest extends TestCase
{
    private const SERVER = ['today' => '2009-02-01', 'locale' => 'de', 'policy' => 'default'];

    private FormMapping $mapping;

    protected function setUp(): void
    {
        $this->mapping = Support::mapping();
    }

    public function testTheUntouchedCloseFormGivesTheSeed004Case(): void
    {
        $case = $this->mapping->caseFromPost('close', Posts::close(), Posts::CLOSE, self::SERVER);
        self::assertSame(self::sorted(Posts::expectedCloseCase()), self::sorted($case));
    }

    public function testFieldNamesAreFormEngineNamesUnderThePrefix(): void
    {
        $names = $this->mapping->fieldNames('close', Posts::CLOSE);
        self::assertSame('data[tx_domainguard][close][domain]', $names['domain.name']);
        self::assertSame('data[tx_domainguard][close][term_to]', $names['termination.to']);
        self::assertSame('data[tx_domainguard][close][mail_backup]', $names['services.mail_backup_confirmed']);
        self::assertSame(['close', 'transfer_out'], $this->mapping->actions());
        self::assertSame(['authinfo.code'], $this->mapping->secretPaths('transfer_out'));
        self::assertSame([], $this->mapping->secretPaths('close'));
        self::assertSame(
            ['domain.name', 'domain.registered', 'domain.renewal', 'domain.status', 'domain.last_transfer', 'holder.name', 'authinfo.created'],
            $this->mapping->factPaths('transfer_out'),
        );
        self::assertSame(
            ['domain.name', 'domain.registered', 'domain.renewal', 'domain.status', 'holder.name', 'services.website', 'services.mailboxes'],
            $this->mapping->factPaths('close'),
        );
        self::assertSame(['data', 'tx_domainguard', 'close'], FormMapping::nameSegments(Posts::CLOSE));
    }

    /** Types, kinds and secrecy are the CLI's (`domainguard fields ACTION`), and every mapped path is a field of the rules. */
    public function testTheMappingTypesAreTheTypesOfTheRules(): void
    {
        foreach ($this->mapping->actions() as $action) {
            $out = [];
            exec(escapeshellarg(Support::binary()) . ' fields ' . escapeshellarg($action), $out, $status);
            self::assertSame(0, $status);
            $list = json_decode(implode("\n", $out), true, 16, JSON_THROW_ON_ERROR);
            $types = array_column($list, 'type', 'path');
            $kinds = array_column($list, 'kind', 'path');
            foreach ($this->mapping->specs($action) as $path => $spec) {
                self::assertArrayHasKey($path, $types, "$action: `$path` is not a field of the rules");
                self::assertSame($types[$path], $spec['type'], "$action: type of `$path`");
                self::assertSame($kinds[$path], $spec['kind'], "$action: kind of `$path`");
                self::assertSame($path === 'authinfo.code', $spec['secret'], "$action: secrecy of `$path`");
            }
        }
    }

    public function testCheckboxPairsFromFormEngine(): void
    {
        $case = $this->mapping->caseFromPost('close', Posts::close(['evk_ack' => ['0'], 'website' => ['0', '1'], 'mail_backup' => ['0', '1']]), Posts::CLOSE, self::SERVER);
        self::assertFalse($case['evk']['acknowledges_availability']);
        self::assertTrue($case['services']['website']);
        self::assertTrue($case['services']['mail_backup_confirmed']);
    }

    public function testValuesAreReadLikeTheBrowserReadsThem(): void
    {
        $post = Posts::close([
            'domain' => '  BEISPIEL.de ',
            'registered' => '4.4.2005',
            'holder' => "  Erika  Musterfrau\u{00A0}",
            'term_from' => ' holder ',
            'term_received' => '01.02.2009',
            'evk_text' => "Ich möchte kündigen.\r\nZeile zwei  ",
            'mailboxes' => '+3',
            'status' => ' clientTransferProhibited, serverHold;; clientDeleteProhibited ',
        ]);
        $case = $this->mapping->caseFromPost('close', $post, Posts::CLOSE, self::SERVER);
        self::assertSame('  BEISPIEL.de ', $case['domain']['name'], 'text as typed: the rules normalise names');
        self::assertSame('2005-04-04', $case['domain']['registered']);
        self::assertSame('2009-02-01', $case['termination']['received']);
        self::assertSame("  Erika  Musterfrau\u{00A0}", $case['holder']['name']);
        self::assertSame('holder', $case['termination']['from'], 'choices are trimmed');
        self::assertSame("Ich möchte kündigen.\nZeile zwei  ", $case['evk']['text'], 'CRLF from the form submission becomes LF');
        self::assertSame(3, $case['services']['mailboxes']);
        self::assertSame(['clientTransferProhibited', 'serverHold', 'clientDeleteProhibited'], $case['domain']['status']);

        $odd = $this->mapping->caseFromPost('close', Posts::close(['mailboxes' => 'drei', 'evk_ack' => 'vielleicht']), Posts::CLOSE, self::SERVER);
        self::assertSame('drei', $odd['services']['mailboxes'], 'a wrong type goes to the rules, which name the field');
        self::assertSame('vielleicht', $odd['evk']['acknowledges_availability']);
        foreach (['ja' => true, 'YES' => true, 'on' => true, 'nein' => false, 'off' => false] as $word => $bool) {
            self::assertSame($bool, $this->mapping->caseFromPost('close', Posts::close(['evk_ack' => $word]), Posts::CLOSE, self::SERVER)['evk']['acknowledges_availability'], $word);
        }
    }

    /** Dates are read as js/domainguard.js reads them (DAY_FIRST_DATE): d.m.yyyy or d-m-yyyy. */
    public function testDatesAreReadLikeTheBrowserReadsThem(): void
    {
        $cases = [
            '04.04.2005' => '2005-04-04',
            '4.4.2005' => '2005-04-04',
            '04-04-2005' => '2005-04-04',
            '4-4-2005' => '2005-04-04',
            '2005-04-04' => '2005-04-04',
            ' 1.2.2009 ' => '2009-02-01',
            '04.04-2005' => '04.04-2005',
            '04/04/2005' => '04/04/2005',
            '4.4.05' => '4.4.05',
        ];
        foreach ($cases as $typed => $read) {
            $case = $this->mapping->caseFromPost('close', Posts::close(['registered' => $typed]), Posts::CLOSE, self::SERVER);
            self::assertSame($read, $case['domain']['registered'], $typed);
        }
    }

    public function testAnObjectWhoseFieldsAreAllEmptyIsNull(): void
    {
        $post = Posts::close(['evk_by' => '', 'evk_date' => '', 'evk_text' => '   ', 'evk_ack' => ['0']]);
        $case = $this->mapping->caseFromPost('close', $post, Posts::CLOSE, self::SERVER);
        self::assertArrayHasKey('evk', $case);
        self::assertNull($case['evk'], 'no EVK at all');

        $post = Posts::close(['close_mode' => '', 'close_date' => '']);
        self::assertNull($this->mapping->caseFromPost('close', $post, Posts::CLOSE, self::SERVER)['close']);

        // constants fill in for an empty object
        $case = $this->mapping->caseFromPost('close', Posts::close(['evk_by' => '', 'evk_date' => '', 'evk_text' => '', 'evk_ack' => ['0']]), Posts::CLOSE, self::SERVER, ['evk' => ['signed_by' => 'holder']]);
        self::assertSame('holder', $case['evk']['signed_by']);
    }

    public function testFieldsMissingFromThePostAreEmpty(): void
    {
        $post = Posts::close();
        unset($post['data']['tx_domainguard']['close']['term_received'], $post['data']['tx_domainguard']['close']['holder']);
        $case = $this->mapping->caseFromPost('close', $post, Posts::CLOSE, self::SERVER);
        self::assertSame(['from' => 'holder', 'to' => 'reseller'], $case['termination']);
        self::assertArrayHasKey('holder', $case);
        self::assertNull($case['holder'], 'a control the post lacks reads as empty (as an unticked box): no holder at all');

        // nothing posted: unticked boxes are false, every object of empty fields is null
        $empty = $this->mapping->caseFromPost('close', [], Posts::CLOSE, self::SERVER);
        self::assertSame(
            ['action' => 'close', 'today' => '2009-02-01', 'locale' => 'de', 'policy' => 'default', 'evk' => null, 'services' => null,
             'domain' => null, 'holder' => null, 'termination' => null, 'close' => null],
            $empty,
        );
        $weird = $this->mapping->caseFromPost('close', ['data' => 'x'], Posts::CLOSE, self::SERVER);
        self::assertSame($empty, $weird);
    }

    public function testTheServerDecidesActionTodayLocaleAndPolicy(): void
    {
        $case = $this->mapping->caseFromPost('close', Posts::close(), Posts::CLOSE, ['today' => '2010-01-01', 'locale' => 'en_GB', 'policy' => 'notice-30'], ['action' => 'transfer_out', 'today' => '2000-01-01']);
        self::assertSame(['close', '2010-01-01', 'en', 'notice-30'], [$case['action'], $case['today'], $case['locale'], $case['policy']]);

        $rules = new Recheck(Support::binary());
        foreach (['today', 'action', 'locale', 'policy.base'] as $path) {
            try {
                new FormMapping(['close' => ['fields' => [$path => 'x']]], $rules);
                self::fail("a mapping for `$path` must be refused");
            } catch (\InvalidArgumentException $e) {
                self::assertStringContainsString('set by the server', $e->getMessage());
            }
        }
    }

    public function testBadMappingsAreRefused(): void
    {
        $rules = new Recheck(Support::binary());
        foreach ([
            ['close' => ['domain.name' => 'domain']],
            ['close' => ['fields' => ['domain.name' => ['field' => 'domain', 'type' => 'string']]]],
            ['close' => ['fields' => ['domain.name' => 'dom[ain]']]],
            ['close' => ['fields' => ['' => 'domain']]],
            ['close' => ['fields' => ['domain.name' => 'domain'], 'constants' => 'x']],
        ] as $bad) {
            try {
                new FormMapping($bad, $rules);
                self::fail('accepted ' . json_encode($bad));
            } catch (\InvalidArgumentException) {
                self::assertTrue(true);
            }
        }
        $this->expectException(\InvalidArgumentException::class);
        $this->mapping->specs('cms_delete');
    }

    public function testPostedActionIsTheOneFormInThePost(): void
    {
        self::assertSame('close', $this->mapping->postedAction(Posts::close(), 'data[tx_domainguard]'));
        self::assertSame('transfer_out', $this->mapping->postedAction(Posts::transfer(), 'data[tx_domainguard]'));
        $both = array_replace_recursive(Posts::close(), Posts::transfer());
        self::assertNull($this->mapping->postedAction($both, 'data[tx_domainguard]'), 'two forms at once');
        self::assertNull($this->mapping->postedAction(['data' => ['tx_domainguard' => ['cms_delete' => ['x' => '1']]]], 'data[tx_domainguard]'));
        self::assertNull($this->mapping->postedAction(['data' => ['tx_domainguard' => ['close' => 'x']]], 'data[tx_domainguard]'));
        self::assertNull($this->mapping->postedAction([], 'data[tx_domainguard]'));
    }

    public function testToday(): void
    {
        $late = new \DateTimeImmutable('2009-01-31 23:30:00', new \DateTimeZone('UTC'));
        self::assertSame('2009-02-01', FormMapping::today('Europe/Berlin', $late));
        self::assertSame('2009-01-31', FormMapping::today('UTC', $late));
        self::assertSame('de', FormMapping::normalizeLocale('fr'));
        self::assertSame('en', FormMapping::normalizeLocale('en-US'));
        self::assertSame('de', FormMapping::normalizeLocale(null));
    }

    public function testFormStateForAFreshForm(): void
    {
        $state = FormState::build($this->mapping, 'close', Posts::CLOSE, [], null, ['domain' => 'beispiel.de']);
        self::assertSame('beispiel.de', $state['fields']['domain']['value']);
        self::assertSame('data_tx_domainguard_close_domain', $state['fields']['domain']['id']);
        self::assertSame('reseller', $state['fields']['term_to']['value']);
        self::assertSame(['reseller', 'registrar'], array_column($state['fields']['term_to']['options'], 'value'));
        self::assertSame([true, false], array_column($state['fields']['term_to']['options'], 'selected'));
        self::assertSame('none', $state['fields']['evk_by']['options'][0]['label']);
        self::assertFalse($state['fields']['evk_ack']['checked']);
        self::assertSame($this->mapping->fieldNames('close', Posts::CLOSE), json_decode($state['mappingJson'], true));
        self::assertSame([], $state['general']);
    }

    /** A nested array or object posted where a text belongs: refused, naming the control, never dropped. */
    public function testANestedValueIsInvalidTypeNamingTheControl(): void
    {
        $post = Posts::close();
        $post['data']['tx_domainguard']['close']['holder'] = ['first' => 'Max', 'last' => 'Mustermann'];
        $result = $this->mapping->caseFromPost('close', $post, Posts::CLOSE, self::SERVER);
        self::assertInstanceOf(RecheckResult::class, $result);
        self::assertSame(RecheckResult::INVALID, $result->outcome());
        self::assertSame([['code' => 'INVALID_TYPE', 'field' => 'holder.name', 'control' => 'holder']], array_map(
            static fn(array $e): array => ['code' => $e['code'], 'field' => $e['field'], 'control' => $e['control']],
            $result->errors(),
        ));
        self::assertSame('`holder.name`: erwartet einen Text oder eine Liste von Texten, gefunden: ein Wert vom Typ object', $result->errors()[0]['message']);
        // the form shows it next to the holder's input
        $state = FormState::build($this->mapping, 'close', Posts::CLOSE, $this->mapping->postedValues('close', $post, Posts::CLOSE), $result);
        self::assertTrue($state['fields']['holder']['invalid']);
        self::assertSame('INVALID_TYPE', $state['fields']['holder']['messages'][0]['code']);
    }

    /** The rules place each message: an EVK-wide finding at the first EVK control, one without a field in the summary. */
    public function testTheRulesPlaceTheMessagesAtTheirControls(): void
    {
        $post = Posts::close(['evk_by' => '', 'evk_date' => '', 'evk_text' => '', 'evk_ack' => ['0']]);
        $form = $this->mapping->formPost('close', $post, Posts::CLOSE, self::SERVER);
        $result = (new Recheck(Support::binary()))->checkForm($this->mapping->file(), $form);
        $missing = array_values(array_filter($result->summary(), static fn(array $i): bool => $i['code'] === 'EVK_MISSING'));
        self::assertSame('evk', $missing[0]['field']);
        self::assertSame('evk_by', $missing[0]['control']);
        $state = FormState::build($this->mapping, 'close', Posts::CLOSE, $this->mapping->postedValues('close', $post, Posts::CLOSE), $result);
        self::assertSame(['EVK_MISSING'], array_column($state['fields']['evk_by']['messages'], 'code'));
        self::assertTrue($state['fields']['evk_by']['invalid']);
        // findings in the rules' order: blocks, then warnings, then information (PHP does not re-sort)
        $severities = array_column($result->summary(), 'severity');
        $rank = ['block' => 0, 'warn' => 1, 'info' => 2];
        $ranks = array_map(static fn(string $s): int => $rank[$s], $severities);
        $sortedRanks = $ranks;
        sort($sortedRanks);
        self::assertSame($sortedRanks, $ranks);
        self::assertNotSame([], array_filter($state['general'], static fn(array $i): bool => $i['control'] === null), 'e.g. the close date, for no field');
    }

    /** @param array<mixed> $a */
    private static function sorted(array $a): array
    {
        ksort($a);
        foreach ($a as &$v) {
            if (is_array($v)) {
                $v = self::sorted($v);
            }
        }
        return $a;
    }
}
