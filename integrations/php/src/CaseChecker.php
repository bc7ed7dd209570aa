<?php

declare(strict_types=1);

namespace DomainGuard;

/** Something that checks a case and never throws: Recheck (the native CLI), or a test double. */
interface CaseChecker
{
    /** @param array<string, mixed> $case */
    public function check(array $case): RecheckResult;

    /**
     * Checks a form post with the rules' form layer (the case built from the posted values;
     * findings and errors naming their `control`).
     *
     * @param array<string, mixed> $form FormMapping::formPost()
     * @param list<string> $secrets posted secret values, kept out of logs
     */
    public function checkForm(string $mappingFile, array $form, array $secrets = [], ?string $authinfo = null): RecheckResult;
}
