<?php

declare(strict_types=1);

/**
 * Custom action-log events (Tools & Settings > Action Log; Event Manager: "ext_domainguard_*").
 * Wire your registrar to them in Plesk's Event Manager: an event handler for
 * "domainguard: close approved" gets the domain and the dates as environment variables
 * (NEW_DOMAIN, NEW_CLOSE_DATE, NEW_NOTICE_DEADLINE, …), never an AuthInfo.
 */
class Modules_Domainguard_ActionLog extends pm_Hook_ActionLog
{
    public function getEvents()
    {
        return [
            'close_approved' => 'domainguard: close approved',
            'transfer_approved' => 'domainguard: transfer approved',
            'hosting_removed' => 'domainguard: hosting removed, registration still running',
        ];
    }
}
