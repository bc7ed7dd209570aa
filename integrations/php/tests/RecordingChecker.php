<?php

declare(strict_types=1);

namespace DomainGuard\Tests;

use DomainGuard\CaseChecker;
use DomainGuard\RecheckResult;

/** Records the cases (and form posts) it gets and answers with a fixed result. */
final class RecordingChecker implements CaseChecker
{
    /** @var list<array<string, mixed>> */
    public array $cases = [];

    /** @var list<array<string, mixed>> */
    public array $forms = [];

    public function __construct(private readonly RecheckResult $answer) {}

    public function check(array $case): RecheckResult
    {
        $this->cases[] = $case;
        return $this->answer;
    }

    public function checkForm(string $mappingFile, array $form, array $secrets = [], ?string $authinfo = null): RecheckResult
    {
        $this->forms[] = $form;
        return $this->answer;
    }
}
