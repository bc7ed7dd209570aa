<?php

declare(strict_types=1);

namespace DomainGuard\Tests;

use DomainGuard\ArrayFactSource;
use DomainGuard\FormMapping;
use DomainGuard\Recheck;
use DomainGuard\RecheckResult;
use DomainGuard\ServerCheck;
use DomainGuard\ServerContext;
use PHPUnit\Framework\TestCase;

/**
 * Facts from the server, declarations from the form: posts tampered in the browser (a real
 * case blocked by TRANSFER_LOCKED, MAIL_BACKUP_MISSING or AUTHINFO_EXPIRED, edited to pass)
 * are refused by ServerCheck against the real `domainguard check`, and nothing posted sets
 * `today`, `policy`, `locale`, `action` or `now`.
 */
final class TamperedPostTest extends TestCase
{
    private const TODAY = '2009-02-01';

    /** The server's facts for beispiel.de and (the gTLD case of R-T8) beispiel.com. */
    private function serverCheck(array $facts): ServerCheck
    {
        return new ServerCheck(new Recheck(Support::binary(), 5.0), Support::mapping(), new ArrayFactSource(['beispiel.de' => $facts, 'beispiel.com' => $facts]));
    }

    private static function server(string $today = self::TODAY, string $locale = 'de'): ServerContext
    {
        return new ServerContext($today, $locale, 'default');
    }

    /** What the panel knows about beispiel.com: locked (clientTransferProhibited, R-T8), AuthInfo created today. */
    private const LOCKED = [
        'domain.registered' => '2005-04-04',
        'domain.status' => ['clientTransferProhibited'],
        'holder.name' => 'Max Mustermann',
        'authinfo.created' => '2009-02-01',
    ];

    /** Transfer-ready, but the AuthInfo was created long ago (expired). */
    private const OLD_AUTHINFO = [
        'domain.registered' => '2005-04-04',
        'domain.status' => [],
        'holder.name' => 'Max Mustermann',
        'authinfo.created' => '2008-10-01',
    ];

    /** The close: three mailboxes and a website on the panel. */
    private const MAILBOXES = [
        'domain.registered' => '2005-04-04',
        'holder.name' => 'Max Mustermann',
        'services.website' => true,
        'services.mailboxes' => 3,
    ];

    public function testTheUntamperedPostsAreCheckedWithTheServersFacts(): void
    {
        // the controls: the same posts with facts that allow them are allowed, so a refusal below is the facts' doing
        $free = $this->serverCheck(['domain.status' => [], 'authinfo.created' => '2009-02-01'] + self::LOCKED)
            ->checkPost('transfer_out', Posts::transfer(['domain' => 'beispiel.com']), Posts::TRANSFER, self::server());
        self::assertTrue($free->result->allowed(), json_encode($free->result, JSON_UNESCAPED_UNICODE));
        self::assertSame([], $free->unverified);

        $noMail = $this->serverCheck(['services.mailboxes' => 0] + self::MAILBOXES)
            ->checkPost('close', Posts::close(['website' => ['0', '1']]), Posts::CLOSE, self::server());
        self::assertTrue($noMail->result->allowed(), json_encode($noMail->result, JSON_UNESCAPED_UNICODE));

        // the truth, posted as it is, is blocked by the rules
        $locked = $this->serverCheck(self::LOCKED)->checkPost('transfer_out', Posts::transfer(['domain' => 'beispiel.com', 'status' => 'clientTransferProhibited']), Posts::TRANSFER, self::server());
        self::assertContains('TRANSFER_LOCKED', $locked->result->blockingCodes());
    }

    /** @return iterable<string, array{0: string, 1: array<string, mixed>, 2: array<string, mixed>, 3: string, 4: string}> */
    public static function tamperedPosts(): iterable
    {
        // name => action, facts, post, expected blocking code, field of the finding
        yield 'status= (locked domain, status emptied)' => ['transfer_out', self::LOCKED, Posts::transfer(['domain' => 'beispiel.com', 'status' => '']), 'TRANSFER_LOCKED', 'domain.status'];
        yield 'status=ok (locked domain, status replaced)' => ['transfer_out', self::LOCKED, Posts::transfer(['domain' => 'beispiel.com', 'status' => 'ok']), 'FACT_CONTRADICTED', 'domain.status'];
        yield 'mailboxes=0 (three mailboxes)' => ['close', self::MAILBOXES, Posts::close(['website' => ['0', '1'], 'mailboxes' => '0']), 'FACT_CONTRADICTED', 'services.mailboxes'];
        yield 'mailboxes= (three mailboxes, field emptied)' => ['close', self::MAILBOXES, Posts::close(['website' => ['0', '1'], 'mailboxes' => '']), 'MAIL_BACKUP_MISSING', 'services.mail_backup_confirmed'];
        yield 'authinfo_created=<today> (expired AuthInfo)' => ['transfer_out', self::OLD_AUTHINFO, Posts::transfer(['authinfo_created' => self::TODAY]), 'FACT_CONTRADICTED', 'authinfo.created'];
        yield 'authinfo_created= (expired AuthInfo, field emptied)' => ['transfer_out', self::OLD_AUTHINFO, Posts::transfer(['authinfo_created' => '']), 'AUTHINFO_EXPIRED', 'authinfo.created'];
    }

    /**
     * @dataProvider tamperedPosts
     * @param array<string, mixed> $facts
     * @param array<string, mixed> $post
     */
    public function testATamperedPostIsRefused(string $action, array $facts, array $post, string $code, string $field): void
    {
        $prefix = $action === 'close' ? Posts::CLOSE : Posts::TRANSFER;
        $checked = $this->serverCheck($facts)->checkPost($action, $post, $prefix, self::server());

        self::assertFalse($checked->result->allowed());
        self::assertContains($code, $checked->result->blockingCodes(), json_encode($checked->result, JSON_UNESCAPED_UNICODE));
        self::assertArrayHasKey($field, $checked->result->messagesByField());
        // the rules saw the server's facts, not the post's
        foreach ($facts as $path => $value) {
            self::assertSame($value, FormMapping::lookup($checked->case, explode('.', $path)), $path);
        }
    }

    public function testTheContradictionSaysWhatThePanelKnows(): void
    {
        $checked = $this->serverCheck(self::OLD_AUTHINFO)->checkPost('transfer_out', Posts::transfer(['authinfo_created' => '01.02.2009']), Posts::TRANSFER, self::server());
        self::assertSame(
            'Dieser Wert widerspricht den Daten des Panels (01.10.2008). Der Server prüft mit den Daten des Panels; laden Sie die Seite neu.',
            $checked->result->messagesByField()['authinfo.created'][0]['message'],
        );
        $checked = $this->serverCheck(self::MAILBOXES)->checkPost('close', Posts::close(['mailboxes' => '0']), Posts::CLOSE, self::server('2009-02-01', 'en'));
        self::assertSame(
            "This value contradicts the panel's own data (3). The server checks with the panel's data; reload the page.",
            $checked->result->messagesByField()['services.mailboxes'][0]['message'],
        );
        // the same value written differently is no contradiction
        $same = $this->serverCheck(self::LOCKED)->checkPost('transfer_out', Posts::transfer(['domain' => 'beispiel.com', 'registered' => '04.04.2005', 'status' => ' clientTransferProhibited ']), Posts::TRANSFER, self::server());
        self::assertNotContains('FACT_CONTRADICTED', $same->result->codes());
        self::assertContains('TRANSFER_LOCKED', $same->result->blockingCodes());
    }

    public function testFactsTheServerDoesNotKnowAreReportedAsUnverified(): void
    {
        $checked = (new ServerCheck(new Recheck(Support::binary(), 5.0), Support::mapping(), new ArrayFactSource()))
            ->checkPost('transfer_out', Posts::transfer(['status' => 'ok']), Posts::TRANSFER, self::server());
        self::assertSame(['domain.registered', 'domain.status', 'holder.name', 'authinfo.created'], $checked->unverified);
    }

    public function testNothingPostedSetsTheServersFields(): void
    {
        // a late close with a date before the notice deadline: blocked under the server's policy
        $late = Posts::close(['close_mode' => 'date', 'close_date' => '03.04.2009', 'website' => ['0', '1']]);
        $injections = [
            'today' => ['today' => '2009-02-01'],
            'policy' => ['policy' => ['notice_days' => '0']],
            'locale' => ['locale' => 'en'],
            'action' => ['action' => 'readiness'],
            'now' => ['now' => '2009-02-01T00:00'],
        ];
        foreach ($injections as $name => $extra) {
            // at the top of the body and inside the form's container
            $post = array_replace_recursive($late, $extra, ['data' => ['tx_domainguard' => ['close' => $extra]]]);
            $checked = $this->serverCheck(['services.mailboxes' => 0] + self::MAILBOXES)->checkPost('close', $post, Posts::CLOSE, self::server('2009-03-20'));
            self::assertSame(['CLOSE_DATE_TOO_SOON'], $checked->result->blockingCodes(), $name);
            self::assertSame(['action' => 'close', 'today' => '2009-03-20', 'locale' => 'de', 'policy' => 'default'], array_intersect_key($checked->case, ['action' => 1, 'today' => 1, 'locale' => 1, 'policy' => 1]), $name);
            self::assertArrayNotHasKey('now', $checked->case, $name);
        }
    }

    public function testCheckJsonTakesTodayPolicyLocaleAndActionFromTheServer(): void
    {
        $case = Support::example('seed-004-close.json');
        $case['close'] = ['mode' => 'date', 'date' => '2009-04-03'];
        $recheck = new Recheck(Support::binary(), 5.0);

        // the injection matters: with the posted policy and today the rules would allow it
        $injected = $case;
        $injected['today'] = '2009-03-20';
        $injected['policy'] = ['notice_days' => 0];
        self::assertTrue($recheck->check($injected)->allowed());

        foreach ([
            ['policy' => ['notice_days' => 0]],
            ['policy' => 'notice-0', 'today' => '2009-02-01'],
            ['action' => 'readiness', 'locale' => 'en'],
        ] as $override) {
            $json = json_encode(array_replace($injected, $override), JSON_THROW_ON_ERROR);
            $result = $recheck->checkJson($json, 'close', self::server('2009-03-20'));
            self::assertSame(['CLOSE_DATE_TOO_SOON'], $result->blockingCodes(), $json);
            self::assertStringNotContainsString('notice', $result->blocking()[0]['message'], 'German, the server\'s locale');
        }
    }
}
