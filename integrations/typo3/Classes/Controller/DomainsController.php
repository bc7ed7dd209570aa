<?php

declare(strict_types=1);

namespace DomainGuard\Typo3\Controller;

use DomainGuard\FormMapping;
use DomainGuard\PostFlow;
use DomainGuard\ServerCheck;
use DomainGuard\Typo3\Configuration\Settings;
use DomainGuard\Typo3\Event\DomainActionApprovedEvent;
use Psr\EventDispatcher\EventDispatcherInterface;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use TYPO3\CMS\Backend\Routing\UriBuilder;
use TYPO3\CMS\Backend\Template\ModuleTemplateFactory;
use TYPO3\CMS\Core\Authentication\BackendUserAuthentication;
use TYPO3\CMS\Core\Http\RedirectResponse;
use TYPO3\CMS\Core\Page\PageRenderer;

/**
 * Site Management > Domains: the close and the transfer form.
 *
 * The forms carry FormEngine-style names (`data[tx_domainguard][close][domain]`) and are
 * guarded in the browser by @domainguard/domainguard/panel.js. Whatever the browser did, a
 * POST is re-checked here with the native `domainguard check` and acted on only when the
 * rules allow it (DomainActionApprovedEvent), then answered with a redirect (post/redirect/get:
 * a reload never sends an approved order twice); a blocked, unreadable or uncheckable case is
 * refused and the form comes back with the server's findings next to the fields. Facts come
 * from the server's FactSource (registrar data), never from the form (ServerCheck). The flow
 * of a post (re-check, outcome, refused values, the forms) is DomainGuard\PostFlow, shared with Plesk.
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
        private readonly ServerCheck $serverCheck,
        private readonly EventDispatcherInterface $eventDispatcher,
    ) {}

    /** Session key of the outcome shown after the redirect that follows an approved post. */
    private const SESSION_KEY = 'tx_domainguard_outcome';

    public function indexAction(ServerRequestInterface $request): ResponseInterface
    {
        $user = $this->backendUser();
        $locale = $this->settings->locale($user);
        $context = $this->settings->serverContext($locale);
        $flow = new PostFlow($this->mapping);
        $posted = null;
        $outcome = null;
        $active = 'close';
        $moduleUrl = (string)$this->uriBuilder->buildUriFromRoute('domainguard_domains');

        if ($request->getMethod() !== 'POST' && $user !== null) {
            // post/redirect/get: the outcome of an approved post, shown once after its redirect
            $stored = $user->getSessionData(self::SESSION_KEY);
            if (is_array($stored)) {
                $outcome = $stored;
                $active = is_string($stored['action'] ?? null) && $this->mapping->has($stored['action']) ? $stored['action'] : 'close';
                $user->setAndSaveSessionData(self::SESSION_KEY, null);
            }
        }

        if ($request->getMethod() === 'POST') {
            $body = $request->getParsedBody();
            $body = is_array($body) ? $body : [];
            $action = $this->mapping->postedAction($body, 'data[' . self::TABLE . ']');
            if ($action === null) {
                $outcome = ['state' => 'refused', 'action' => null, 'failure' => 'bad_request', 'failureMessage' => ''];
            } else {
                $active = $action;
                // facts from the server (registrar data), declarations from the form, today/policy/locale from the server
                $posted = $flow->handle($this->serverCheck, $action, $body, self::prefix($action), $context);
                $outcome = $posted->outcome + ['unverified' => $posted->checked->unverified];
                if ($posted->allowed()) {
                    $this->eventDispatcher->dispatch(new DomainActionApprovedEvent($action, $posted->checked->case, $posted->result));
                    if ($user !== null) {
                        // a reload of the page after this never sends the approved order again
                        $user->setAndSaveSessionData(self::SESSION_KEY, $outcome);
                        return new RedirectResponse($moduleUrl, 303);
                    }
                }
                // refused: back to the form with what was typed (never the AuthInfo) and the server's findings
            }
        }

        $forms = [];
        foreach ($this->mapping->actions() as $action) {
            $forms[$action] = $flow->form($action, self::prefix($action), $context, $posted, [], ['active' => $action === $active]);
        }

        $this->pageRenderer->loadJavaScriptModule('@domainguard/domainguard/panel.js');
        $view = $this->moduleTemplateFactory->create($request);
        $view->setTitle($this->settings->translate('LLL:EXT:domainguard/Resources/Private/Language/locallang_mod.xlf:mlang_tabs_tab', $locale));
        $view->assignMultiple([
            'forms' => $forms,
            'outcome' => $outcome,
            'formAction' => $moduleUrl,
            'locale' => $locale,
        ]);
        $response = $view->renderResponse('Domains/Index');
        return $outcome !== null && $outcome['state'] !== 'allowed' ? $response->withStatus(422) : $response;
    }

    private static function prefix(string $action): string
    {
        return sprintf('data[%s][%s]', self::TABLE, $action);
    }

    private function backendUser(): ?BackendUserAuthentication
    {
        $user = $GLOBALS['BE_USER'] ?? null;
        return $user instanceof BackendUserAuthentication ? $user : null;
    }
}
