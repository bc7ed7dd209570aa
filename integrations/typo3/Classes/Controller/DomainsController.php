<?php

declare(strict_types=1);

namespace DomainGuard\Typo3\Controller;

use DomainGuard\CaseChecker;
use DomainGuard\FormMapping;
use DomainGuard\FormState;
use DomainGuard\RecheckResult;
use DomainGuard\Typo3\Configuration\Settings;
use DomainGuard\Typo3\Event\DomainActionApprovedEvent;
use Psr\EventDispatcher\EventDispatcherInterface;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use TYPO3\CMS\Backend\Routing\UriBuilder;
use TYPO3\CMS\Backend\Template\ModuleTemplateFactory;
use TYPO3\CMS\Core\Authentication\BackendUserAuthentication;
use TYPO3\CMS\Core\Page\PageRenderer;

/**
 * Site Management > Domains: the close and the transfer form.
 *
 * The forms carry FormEngine-style names (`data[tx_domainguard][close][domain]`) and are
 * guarded in the browser by @domainguard/domainguard/panel.js. Whatever the browser did, a
 * POST is re-checked here with the native `domainguard check` and acted on only when the
 * rules allow it (DomainActionApprovedEvent); a blocked, unreadable or uncheckable case is
 * refused and the form comes back with the server's findings next to the fields.
 */
final class DomainsController
{
    /** Name prefix of a form: data[tx_domainguard][ACTION][field]. */
    private const TABLE = 'tx_domainguard';

    public function __construct(
        private readonly ModuleTemplateFactory $moduleTemplateFactory,
        private readonly PageRenderer $pageRenderer,
        private readonly UriBuilder $uriBuilder,
        private readonly Settings $settings,
        private readonly FormMapping $mapping,
        private readonly CaseChecker $checker,
        private readonly EventDispatcherInterface $eventDispatcher,
    ) {}

    public function indexAction(ServerRequestInterface $request): ResponseInterface
    {
        $locale = $this->settings->locale($this->backendUser());
        $server = ['today' => $this->settings->today(), 'locale' => $locale, 'policy' => $this->settings->policy()];
        $posted = [];
        $results = [];
        $outcome = null;
        $active = 'close';

        if ($request->getMethod() === 'POST') {
            $body = $request->getParsedBody();
            $body = is_array($body) ? $body : [];
            $action = $this->mapping->postedAction($body, 'data[' . self::TABLE . ']');
            if ($action === null) {
                $outcome = ['state' => 'refused', 'action' => null, 'failure' => 'bad_request', 'failureMessage' => ''];
            } else {
                $active = $action;
                $prefix = self::prefix($action);
                $case = $this->mapping->caseFromPost($action, $body, $prefix, $server);
                $result = $this->checker->check($case);
                $outcome = $this->outcome($action, $result, $locale);
                if ($result->allowed()) {
                    $this->eventDispatcher->dispatch(new DomainActionApprovedEvent($action, $case, $result));
                } else {
                    // back to the form: what was typed (never the AuthInfo) and the server's findings
                    $posted[$action] = $this->mapping->postedValues($action, $body, $prefix);
                    $results[$action] = $result;
                }
            }
        }

        $forms = [];
        foreach ($this->mapping->actions() as $action) {
            $forms[$action] = FormState::build($this->mapping, $action, self::prefix($action), $posted[$action] ?? [], $results[$action] ?? null)
                + ['locale' => $locale, 'policy' => $server['policy'], 'today' => $server['today'], 'active' => $action === $active];
        }

        $this->pageRenderer->loadJavaScriptModule('@domainguard/domainguard/panel.js');
        $view = $this->moduleTemplateFactory->create($request);
        $view->setTitle('Domains');
        $view->assignMultiple([
            'forms' => $forms,
            'outcome' => $outcome,
            'formAction' => (string)$this->uriBuilder->buildUriFromRoute('domainguard_domains'),
            'locale' => $locale,
        ]);
        $response = $view->renderResponse('Domains/Index');
        return $outcome !== null && $outcome['state'] !== 'allowed' ? $response->withStatus(422) : $response;
    }

    private static function prefix(string $action): string
    {
        return sprintf('data[%s][%s]', self::TABLE, $action);
    }

    /** @return array<string, mixed> what the template shows about the re-check */
    private function outcome(string $action, RecheckResult $result, string $locale): array
    {
        return [
            'state' => $result->allowed() ? 'allowed' : 'refused',
            'action' => $action,
            'result' => $result->outcome(),
            'failure' => $result->failure(),
            'failureMessage' => $result->failureMessage($locale),
            'codes' => $result->allowed() ? [] : $result->blockingCodes(),
            'summary' => $result->summary(),
            'deadlines' => $result->deadlines(),
            'dateFormat' => $locale === 'en' ? 'j F Y' : 'd.m.Y',
            // displayed with the AuthInfo masked; the real letter goes out via the event listener
            'documents' => $result->displayDocuments(),
        ];
    }

    private function backendUser(): ?BackendUserAuthentication
    {
        $user = $GLOBALS['BE_USER'] ?? null;
        return $user instanceof BackendUserAuthentication ? $user : null;
    }
}
