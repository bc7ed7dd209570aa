<?php

declare(strict_types=1);

use DomainGuard\ArrayFactSource;
use DomainGuard\FactSource;

/**
 * The facts of a Plesk domain for the re-check (DomainGuard\FactSource):
 *
 * - from Plesk's API: the domain name, whether it has web hosting (`services.website`) and
 *   its number of mailboxes (`services.mailboxes`, XML-RPC `mail/get_info` for the site);
 * - from the registrar: the JSON file of the setting "Registrar data" (registration date,
 *   renewal, EPP status, last transfer, holder, AuthInfo creation), or your own
 *   own DomainGuard\FactSource (see the README).
 *
 * A post that contradicts a fact is refused; a fact nobody knows is taken from the form and
 * logged as unverified.
 */
class Modules_Domainguard_Facts implements FactSource
{
    public function __construct(
        private readonly pm_Domain $domain,
        private readonly ?Modules_Domainguard_Settings $settings = null,
    ) {}

    public function facts(string $action, string $domain): ?array
    {
        if (ArrayFactSource::key($domain) !== ArrayFactSource::key($this->domain->getName())
            && ArrayFactSource::key($domain) !== ArrayFactSource::key($this->domain->getDisplayName())) {
            return null; // not this page's domain: the controller refuses that post anyway
        }
        // an unreadable registrar file throws here, inside the re-check, which then refuses
        $facts = $this->settings?->registrarFacts()?->facts($action, $domain) ?? [];
        if ($action === 'close') {
            $facts['services.website'] = (bool)$this->domain->hasHosting();
            $mailboxes = self::mailboxes((int)$this->domain->getId());
            if ($mailboxes !== null) {
                $facts['services.mailboxes'] = $mailboxes;
            }
        }
        return $facts;
    }

    /** The number of mailboxes of a site, from Plesk's XML-RPC API; null when the API does not answer. */
    public static function mailboxes(int $siteId): ?int
    {
        $request = '<packet><mail><get_info><filter><site-id>' . $siteId . '</site-id></filter><mailbox/></get_info></mail></packet>';
        try {
            $response = pm_ApiRpc::getService()->call($request);
        } catch (\Throwable) {
            return null;
        }
        if (!$response instanceof \SimpleXMLElement) {
            return null;
        }
        $count = 0;
        foreach ($response->xpath('//mail/get_info/result') ?: [] as $result) {
            if ((string)$result->status !== 'ok') {
                return null;
            }
            if (isset($result->mailname) && (string)($result->mailname->mailbox->enabled ?? 'true') !== 'false') {
                $count++;
            }
        }
        return $count;
    }
}
