<?php

declare(strict_types=1);

namespace DomainGuard\Tests;

use DomainGuard\FormMapping;
use DomainGuard\ServerCheck;
use DomainGuard\Typo3\Configuration\Settings;
use DomainGuard\Typo3\Controller\DomainsController;
use DomainGuard\Typo3\Event\CollectDomainFactsEvent;
use DomainGuard\Typo3\Event\DomainActionApprovedEvent;
use DomainGuard\Typo3\Facts\Typo3FactSource;
use PHPUnit\Framework\TestCase;
use TYPO3\CMS\Backend\Routing\UriBuilder;
use TYPO3\CMS\Backend\Template\ModuleTemplateFactory;
use TYPO3\CMS\Core\Authentication\BackendUserAuthentication;
use TYPO3\CMS\Core\Configuration\ExtensionConfiguration;
use TYPO3\CMS\Core\Http\RedirectResponse;
use TYPO3\CMS\Core\Log\LogManager;
use TYPO3\CMS\Core\Page\PageRenderer;

require_once __DIR__ . '/Typo3Stubs.php';
require_once __DIR__ . '/PsrStubs.php';

/**
 * The Domains module's controller as TYPO3 calls it (indexAction(ServerRequestInterface)),
 * its collaborators stubbed from TYPO3 v13.4's signatures (Typo3Stubs.php), the real
 * domainguard program: facts from the registrar data, post/redirect/get.
 */
final class Typo3DomainsModuleTest extends TestCase
{
    private string $facts;
    private ModuleTemplateFactory $templates;
    private RecordingDispatcher $events;
    private BackendUserAuthentication $user;

    protected function setUp(): void
    {
        $this->facts = tempnam(sys_get_temp_dir(), 'dg-facts-');
        file_put_contents($this->facts, json_encode(['beispiel.de' => ['domain.registered' => '2005-04-04', 'holder.name' => 'Max Mustermann']]));
        $this->templates = new ModuleTemplateFactory();
        $this->user = new BackendUserAuthentication(['uid' => 3, 'lang' => 'de']);
        $GLOBALS['BE_USER'] = $this->user;
    }

    protected function tearDown(): void
    {
        @unlink($this->facts);
        unset($GLOBALS['BE_USER']);
    }

    /** @param list<callable> $factListeners */
    private function controller(string $today, array $factListeners = []): DomainsController
    {
        $settings = new Settings(new ExtensionConfiguration(['domainguard' => ['binary' => Support::binary(), 'registrarFacts' => $this->facts, 'locale' => 'de']]), new LogManager());
        $this->events = new RecordingDispatcher([CollectDomainFactsEvent::class => $factListeners]);
        $mapping = Support::mapping();
        $settings = $settings->withClock(new \DateTimeImmutable($today . 'T10:00:00+01:00'));
        return new DomainsController(
            $this->templates,
            new PageRenderer(),
            new UriBuilder(),
            $settings,
            $mapping,
            new ServerCheck($settings->createRecheck(), $mapping, new Typo3FactSource($settings, $this->events)),
            $this->events,
        );
    }

    public function testAnApprovedCloseRedirectsAndShowsItsOutcomeOnceAfterwards(): void
    {
        $controller = $this->controller('2009-02-01');
        $response = $controller->indexAction(new FakeRequest(Posts::close()));

        self::assertInstanceOf(RedirectResponse::class, $response);
        self::assertSame(303, $response->getStatusCode());
        self::assertSame('/typo3/module/domainguard/domains?token=c0ffee', $response->getHeaderLine('location'));
        $approved = array_values(array_filter($this->events->events, static fn(object $e): bool => $e instanceof DomainActionApprovedEvent));
        self::assertCount(1, $approved);
        self::assertSame('close', $approved[0]->action);

        // the redirect's GET shows the outcome, once
        $page = $controller->indexAction(new FakeRequest([], [], '/typo3/module/domainguard/domains', 'GET'));
        self::assertSame(200, $page->getStatusCode());
        $outcome = $this->templates->last->variables['outcome'];
        self::assertSame('allowed', $outcome['state']);
        // the rules' deadline list, labelled in the case's language, first the notice deadline
        self::assertSame(['key' => 'notice_deadline', 'date' => '2009-03-14', 'label' => 'Kündigung muss beim Registrar sein bis'], $outcome['deadlines'][0]);
        self::assertSame('Domains', $this->templates->last->title);
        $controller->indexAction(new FakeRequest([], [], '/typo3/module/domainguard/domains', 'GET'));
        self::assertNull($this->templates->last->variables['outcome'], 'a reload shows the plain form');
    }

    public function testAPostContradictingTheRegistrarDataIsRefused(): void
    {
        $controller = $this->controller('2009-02-01');
        $response = $controller->indexAction(new FakeRequest(Posts::close(['registered' => '2006-04-04'])));
        self::assertSame(422, $response->getStatusCode());
        self::assertSame(['FACT_CONTRADICTED'], $this->templates->last->variables['outcome']['codes']);
        self::assertSame([], array_filter($this->events->events, static fn(object $e): bool => $e instanceof DomainActionApprovedEvent));
    }

    public function testAListenerAddsTheRegistrarsFacts(): void
    {
        // a listener asks the registrar's API: the domain is locked against deletion
        $controller = $this->controller('2009-02-01', [static fn(CollectDomainFactsEvent $e) => $e->setFact('domain.status', ['clientDeleteProhibited'])]);
        $response = $controller->indexAction(new FakeRequest(Posts::close(['status' => 'ok'])));
        self::assertSame(422, $response->getStatusCode());
        self::assertSame('domain.status', $this->templates->last->variables['outcome']['summary'][0]['field']);
    }
}
