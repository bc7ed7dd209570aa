<?php

declare(strict_types=1);

namespace DomainGuard\Typo3\Event;

/**
 * PSR-14: dispatched when a posted close or transfer is re-checked, to collect what the
 * server knows about the domain (the registrar's data). A listener adds facts by case path:
 * `$event->setFact('domain.status', ['clientTransferProhibited'])`. Facts are never what the
 * operator declares (EVK, acknowledgements): ServerCheck ignores such paths.
 */
final class CollectDomainFactsEvent
{
    /** @param array<string, mixed>|null $facts */
    public function __construct(
        public readonly string $action,
        public readonly string $domain,
        private ?array $facts,
    ) {}

    public function setFact(string $path, mixed $value): void
    {
        $this->facts ??= [];
        $this->facts[$path] = $value;
    }

    /** @return array<string, mixed>|null null: nothing is known about the domain */
    public function facts(): ?array
    {
        return $this->facts;
    }
}
