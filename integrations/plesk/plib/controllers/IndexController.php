<?php

declare(strict_types=1);

use DomainGuard\FormState;
use DomainGuard\RecheckResult;

/**
 * The close and transfer pages of a domain (reached from the domain's buttons, with dom_id),
 * and the administrator's settings page.
 *
 * Whatever the browser did, a POST is re-checked here with the native `domainguard check` and
 * passed on (Modules_Domainguard_Approved) only when the rules allow it; otherwise the form
 * comes back with the server's findings and nothing is done.
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

    public function indexAction()
    {
        $this->_forward('close');
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
        $form->addControlButtons(['cancelLink' => pm_Context::getModulesListUrl()]);
        if ($this->getRequest()->isPost() && $form->isValid($this->getRequest()->getPost())) {
            foreach (['binary', 'policy', 'locale', 'timeout', 'timezone'] as $name) {
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
        $server = ['today' => $this->settings->today(), 'locale' => $locale, 'policy' => $this->settings->policy()];
        $values = [];
        $result = null;
        $outcome = null;

        if ($this->getRequest()->isPost()) {
            if ($domain === null) {
                // Only the domain's own button (dom_id) checks the user's access: no domain, no post.
                throw new pm_Exception($t['accessDenied']);
            }
            $post = $this->getRequest()->getPost();
            $post = is_array($post) ? $post : [];
            $case = $mapping->caseFromPost($action, $post, $prefix, $server);
            if (!self::sameDomain($case['domain']['name'] ?? null, $domain)) {
                $result = RecheckResult::failed('domain_mismatch');
            } else {
                $result = $this->settings->recheck()->check($case);
            }
            $outcome = [
                'allowed' => $result->allowed(),
                'failure' => $result->failure() === 'domain_mismatch' ? $t['outcome.domainMismatch'] : $result->failureMessage($locale),
                'summary' => $result->summary(),
                'deadlines' => $result->deadlines(),
                'documents' => $result->displayDocuments(),
            ];
            if ($result->allowed()) {
                (new Modules_Domainguard_Approved())->handle($action, $case, $result, $domain);
                $result = null;
            } else {
                $values = $mapping->postedValues($action, $post, $prefix);
                $this->getResponse()->setHttpResponseCode(422);
            }
        }

        $query = $domain !== null ? '?dom_id=' . rawurlencode((string)$domain->getId()) : '';
        $this->view->t = $t;
        $this->view->locale = $locale;
        $this->view->dateFormat = $locale === 'en' ? 'j F Y' : 'd.m.Y';
        $this->view->outcome = $outcome;
        $this->view->formAction = pm_Context::getActionUrl('index', $actionName) . $query;
        $this->view->form = FormState::build($mapping, $action, $prefix, $values, $result, $domain !== null ? ['domain' => $domain->getDisplayName()] : [])
            + ['locale' => $locale, 'policy' => $server['policy'], 'today' => $server['today']];
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

    private static function sameDomain(mixed $posted, pm_Domain $domain): bool
    {
        if (!is_string($posted)) {
            return false;
        }
        $name = mb_strtolower(rtrim(trim($posted), '.'));
        return $name === mb_strtolower($domain->getName()) || $name === mb_strtolower($domain->getDisplayName());
    }
}
