<?php

declare(strict_types=1);

namespace DomainGuard\Typo3\Event;

use DomainGuard\RecheckResult;

/**
 * Dispatched (PSR-14) after the server re-check allowed a close or transfer posted in the
 * Domains module. This is where a hoster sends the registrar notice, schedules the close or
 * hands out the AuthInfo: listen to it (Services.yaml, tag `event.listener`).
 *
 * The case can hold the AuthInfo (`authinfo.code`, in case()) and the holder's letter contains
 * it (`$result->documents()['holder_letter']`): send them where they belong, never log them.
 * Dumps, JSON and serialized forms of the event mask the AuthInfo.
 */
final class DomainActionApprovedEvent implements \JsonSerializable
{
    /** @param array<string, mixed> $case */
    public function __construct(
        public readonly string $action,
        #[\SensitiveParameter] private readonly array $case,
        public readonly RecheckResult $result,
    ) {}

    /** @return array<string, mixed> the case as checked, with the AuthInfo in the clear */
    public function case(): array
    {
        return $this->case;
    }

    /** @return array<string, mixed> the case with `authinfo.code` masked */
    public function maskedCase(): array
    {
        $case = $this->case;
        if (isset($case['authinfo']) && is_array($case['authinfo']) && array_key_exists('code', $case['authinfo'])) {
            $case['authinfo']['code'] = RecheckResult::MASK;
        }
        return $case;
    }

    /** @return array<string, mixed> */
    public function jsonSerialize(): array
    {
        return ['action' => $this->action, 'case' => $this->maskedCase(), 'result' => $this->result];
    }

    /** @return array<string, mixed> */
    public function __serialize(): array
    {
        return ['action' => $this->action, 'case' => $this->maskedCase(), 'result' => $this->result];
    }

    /** @param array<string, mixed> $data */
    public function __unserialize(array $data): void
    {
        throw new \LogicException('domainguard: an approved-action event cannot be unserialized (its case is masked)');
    }

    /** @return array<string, mixed> */
    public function __debugInfo(): array
    {
        return ['action' => $this->action, 'case' => $this->maskedCase(), 'result' => $this->result];
    }
}
