<?php

declare(strict_types=1);

namespace DomainGuard\Typo3\Event;

use DomainGuard\RecheckResult;

/**
 * Dispatched (PSR-14) after the server re-check allowed a close or transfer posted in the
 * Domains module. This is where a hoster sends the registrar notice, schedules the close or
 * hands out the AuthInfo: listen to it (Services.yaml, tag `event.listener`).
 *
 * The case can hold the AuthInfo (`authinfo.code`) and the holder's letter contains it
 * (`$result->documents()['holder_letter']`): send them where they belong, never log them.
 */
final class DomainActionApprovedEvent
{
    /** @param array<string, mixed> $case */
    public function __construct(
        public readonly string $action,
        public readonly array $case,
        public readonly RecheckResult $result,
    ) {}

    /** @return array<string, mixed> */
    public function __debugInfo(): array
    {
        return ['action' => $this->action, 'result' => $this->result];
    }
}
