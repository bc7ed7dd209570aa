<?php

declare(strict_types=1);

namespace DomainGuard;

/** A checked post (ServerCheck::checkPost()): the case the server checked, its result, and the facts no source confirmed. */
final class PostCheck
{
    /**
     * @param array<string, mixed> $case the case as checked (server fields and facts applied); may hold the AuthInfo
     * @param list<string> $unverified fact paths taken from the post because the server's source does not know them
     */
    public function __construct(
        #[\SensitiveParameter] public readonly array $case,
        public readonly RecheckResult $result,
        public readonly array $unverified,
    ) {}

    /** @return array<string, mixed> */
    public function __debugInfo(): array
    {
        return ['result' => $this->result, 'unverified' => $this->unverified];
    }
}
