<?php

declare(strict_types=1);

namespace DomainGuard;

/**
 * What only the server decides about a case: the day (and for page deletes the time), the
 * locale of the messages and the policy. Applied over any case before it is checked, so a
 * posted `today`, `policy`, `locale`, `action` or `now` never reaches the rules.
 */
final class ServerContext
{
    /**
     * @param string $today YYYY-MM-DD in the registrar's time zone (FormMapping::today())
     * @param string|array<mixed> $policy a profile id or an inline policy the server chose
     * @param string|null $now YYYY-MM-DDTHH:MM local time, for actions that read a time (cms_delete)
     */
    public function __construct(
        public readonly string $today,
        public readonly string $locale = 'de',
        public readonly string|array $policy = 'default',
        public readonly ?string $now = null,
    ) {
        if (!preg_match('/^\d{4}-\d{2}-\d{2}$/D', $today)) {
            throw new \InvalidArgumentException('domainguard: the server\'s today must be YYYY-MM-DD');
        }
        if ($now !== null && !preg_match('/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/D', $now)) {
            throw new \InvalidArgumentException('domainguard: the server\'s now must be YYYY-MM-DDTHH:MM');
        }
    }

    /** The clock read once, in a time zone. */
    public static function at(\DateTimeImmutable $now, string $timeZone, string $locale, string|array $policy): self
    {
        $local = $now->setTimezone(new \DateTimeZone($timeZone));
        return new self($local->format('Y-m-d'), FormMapping::normalizeLocale($locale), $policy, $local->format('Y-m-d\TH:i'));
    }

    /** The server's fields as FormMapping::caseFromPost() takes them. */
    public function toArray(): array
    {
        return ['today' => $this->today, 'locale' => $this->locale, 'policy' => $this->policy];
    }

    /**
     * The case with the server's fields set, whatever it held: action, today, locale, policy,
     * and `now` for the actions that read it.
     *
     * @param array<string, mixed> $case
     * @return array<string, mixed>
     */
    public function apply(array $case, string $action): array
    {
        $case['action'] = $action;
        $case['today'] = $this->today;
        $case['locale'] = FormMapping::normalizeLocale($this->locale);
        $case['policy'] = $this->policy;
        if ($this->now !== null && $action === 'cms_delete') {
            $case['now'] = $this->now;
        } else {
            unset($case['now']);
        }
        return $case;
    }
}
