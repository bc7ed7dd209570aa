<?php

declare(strict_types=1);

namespace DomainGuard;

/**
 * The re-check of a posted form: the case from the POST (declarations), the facts from the
 * server's FactSource, the day, locale and policy from the server (ServerContext), then the
 * rules (CaseChecker, the native program). A post whose facts contradict the server's is
 * refused (FACT_CONTRADICTED, next to the field); a fact the post left out is filled in from
 * the server, so the rules always see the server's facts.
 *
 * The case is built by the rules' form layer (`domainguard case --form`, then `check --form`
 * with the facts fixed over the post): PHP coerces nothing, and every finding names its
 * control. This is the one public way from a POST to a verdict: nothing posted decides
 * `action`, `today`, `locale`, `policy` or a known fact.
 */
final class ServerCheck
{
    public function __construct(
        private readonly CaseChecker $checker,
        private readonly FormMapping $mapping,
        private readonly FactSource $facts,
    ) {}

    /**
     * @param array<mixed> $post the parsed body
     * @param string $prefix the form's name prefix (`data[tx_domainguard][close]`)
     * @param array<string, mixed> $constants case values the page does not post (declarations the panel fixes)
     */
    public function checkPost(string $action, array $post, string $prefix, ServerContext $server, array $constants = []): PostCheck
    {
        // the case the post gives, built by the rules' form layer (as the browser builds it)
        $built = $this->mapping->caseFromPost($action, $post, $prefix, $server->toArray(), $constants);
        if ($built instanceof RecheckResult) {
            return new PostCheck([], $built, []);
        }
        $case = $server->apply($built, $action);
        $name = self::domainOf($case);
        try {
            $known = $name === null ? null : $this->facts->facts($action, $name);
        } catch (\Throwable) {
            // a configured source that fails must not turn into "nothing known": refuse
            return new PostCheck($case, RecheckResult::failed('facts_unavailable'), []);
        }
        $declarations = $this->mapping->declarationPaths($action);
        $contradicted = [];
        $verified = [];
        $fixed = [];
        foreach ($known ?? [] as $path => $fact) {
            if (!is_string($path) || in_array($path, $declarations, true) || in_array(explode('.', $path)[0], ['action', 'today', 'locale', 'policy', 'now'], true)) {
                continue; // a source cannot overrule a declaration or the server's own fields
            }
            $segments = explode('.', $path);
            $posted = FormMapping::lookup($case, $segments);
            if (!self::isEmpty($posted) && self::normalize($posted) !== self::normalize($fact)) {
                $contradicted[$path] = $fact;
            }
            FormMapping::setPath($case, $segments, $fact);
            $fixed[$path] = $fact;
            $verified[] = $path;
        }
        $unverified = array_values(array_filter(
            $this->mapping->factPaths($action),
            static fn(string $path): bool => !in_array($path, $verified, true) && $path !== 'domain.name'
                && !self::isEmpty(FormMapping::lookup($case, explode('.', $path))),
        ));
        if ($contradicted !== []) {
            $controls = array_map(static fn(array $spec): string => $spec['field'], $this->mapping->specs($action));
            return new PostCheck($case, RecheckResult::contradicted($contradicted, $server->locale, $controls), $unverified);
        }
        // the rules check the same post with the server's facts (and `now`) fixed over it, and
        // place every finding at its control
        if (isset($case['now']) && is_string($case['now'])) {
            $fixed['now'] = $case['now'];
        }
        $form = $this->mapping->formPost($action, $post, $prefix, $server->toArray(), $constants, $fixed);
        $code = $case['authinfo']['code'] ?? null;
        $result = $this->checker->checkForm($this->mapping->file(), $form, $this->mapping->secretValues($action, $form), is_string($code) ? $code : null);
        return new PostCheck($case, $result, $unverified);
    }

    /** @param array<string, mixed> $case */
    private static function domainOf(array $case): ?string
    {
        $name = $case['domain']['name'] ?? null;
        return is_string($name) && trim($name) !== '' ? ArrayFactSource::key($name) : null;
    }

    private static function isEmpty(mixed $value): bool
    {
        return $value === null || $value === '' || $value === [];
    }

    /** Compares as the rules read: lists as sets, text trimmed, numbers by value. */
    private static function normalize(mixed $value): mixed
    {
        if (is_array($value)) {
            $list = array_map(static fn(mixed $v): string => is_scalar($v) ? trim((string)$v) : '', array_values($value));
            sort($list, SORT_STRING);
            return $list;
        }
        if (is_bool($value) || $value === null) {
            return $value;
        }
        if (is_int($value) || is_float($value)) {
            return (string)$value;
        }
        return trim((string)$value);
    }
}
