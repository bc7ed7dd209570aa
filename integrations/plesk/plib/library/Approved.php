<?php

declare(strict_types=1);

use DomainGuard\RecheckResult;

/**
 * After the server re-check allowed a close or transfer: a custom action-log event
 * (hooks/ActionLog.php) with the domain and its dates. The hoster wires the registrar to it in
 * Plesk's Event Manager — no file in the extension to edit. The event carries no AuthInfo and
 * no document text (the holder's letter of a transfer contains the code): the registrar
 * integration asks the registrar for a new code, it never reads one from a log.
 */
class Modules_Domainguard_Approved
{
    public const EVENTS = ['close' => 'close_approved', 'transfer_out' => 'transfer_approved'];

    /**
     * @param array<string, mixed> $case
     * @return array<string, string> what went into the event (for tests and the page)
     */
    public function handle(string $action, #[\SensitiveParameter] array $case, RecheckResult $result, ?pm_Domain $domain): array
    {
        $values = ['domain' => (string)($case['domain']['name'] ?? ''), 'action' => $action];
        foreach ($result->deadlines() as $name => $date) {
            $values[$name] = (string)$date;
        }
        if ($action === 'close') {
            $values['close_mode'] = (string)($case['close']['mode'] ?? 'expiry');
        }
        pm_ActionLog::submit(self::EVENTS[$action] ?? 'close_approved', $domain !== null ? (int)$domain->getId() : 0, null, $values);
        pm_Log::info(sprintf('domainguard: %s approved by the server re-check (domain id %s)', $action, $domain ? (string)$domain->getId() : '-'));
        return $values;
    }
}
