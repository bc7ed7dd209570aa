<?php

declare(strict_types=1);

namespace DomainGuard;

/**
 * How a panel lays out its close and transfer forms: the fieldsets in order, each field with
 * the kind of control that shows it. One table for both forms and both panels (TYPO3's
 * Partials/DomainForm.html, Plesk's index/form.phtml); which fields a form has comes from the
 * mapping (FormState::build() gives only the action's fields), so a fieldset shows the fields
 * of its form and a fieldset without any is left out.
 */
final class FormLayout
{
    /**
     * Legend key => [field key => control] (text, date, textarea, select, check, password).
     *
     * @var array<string, array<string, string>>
     */
    private const FIELDSETS = [
        'domain' => ['domain' => 'text', 'registered' => 'date', 'renewal' => 'date', 'status' => 'text', 'last_transfer' => 'date'],
        'holder' => ['holder' => 'text'],
        'termination' => ['term_from' => 'select', 'term_to' => 'select', 'term_received' => 'date'],
        'evk' => ['evk_by' => 'select', 'evk_date' => 'date', 'evk_text' => 'textarea', 'evk_ack' => 'check', 'evk_new_provider' => 'text'],
        'mode' => ['close_mode' => 'select', 'close_date' => 'date'],
        'services' => ['website' => 'check', 'mailboxes' => 'text', 'mail_backup' => 'check'],
        'authinfo' => ['authinfo' => 'password', 'authinfo_created' => 'date', 'planned_transfer' => 'date'],
    ];

    /**
     * The fieldsets of a form (FormState::build()), each with its fields' states and controls.
     *
     * @param array{fields: array<string, array<string, mixed>>} $form
     * @return list<array{legend: string, fields: list<array{type: string, field: array<string, mixed>}>}>
     */
    public static function fieldsets(array $form): array
    {
        $fieldsets = [];
        foreach (self::FIELDSETS as $legend => $controls) {
            $fields = [];
            foreach ($controls as $key => $type) {
                if (isset($form['fields'][$key])) {
                    $fields[] = ['type' => $type, 'field' => $form['fields'][$key]];
                }
            }
            if ($fields !== []) {
                $fieldsets[] = ['legend' => $legend, 'fields' => $fields];
            }
        }
        return $fieldsets;
    }
}
