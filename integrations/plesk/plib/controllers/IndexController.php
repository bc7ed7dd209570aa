<?php

declare(strict_types=1);

use DomainGuard\FormMapping;
use DomainGuard\PostCheck;
use DomainGuard\PostFlow;
use DomainGuard\RecheckResult;
use DomainGuard\ServerCheck;

/**
 * The extension's pages: the overview ("Open" in the extension list: the domains with their
 * next deadlines, the domains whose hosting was removed while the registration runs on, a
 * settings link), the close and transfer pages of a domain (reached from the domain's buttons,
 * with dom_id), and the administrator's settings page.
 *
 * Whatever the browser did, a POST is re-checked here with the native `domainguard check`:
 * facts from Plesk and the registrar data (Modules_Domainguard_Facts), declarations from the
 * form, today/policy/locale from the settings (DomainGuard\ServerCheck). Allowed: a custom
 * action-log event (Modules_Domainguard_Approved), then a redirect (post/redirect/get, so a
 * reload never sends it twice). Refused: the form comes back with the server's findings.
 * The flow of a post (re-check, outcome, refused values, the form) is DomainGuard\PostFlow,
 * shared with TYPO3; this controller adds the page's domain and Plesk's answers.
 */
class IndexController extends pm_Controller_Action
{
    private Modules_Domainguard_Settings $settings;

    public function init()
    {
        parent::init();
        $this->settings = new Modules_Domainguard_Settings();
        $this->view->pageTitle = 'domainguard';
    }

    /** "Open" in the extension list: the overview. */
    public function indexAction()
    {
        $locale = $this->settings->locale();
        $t = Modules_Domainguard_Settings::messages($locale);
        $overview = new Modules_Domainguard_Overview($this->settings);
        $this->view->t = $t;
        $this->view->locale = $locale;
        $this->view->removals = $overview->removals();
        $this->view->domains = $overview->domains(pm_Session::getClient());
        $this->view->isAdmin = pm_Session::getClient()->isAdmin();
        $this->view->settingsUrl = pm_Context::getActionUrl('index', 'settings');
        $this->view->dismissUrl = pm_Context::getActionUrl('index', 'dismiss');
        $this->view->closeUrl = pm_Context::getActionUrl('index', 'close');
        $this->view->csrfToken = Modules_Domainguard_Csrf::token();
        $this->_helper->viewRenderer('overview');
    }

    /** The operator takes a domain off the removal list (closed, or kept on purpose). Administrators only. */
    public function dismissAction()
    {
        $t = Modules_Domainguard_Settings::messages($this->settings->locale());
        if (!$this->getRequest()->isPost() || !pm_Session::getClient()->isAdmin()) {
            throw new pm_Exception($t['accessDenied']);
        }
        (new Modules_Domainguard_Removals())->dismiss((string)$this->getRequest()->getPost('domain', ''));
        $this->_redirect(pm_Context::getActionUrl('index', 'index'), ['prependBase' => false, 'code' => 303]);
    }

    public function closeAction()
    {
        $this->guardedForm('close', 'close');
    }

    public function transferAction()
    {
        $this->guardedForm('transfer_out', 'transfer');
    }

    public function settingsAction()
    {
        $t = Modules_Domainguard_Settings::messages($this->settings->locale());
        if (!pm_Session::getClient()->isAdmin()) {
            throw new pm_Exception($t['accessDenied']);
        }
        $form = new pm_Form_Simple();
        $form->addElement('text', 'binary', ['label' => $t['settings.binary'], 'value' => $this->settings->binary(), 'required' => true]);
        $form->addElement('text', 'policy', ['label' => $t['settings.policy'], 'value' => $this->settings->policy(), 'required' => true]);
        $form->addElement('select', 'locale', ['label' => $t['settings.locale'], 'multiOptions' => ['auto' => 'auto', 'de' => 'de', 'en' => 'en'], 'value' => (string)pm_Settings::get('locale', 'auto')]);
        $form->addElement('text', 'timeout', ['label' => $t['settings.timeout'], 'value' => (string)$this->settings->timeout()]);
        $form->addElement('text', 'timezone', ['label' => $t['settings.timezone'], 'value' => $this->settings->timeZone()]);
        $form->addElement('text', 'registrarFacts', ['label' => $t['settings.registrarFacts'], 'value' => $this->settings->registrarFactsFile()]);
        $form->addControlButtons(['cancelLink' => pm_Context::getModulesListUrl()]);
        if ($this->getRequest()->isPost() && $form->isValid($this->getRequest()->getPost())) {
            foreach (['binary', 'policy', 'locale', 'timeout', 'timezone', 'registrarFacts'] as $name) {
                pm_Settings::set($name, trim((string)$form->getValue($name)));
            }
            $this->_status->addMessage('info', $t['settings.saved']);
            if (!is_executable($this->settings->binary())) {
                $this->_status->addMessage('warning', $t['settings.binaryMissing']);
            }
            $this->_helper->json(['redirect' => pm_Context::getActionUrl('index', 'settings')]);
            return;
        }
        $this->view->form = $form;
    }

    private function guardedForm(string $action, string $actionName): void
    {
        $locale = $this->settings->locale();
        $t = Modules_Domainguard_Settings::messages($locale);
        $domain = $this->domain($t);
        $mapping = $this->settings->mapping();
        $prefix = 'domainguard[' . $action . ']';
        $context = $this->settings->serverContext();
        $flow = new PostFlow($mapping);
        $posted = null;

        if ($this->getRequest()->isPost()) {
            if ($domain === null) {
                // Only the domain's own button (dom_id) checks the user's access: no domain, no post.
                throw new pm_Exception($t['accessDenied']);
            }
            $post = $this->getRequest()->getPost();
            $post = is_array($post) ? $post : [];
            // the page's domain: a post without it gets it, a post for another domain is refused
            $post = self::withDomain($post, $prefix, $domain);
            $checker = new ServerCheck($this->settings->recheck(), $mapping, new Modules_Domainguard_Facts($domain, $this->settings));
            $posted = $flow->handle($checker, $action, $post, $prefix, $context, static fn(PostCheck $checked): ?RecheckResult =>
                self::sameDomain($checked->case['domain']['name'] ?? null, $domain) ? null : RecheckResult::failed('domain_mismatch'));
            if ($posted->result->failure() !== 'domain_mismatch' && $posted->checked->unverified !== []) {
                pm_Log::info('domainguard: facts taken from the form, not known to the server: ' . implode(', ', $posted->checked->unverified));
            }
            if ($posted->allowed()) {
                (new Modules_Domainguard_Approved())->handle($action, $posted->checked->case, $posted->result, $domain);
                // post/redirect/get: the outcome as Plesk's status message, the page reloadable
                $this->_status->addMessage('info', self::approvedMessage($t, $action, $posted->result->deadlineList(), $locale));
                $this->_redirect(pm_Context::getActionUrl('index', 'index'), ['prependBase' => false, 'code' => 303]);
                return;
            }
            $this->getResponse()->setHttpResponseCode(422);
        }

        $query = $domain !== null ? '?dom_id=' . rawurlencode((string)$domain->getId()) : '';
        $outcome = $posted?->outcome;
        if ($outcome !== null && $posted->result->failure() === 'domain_mismatch') {
            $outcome['failureMessage'] = $t['outcome.domainMismatch'];
        }
        $this->view->t = $t;
        $this->view->locale = $locale;
        $this->view->dateFormat = $locale === 'en' ? 'j F Y' : 'd.m.Y';
        $this->view->outcome = $outcome;
        $this->view->formAction = pm_Context::getActionUrl('index', $actionName) . $query;
        $this->view->form = $flow->form($action, $prefix, $context, $posted, $domain !== null ? $this->prefill($mapping, $action, $domain) : [], [
            'moduleUrl' => pm_Context::getBaseUrl() . 'domainguard/panel.js',
        ]);
        $this->view->csrfToken = Modules_Domainguard_Csrf::token();
        $this->view->overviewUrl = pm_Context::getActionUrl('index', 'index');
        $this->_helper->viewRenderer('form');
    }

    /** The domain of the page (dom_id from the domain's button), with the user's access checked. */
    private function domain(array $t): ?pm_Domain
    {
        $id = (int)$this->_getParam('dom_id', 0);
        if ($id <= 0) {
            return null;
        }
        if (!pm_Session::getClient()->hasAccessToDomain($id)) {
            throw new pm_Exception($t['accessDenied']);
        }
        return pm_Domain::getByDomainId($id);
    }

    /**
     * A fresh form starts with what the server knows: the domain, Plesk's facts (website,
     * mailboxes) and the registrar data. They are facts: a post that changes them is refused.
     *
     * @return array<string, string> field key => value
     */
    private function prefill(FormMapping $mapping, string $action, pm_Domain $domain): array
    {
        $prefill = ['domain' => $domain->getDisplayName()];
        try {
            $facts = (new Modules_Domainguard_Facts($domain, $this->settings))->facts($action, $domain->getName()) ?? [];
        } catch (\Throwable $e) {
            pm_Log::err('domainguard: facts unavailable for the form: ' . $e->getMessage());
            return $prefill;
        }
        foreach ($mapping->specs($action) as $path => $spec) {
            if (!array_key_exists($path, $facts) || $spec['secret']) {
                continue;
            }
            $value = $facts[$path];
            $prefill[$spec['field']] = is_bool($value) ? ($value ? '1' : '0')
                : (is_array($value) ? implode(', ', array_map('strval', array_filter($value, 'is_scalar'))) : (string)(is_scalar($value) ? $value : ''));
        }
        return $prefill;
    }

    /**
     * @param array<mixed> $post
     * @return array<mixed>
     */
    private static function withDomain(array $post, string $prefix, pm_Domain $domain): array
    {
        $segments = FormMapping::nameSegments($prefix);
        $container = FormMapping::lookup($post, $segments);
        if (is_array($container) && trim((string)(is_scalar($container['domain'] ?? null) ? $container['domain'] : '')) === '') {
            FormMapping::setPath($post, [...$segments, 'domain'], $domain->getName());
        }
        return $post;
    }

    /**
     * @param array<string, string> $t
     * @param list<array{key: string, date: string, label: string}> $deadlines the verdict's deadline_list
     */
    private static function approvedMessage(array $t, string $action, array $deadlines, string $locale): string
    {
        $parts = [];
        foreach ($deadlines as $d) {
            $day = \DateTimeImmutable::createFromFormat('!Y-m-d', $d['date']);
            $parts[] = $d['label'] . ': ' . ($day ? $day->format($locale === 'en' ? 'j F Y' : 'd.m.Y') : $d['date']);
        }
        return ($t['outcome.allowed'] ?? 'OK') . ($parts === [] ? '' : ' ' . implode('; ', $parts));
    }

    private static function sameDomain(mixed $posted, pm_Domain $domain): bool
    {
        if (!is_string($posted)) {
            return false;
        }
        $name = mb_strtolower(rtrim(trim($posted), '.'));
        return $name === mb_strtolower($domain->getName()) || $name === mb_strtolower($domain->getDisplayName());
    }
}
