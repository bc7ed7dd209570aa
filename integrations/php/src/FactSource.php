<?php

declare(strict_types=1);

namespace DomainGuard;

/**
 * Where the server learns the facts of a domain: what the panel and the registrar know
 * (registration date, renewal, EPP status, last transfer, holder, mailbox count, website,
 * AuthInfo creation), never what the operator declares (EVK, acknowledgements, …).
 *
 * Implement it for your panel and pass it to ServerCheck: Plesk's extension uses Plesk's API
 * for the domain and its mailboxes, the TYPO3 extension a setting and a PSR-14 event. Values
 * are case values: dates `YYYY-MM-DD`, `domain.status` a list of EPP status names,
 * `services.mailboxes` an int, `services.website` a bool.
 */
interface FactSource
{
    /**
     * The facts known about one domain, by case path (`domain.status` => ['clientTransferProhibited']).
     * A path left out is not known to this source; the post's value is then used and reported as
     * unverified. null: the source knows nothing about the domain.
     *
     * @param string $action `close`, `transfer_out`, …
     * @param string $domain the domain name as posted, lower-cased, without a trailing dot
     * @return array<string, mixed>|null
     * @throws \Throwable when the source cannot answer: the re-check then refuses (fails closed)
     */
    public function facts(string $action, string $domain): ?array;
}
