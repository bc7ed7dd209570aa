<?php

declare(strict_types=1);

namespace DomainGuard\Typo3\PageDelete;

use DomainGuard\RecheckResult;

/** The page-delete guard's answer: the case it checked and the re-check's result. */
final class PageDeleteDecision
{
    /** @param array<string, mixed> $case */
    public function __construct(
        public readonly array $case,
        public readonly RecheckResult $result,
    ) {}

    public function allowed(): bool
    {
        return $this->result->allowed();
    }

    public function descendants(): int
    {
        return (int)($this->case['node']['descendants'] ?? 0);
    }

    public function title(): string
    {
        return (string)($this->case['node']['title'] ?? '');
    }
}
