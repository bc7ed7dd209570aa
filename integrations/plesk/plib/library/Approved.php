<?php

declare(strict_types=1);

use DomainGuard\RecheckResult;

/**
 * Called after the server re-check allowed a close or transfer: the place to send the
 * registrar notice, schedule the close or hand out the AuthInfo with your registrar API.
 *
 * The case can hold the AuthInfo (`authinfo.code`) and the holder's letter contains it
 * ($result->documents()['holder_letter']): send them where they belong, never log them.
 */
class Modules_Domainguard_Approved
{
    /** @param array<string, mixed> $case */
    public function handle(string $action, #[\SensitiveParameter] array $case, RecheckResult $result, ?pm_Domain $domain): void
    {
        pm_Log::info(sprintf('domainguard: %s approved by the server re-check (domain id %s)', $action, $domain ? (string)$domain->getId() : '-'));
    }
}
