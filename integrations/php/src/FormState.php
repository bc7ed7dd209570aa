<?php

declare(strict_types=1);

namespace DomainGuard;

/**
 * What a panel template needs to render one guarded form: per field its name, id, value
 * (the posted one after a refusal, never a secret), checked/selected state and the server's
 * messages for it (placed by the rules: each finding names its `control`, the field key);
 * plus the messages that belong to no field. Framework-free; TYPO3 and Plesk render it with
 * their own templates (escaped there).
 */
final class FormState
{
    /** Values a fresh form starts with (field key => value). */
    private const DEFAULTS = [
        'term_from' => 'holder',
        'term_to' => 'reseller',
        'close_mode' => 'expiry',
        'mailboxes' => '0',
        'evk_ack' => '0',
        'website' => '0',
        'mail_backup' => '0',
    ];

    /** The choices of the select fields (values of `domainguard fields ACTION`; '' = none). */
    private const OPTIONS = [
        'term_from' => ['holder', 'representative', 'other'],
        'term_to' => ['reseller', 'registrar'],
        'evk_by' => ['', 'holder', 'representative', 'other'],
        'close_mode' => ['expiry', 'date', 'now', 'transit'],
    ];

    /**
     * @param array<string, string> $values field key => posted value (FormMapping::postedValues())
     * @param array<string, string> $prefill field key => value for a fresh form (e.g. the domain name)
     * @return array{
     *   action: string,
     *   fields: array<string, array{key: string, path: string, name: string, id: string, value: string, checked: bool,
     *     options: list<array{value: string, label: string, selected: bool}>, secret: bool, invalid: bool, messages: list<array{severity: string, code: string, message: string}>}>,
     *   general: list<array{severity: string, code: string, field: ?string, message: string}>,
     *   mappingJson: string
     * }
     */
    public static function build(
        FormMapping $mapping,
        string $action,
        string $prefix,
        array $values = [],
        ?RecheckResult $result = null,
        array $prefill = [],
    ): array {
        $specs = $mapping->specs($action);
        $fields = [];
        foreach ($specs as $path => $spec) {
            $key = $spec['field'];
            $name = FormMapping::fieldName($prefix, $key);
            $value = $spec['secret'] ? '' : (string)($values[$key] ?? ($values === [] ? ($prefill[$key] ?? self::DEFAULTS[$key] ?? '') : (self::DEFAULTS[$key] ?? '')));
            $fields[$key] = [
                'key' => $key,
                'path' => $path,
                'name' => $name,
                'id' => self::idOf($name),
                'value' => $value,
                // a checkbox posts `1` after its hidden `0` (FormEngine): the value says whether it was ticked
                'checked' => $value === '1',
                'options' => array_map(
                    static fn(string $option): array => ['value' => $option, 'label' => $option === '' ? 'none' : $option, 'selected' => $option === $value],
                    self::OPTIONS[$key] ?? [],
                ),
                'secret' => $spec['secret'],
                'invalid' => false,
                'messages' => [],
            ];
        }
        $general = [];
        foreach ($result?->summary() ?? [] as $item) {
            $key = $item['control'];
            if ($key === null || !isset($fields[$key])) {
                $general[] = $item;
                continue;
            }
            $fields[$key]['messages'][] = ['severity' => $item['severity'], 'code' => $item['code'], 'message' => $item['message']];
            $fields[$key]['invalid'] = $fields[$key]['invalid'] || $item['severity'] === 'block';
        }
        return [
            'action' => $action,
            'fields' => $fields,
            'general' => $general,
            'mappingJson' => json_encode($mapping->fieldNames($action, $prefix), JSON_THROW_ON_ERROR | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE),
        ];
    }

    /** `data[tx_domainguard][close][domain]` => `data_tx_domainguard_close_domain` */
    public static function idOf(string $name): string
    {
        return trim((string)preg_replace('/[^A-Za-z0-9_-]+/', '_', $name), '_');
    }
}
