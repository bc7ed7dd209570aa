<?php

declare(strict_types=1);

namespace DomainGuard\Tests;

use DomainGuard\CaseChecker;
use DomainGuard\RecheckResult;

/** Records the cases it gets and answers with a fixed result. */
final class RecordingChecker implements CaseChecker
{
    /** @var list<array<string, mixed>> */
    public array $cases = [];

    public function __construct(private readonly RecheckResult $answer) {}

    public function check(array $case): RecheckResult
    {
        $this->cases[] = $case;
        return $this->answer;
    }
}
