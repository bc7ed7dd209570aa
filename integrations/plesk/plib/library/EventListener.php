<?php

declare(strict_types=1);

/**
 * Plesk's event handler for the extension: after a website's hosting, a subscription's
 * domain or an additional domain is removed — from the UI, `plesk bin`, the API — the domain
 * goes on the extension's list (Modules_Domainguard_Removals): removing hosting does not end
 * the registration, which keeps being billed until it is closed with the registrar.
 *
 * Plesk calls handleEvent() after the action; an extension cannot prevent or delay it.
 */
class Modules_Domainguard_EventListener implements EventListener
{
    /** Plesk events whose object had a registrable domain name. */
    public const ACTIONS = ['phys_hosting_delete', 'domain_delete', 'site_delete'];

    public function filterActions()
    {
        return self::ACTIONS;
    }

    public function handleEvent($objectType, $objectId, $action, $oldValues, $newValues)
    {
        if (!in_array($action, self::ACTIONS, true)) {
            return;
        }
        $name = is_array($oldValues) ? (string)($oldValues['Domain Name'] ?? '') : '';
        if ($name === '') {
            return;
        }
        try {
            $settings = new Modules_Domainguard_Settings();
            (new Modules_Domainguard_Removals())->record($name, (string)$action, $settings->today());
            pm_ActionLog::submit('hosting_removed', (int)$objectId, ['domain' => $name], ['domain' => $name, 'event' => (string)$action]);
        } catch (\Throwable $e) {
            pm_Log::err('domainguard: could not record the removal of ' . $name . ': ' . $e->getMessage());
        }
    }
}

return new Modules_Domainguard_EventListener();
