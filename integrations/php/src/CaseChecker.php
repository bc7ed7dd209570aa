<?php

declare(strict_types=1);

namespace DomainGuard;

/** Something that checks a case and never throws: Recheck (the native CLI), or a test double. */
interface CaseChecker
{
    /** @param array<string, mixed> $case */
    public function check(array $case): RecheckResult;
}
