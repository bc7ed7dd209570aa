<?php

declare(strict_types=1);

namespace DomainGuard\Tests;

use PHPUnit\Framework\TestCase;

require_once __DIR__ . '/PleskStubs.php';

/**
 * The Plesk extension under PHPUnit, with Plesk's SDK stubbed from its documented signatures
 * (PleskStubs.php) and the real domainguard program: the removal list after Plesk removed a
 * website, the overview, the forms' server-side CSRF token, facts from Plesk's API, the
 * approved action as a custom action-log event, post/redirect/get.
 */
final class PleskTest extends TestCase
{
    private string $facts;

    protected function setUp(): void
    {
        \pm_Settings::$values = ['binary' => Support::binary(), 'locale' => 'de'];
        \pm_Log::$records = [];
        \pm_ActionLog::$submitted = [];
        \pm_ApiRpc::$answer = null;
        \pm_ApiRpc::$requests = [];
        \pm_Session::$client = new \pm_Client(true);
        \pm_Domain::$all = [7 => new \pm_Domain(7, 'beispiel.de'), 8 => new \pm_Domain(8, 'shop.de')];
        \Modules_Domainguard_Settings::$clock = static fn(): \DateTimeImmutable => new \DateTimeImmutable('2009-02-01T10:00:00+01:00');
        $this->facts = tempnam(sys_get_temp_dir(), 'dg-facts-');
        file_put_contents($this->facts, json_encode([
            'beispiel.de' => ['domain.registered' => '2005-04-04', 'domain.status' => [], 'holder.name' => 'Max Mustermann'],
            'shop.de' => ['domain.registered' => '2007-06-30', 'holder.name' => 'Erika Musterfrau'],
        ]));
        \pm_Settings::set('registrarFacts', $this->facts);
    }

    protected function tearDown(): void
    {
        @unlink($this->facts);
        \Modules_Domainguard_Settings::$clock = null;
        Support::cleanUp();
    }

    /** Renders a view script of the extension as Plesk's Zend_View does ($this is the view). */
    private static function render(object $view, string $script): string
    {
        $file = dirname(__DIR__, 2) . '/plesk/plib/views/scripts/index/' . $script . '.phtml';
        $render = \Closure::bind(function () use ($file): void {
            include $file;
        }, $view, $view::class);
        ob_start();
        $render();
        return (string)ob_get_clean();
    }

    private static function text(string $html): string
    {
        return trim((string)preg_replace('/\s+/u', ' ', html_entity_decode(strip_tags($html), ENT_QUOTES | ENT_HTML5, 'UTF-8')));
    }

    /** Plesk's XML-RPC answer to mail/get_info for a site with $n mailboxes. */
    private static function mailboxes(int $n): void
    {
        \pm_ApiRpc::$answer = static function (string $request) use ($n): \SimpleXMLElement {
            $results = '';
            for ($i = 1; $i <= $n; $i++) {
                $results .= "<result><status>ok</status><filter-id>7</filter-id><id>7</id><mailname><id>$i</id><name>box$i</name><mailbox><enabled>true</enabled></mailbox></mailname></result>";
            }
            return new \SimpleXMLElement("<packet><mail><get_info>$results</get_info></mail></packet>");
        };
    }

    /** The close form of beispiel.de as sent: its website (Plesk: hosting) ticked, as the page prefills it. */
    private static function closePost(array $override = []): array
    {
        $post = Posts::close($override + ['website' => ['0', '1']])['data']['tx_domainguard']['close'];
        return ['forgery_protection_token' => \pm_Session::$token, 'domainguard' => ['close' => $post]];
    }

    public function testRemovingAWebsiteListsTheDomainWithItsCloseByDate(): void
    {
        // Plesk calls the handler after its own removal (UI, plesk bin, API): the file returns the listener
        $listener = require dirname(__DIR__, 2) . '/plesk/plib/library/EventListener.php';
        self::assertSame(['phys_hosting_delete', 'domain_delete', 'site_delete'], $listener->filterActions());
        $listener->handleEvent('domain', 7, 'phys_hosting_delete', ['Domain Name' => 'beispiel.de'], []);
        $listener->handleEvent('domain', 9, 'site_delete', ['Domain Name' => 'weg.de'], []);
        $listener->handleEvent('domain', 7, 'domain_update', ['Domain Name' => 'shop.de'], []);

        $controller = new \IndexController();
        $controller->init();
        $controller->indexAction();
        self::assertSame('overview', $controller->rendered);
        $html = self::render($controller->view, 'overview');
        $text = self::text($html);

        self::assertStringContainsString('beispiel.de: Hosting entfernt, Registrierung läuft weiter: schließen bis 14.03.2009', $text);
        self::assertStringContainsString('weg.de: Hosting entfernt, Registrierung läuft weiter: Registrierungsdatum unbekannt, bitte beim Registrar prüfen', $text);
        self::assertStringNotContainsString('shop.de: Hosting entfernt', $text, 'an update is not a removal');
        self::assertStringContainsString('data-close-by="2009-03-14"', $html);
        self::assertSame('hosting_removed', \pm_ActionLog::$submitted[0]['event']);
        self::assertSame(['domain' => 'beispiel.de', 'event' => 'phys_hosting_delete'], \pm_ActionLog::$submitted[0]['new']);

        // the overview: every domain with its next deadline, and the settings link
        self::assertStringContainsString('shop.de', $text);
        self::assertMatchesRegularExpression('#<tr data-domain="beispiel.de">.*?<time datetime="2009-04-04">04.04.2009</time></td>\s*<td>Verlängerung am 04.04.2009 \(kündbar bis 14.03.2009\).</td>#s', $html);
        self::assertStringContainsString('href="/modules/domainguard/index.php/index/settings"', $html);

        // "done" takes it off the list (administrators, with the token)
        $dismiss = new \IndexController([], ['forgery_protection_token' => \pm_Session::$token, 'domain' => 'beispiel.de']);
        $dismiss->init();
        $dismiss->dismissAction();
        self::assertSame(303, $dismiss->redirectCode);
        self::assertSame(['weg.de'], array_keys((new \Modules_Domainguard_Removals())->all()));
    }

    public function testTheFormCarriesPlesksCsrfTokenFromTheServer(): void
    {
        $controller = new \IndexController(['dom_id' => '7']);
        $controller->init();
        $controller->closeAction();
        $html = self::render($controller->view, 'form');
        self::assertStringContainsString('<input type="hidden" name="forgery_protection_token" value="f0f0f0f0f0f0f0f0">', $html);
        self::assertMatchesRegularExpression('#<form action="/modules/domainguard/index.php/index/close\?dom_id=7" method="post"[^>]*data-domainguard-module-url="/modules/domainguard/domainguard/panel.js"#', $html);
        // a fresh form starts with the server's facts
        self::assertStringContainsString('name="domainguard[close][registered]" value="2005-04-04"', $html);
        self::assertStringContainsString('name="domainguard[close][holder]" value="Max Mustermann"', $html);
        self::assertMatchesRegularExpression('#<input type="checkbox" id="domainguard_close_website" name="domainguard\[close\]\[website\]" value="1" checked>#', $html);
        // every dismiss form of the overview too
        \pm_Settings::set('removals', json_encode(['beispiel.de' => ['domain' => 'beispiel.de', 'action' => 'domain_delete', 'removed_on' => '2009-02-01']]));
        $overview = new \IndexController();
        $overview->init();
        $overview->indexAction();
        self::assertStringContainsString('<input type="hidden" name="forgery_protection_token" value="f0f0f0f0f0f0f0f0">', self::render($overview->view, 'overview'));
    }

    public function testAnAllowedPostIsAnActionLogEventAndARedirect(): void
    {
        self::mailboxes(0);
        $controller = new \IndexController(['dom_id' => '7'], self::closePost());
        $controller->init();
        $controller->closeAction();

        self::assertSame('/modules/domainguard/index.php/index/index', $controller->redirectedTo, json_encode(\pm_Log::$records));
        self::assertSame(303, $controller->redirectCode);
        self::assertSame([['info', 'Auf dem Server geprüft und angenommen. Kündigung muss beim Registrar sein bis: 14.03.2009; Rückgängig machbar bis: 01.04.2009; Schließung zum: 03.04.2009; Nächste Verlängerung: 04.04.2009; Wiederherstellung (RGP) möglich bis: 03.05.2009']], $controller->_status->messages);
        self::assertSame('close_approved', \pm_ActionLog::$submitted[0]['event']);
        self::assertSame(7, \pm_ActionLog::$submitted[0]['objectId']);
        self::assertSame(['domain' => 'beispiel.de', 'action' => 'close', 'renewal' => '2009-04-04', 'notice_deadline' => '2009-03-14', 'close_date' => '2009-04-03', 'undo_until' => '2009-04-01', 'rgp_until' => '2009-05-03', 'close_mode' => 'expiry'], \pm_ActionLog::$submitted[0]['new']);
        self::assertStringContainsString('<site-id>7</site-id>', \pm_ApiRpc::$requests[0]);
    }

    public function testAPostThatHidesTheMailboxesIsRefused(): void
    {
        self::mailboxes(3); // Plesk knows three mailboxes on beispiel.de
        $controller = new \IndexController(['dom_id' => '7'], self::closePost(['mailboxes' => '0']));
        $controller->init();
        $controller->closeAction();

        self::assertNull($controller->redirectedTo);
        self::assertSame(422, $controller->getResponse()->code);
        self::assertSame([], \pm_ActionLog::$submitted);
        $text = self::text(self::render($controller->view, 'form'));
        self::assertStringContainsString('Dieser Wert widerspricht den Daten des Panels (3).', $text);

        // the field left empty: the server fills in its three mailboxes, the rules want the backup confirmed
        $empty = new \IndexController(['dom_id' => '7'], self::closePost(['mailboxes' => '']));
        $empty->init();
        $empty->closeAction();
        self::assertSame(422, $empty->getResponse()->code);
        self::assertStringContainsString('data-code="MAIL_BACKUP_MISSING"', self::render($empty->view, 'form'));
    }

    public function testThePostedRegistrationDateMustBeTheRegistrars(): void
    {
        self::mailboxes(0);
        $controller = new \IndexController(['dom_id' => '7'], self::closePost(['registered' => '2005-06-30']));
        $controller->init();
        $controller->closeAction();
        self::assertSame(422, $controller->getResponse()->code);
        self::assertStringContainsString('Dieser Wert widerspricht den Daten des Panels (04.04.2005).', self::text(self::render($controller->view, 'form')));
    }

    public function testAnUnreadableRegistrarFileRefuses(): void
    {
        self::mailboxes(0);
        \pm_Settings::set('registrarFacts', '/nonexistent/registrar.json');
        $controller = new \IndexController(['dom_id' => '7'], self::closePost());
        $controller->init();
        $controller->closeAction();
        self::assertSame(422, $controller->getResponse()->code);
        self::assertStringContainsString('die Daten des Panels zur Domain konnten nicht gelesen werden', self::text(self::render($controller->view, 'form')));
    }

    public function testTheActionLogEventsAreDeclared(): void
    {
        self::assertSame(
            ['close_approved', 'transfer_approved', 'hosting_removed'],
            array_keys((new \Modules_Domainguard_ActionLog())->getEvents()),
        );
    }
}
