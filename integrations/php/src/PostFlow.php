<?php

declare(strict_types=1);

namespace DomainGuard;

/**
 * The POST flow both panels share (TYPO3's DomainsController, Plesk's IndexController): a
 * posted form is re-checked (ServerCheck: facts from the server, declarations from the form,
 * today/locale/policy from the server), the page is told what to show of the result, a
 * refused post keeps what was typed, and every form is built for the template (FormState, the
 * server's locale/policy/today for the browser's check, the fieldsets of FormLayout).
 *
 * What stays with the panel: where the post comes from, its own checks on the checked case
 * (Plesk: the page's domain), and what happens then (an event and a redirect when allowed,
 * status 422 when refused).
 */
final class PostFlow
{
    public function __construct(private readonly FormMapping $mapping) {}

    /**
     * Re-checks a post of `action`.
     *
     * @param array<mixed> $post the parsed body
     * @param string $prefix the form's name prefix (`data[tx_domainguard][close]`)
     * @param null|callable(PostCheck): ?RecheckResult $verify the panel's own check of the checked
     *        case; a result it returns replaces the rules' (e.g. RecheckResult::failed('domain_mismatch'))
     */
    public function handle(ServerCheck $serverCheck, string $action, array $post, string $prefix, ServerContext $context, ?callable $verify = null): PostOutcome
    {
        $checked = $serverCheck->checkPost($action, $post, $prefix, $context);
        $result = ($verify !== null ? $verify($checked) : null) ?? $checked->result;
        $values = $result->allowed() ? [] : $this->mapping->postedValues($action, $post, $prefix);
        return new PostOutcome($action, $checked, $result, self::outcome($action, $result, $context->locale), $values);
    }

    /**
     * What the page shows about a re-check: allowed or refused, why it failed, the blocking
     * codes, the findings, the deadlines and the letters (the AuthInfo masked).
     *
     * @return array<string, mixed>
     */
    public static function outcome(string $action, RecheckResult $result, string $locale): array
    {
        return [
            'state' => $result->allowed() ? 'allowed' : 'refused',
            'allowed' => $result->allowed(),
            'action' => $action,
            'result' => $result->outcome(),
            'failure' => $result->failure(),
            'failureMessage' => $result->failureMessage($locale),
            'codes' => $result->allowed() ? [] : $result->blockingCodes(),
            'summary' => $result->summary(),
            'deadlines' => $result->deadlineList(),
            'dateFormat' => $locale === 'en' ? 'j F Y' : 'd.m.Y',
            // displayed with the AuthInfo masked; the real letter goes out via the panel's event
            'documents' => $result->displayDocuments(),
        ];
    }

    /**
     * A form for the template: FormState::build() (after a refused post of this action: what was
     * typed and the server's findings next to the fields; else `prefill`, the server's facts),
     * the server's locale/policy/today for the browser's check, and FormLayout's fieldsets.
     *
     * @param array<string, string> $prefill field key => value for a fresh form
     * @param array<string, mixed> $extra more template values (e.g. `active`, `moduleUrl`)
     * @return array<string, mixed>
     */
    public function form(string $action, string $prefix, ServerContext $context, ?PostOutcome $posted = null, array $prefill = [], array $extra = []): array
    {
        $refused = $posted !== null && $posted->action === $action && !$posted->allowed() ? $posted : null;
        $server = $context->toArray();
        $form = FormState::build($this->mapping, $action, $prefix, $refused->values ?? [], $refused?->result, $prefill)
            + ['locale' => $context->locale, 'policy' => $server['policy'], 'today' => $server['today']] + $extra;
        $form['fieldsets'] = FormLayout::fieldsets($form);
        return $form;
    }
}
