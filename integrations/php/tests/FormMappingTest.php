<?php

declare(strict_types=1);

namespace DomainGuard\Tests;

use DomainGuard\FormMapping;
use DomainGuard\FormState;
use PHPUnit\Framework\TestCase;

/**
 * The explicit form <-> case mapping: the server builds from a POST exactly the case the
 * browser builds from the form (js/domainguard.js); tests/integrations/importmap.test.mjs
 * compares both on real posts from Chromium.
 */
final class FormMappingTest extends TestCase
{
    private const SERVER = ['today' => '2009-02-01', 'locale' => 'de', 'policy' => 'default'];

    private FormMapping $mapping;

    protected function setUp(): void
    {
        $this->mapping = FormMapping::default();
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

    /** The mapping's types are the CLI's: `domainguard fields ACTION` (same code as the wasm's fields()). */
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

    public function testFieldsMissingFromThePostAreLeftOut(): void
    {
        $post = Posts::close();
        unset($post['data']['tx_domainguard']['close']['term_received'], $post['data']['tx_domainguard']['close']['holder']);
        $case = $this->mapping->caseFromPost('close', $post, Posts::CLOSE, self::SERVER);
        self::assertSame(['from' => 'holder', 'to' => 'reseller'], $case['termination']);
        self::assertArrayNotHasKey('holder', $case);

        $empty = $this->mapping->caseFromPost('close', [], Posts::CLOSE, self::SERVER);
        self::assertSame(['action' => 'close', 'today' => '2009-02-01', 'locale' => 'de', 'policy' => 'default'], $empty);
        $weird = $this->mapping->caseFromPost('close', ['data' => 'x'], Posts::CLOSE, self::SERVER);
        self::assertSame($empty, $weird);
    }

    public function testTheServerDecidesActionTodayLocaleAndPolicy(): void
    {
        $case = $this->mapping->caseFromPost('close', Posts::close(), Posts::CLOSE, ['today' => '2010-01-01', 'locale' => 'en_GB', 'policy' => 'notice-30'], ['action' => 'transfer_out', 'today' => '2000-01-01']);
        self::assertSame(['close', '2010-01-01', 'en', 'notice-30'], [$case['action'], $case['today'], $case['locale'], $case['policy']]);

        foreach (['today', 'action', 'locale', 'policy.base'] as $path) {
            try {
                new FormMapping(['close' => [$path => ['field' => 'x', 'type' => 'string']]]);
                self::fail("a mapping for `$path` must be refused");
            } catch (\InvalidArgumentException $e) {
                self::assertStringContainsString('set by the server', $e->getMessage());
            }
        }
    }

    public function testBadMappingsAreRefused(): void
    {
        foreach ([
            ['close' => ['domain.name' => ['field' => 'domain', 'type' => 'text']]],
            ['close' => ['domain.name' => ['field' => 'dom[ain]', 'type' => 'string']]],
            ['close' => ['' => ['field' => 'domain', 'type' => 'string']]],
        ] as $bad) {
            try {
                new FormMapping($bad);
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

    public function testTargetPathPlacesMessagesLikeTheBrowser(): void
    {
        $paths = array_keys($this->mapping->specs('close'));
        self::assertSame('termination.to', FormState::targetPath('termination.to', $paths));
        self::assertSame('evk.signed_by', FormState::targetPath('evk', $paths), 'an object goes to its first field');
        self::assertSame('domain.status', FormState::targetPath('domain.status[1]', $paths), 'a list item goes to its list');
        self::assertNull(FormState::targetPath('authinfo.code', $paths));
        self::assertNull(FormState::targetPath(null, $paths));
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
