<?php

declare(strict_types=1);

namespace DomainGuard;

/**
 * A posted form after its re-check (PostFlow::handle()): the checked post, and what the page
 * shows of it (`outcome`); a refused post also keeps what was typed (`values`, never a secret),
 * so the form comes back filled in.
 */
final class PostOutcome
{
    /**
     * @param array<string, mixed> $outcome what the page shows (PostFlow::outcome())
     * @param array<string, string> $values field key => posted value (refused posts only)
     */
    public function __construct(
        public readonly string $action,
        public readonly PostCheck $checked,
        public readonly RecheckResult $result,
        public readonly array $outcome,
        public readonly array $values,
    ) {}

    public function allowed(): bool
    {
        return $this->result->allowed();
    }

    /** @return array<string, mixed> */
    public function __debugInfo(): array
    {
        return ['action' => $this->action, 'result' => $this->result, 'outcome' => $this->outcome];
    }
}
