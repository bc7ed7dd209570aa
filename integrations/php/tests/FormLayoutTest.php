<?php

declare(strict_types=1);

namespace DomainGuard\Tests;

use DomainGuard\FormLayout;
use DomainGuard\FormState;
use PHPUnit\Framework\TestCase;

/**
 * The one layout of the close and transfer forms (DomainGuard\FormLayout), which TYPO3's
 * Partials/DomainForm.html and Plesk's index/form.phtml both render: every field of the
 * mapping is shown exactly once, in the fieldsets and the order the panels always had.
 */
final class FormLayoutTest extends TestCase
{
    /** @return array<string, list<string>> legend => "key:type" */
    private static function layout(string $action): array
    {
        $form = FormState::build(Support::mapping(), $action, 'data[tx_domainguard][' . $action . ']');
        $out = [];
        foreach (FormLayout::fieldsets($form) as $fieldset) {
            $out[$fieldset['legend']] = array_map(static fn(array $item): string => $item['field']['key'] . ':' . $item['type'], $fieldset['fields']);
        }
        return $out;
    }

    public function testTheCloseFormsFieldsets(): void
    {
        self::assertSame([
            'domain' => ['domain:text', 'registered:date', 'renewal:date', 'status:text'],
            'holder' => ['holder:text'],
            'termination' => ['term_from:select', 'term_to:select', 'term_received:date'],
            'evk' => ['evk_by:select', 'evk_date:date', 'evk_text:textarea', 'evk_ack:check'],
            'mode' => ['close_mode:select', 'close_date:date'],
            'services' => ['website:check', 'mailboxes:text', 'mail_backup:check'],
        ], self::layout('close'));
    }

    public function testTheTransferFormsFieldsets(): void
    {
        self::assertSame([
            'domain' => ['domain:text', 'registered:date', 'renewal:date', 'status:text', 'last_transfer:date'],
            'holder' => ['holder:text'],
            'termination' => ['term_from:select', 'term_to:select', 'term_received:date'],
            'evk' => ['evk_by:select', 'evk_date:date', 'evk_text:textarea', 'evk_new_provider:text'],
            'authinfo' => ['authinfo:password', 'authinfo_created:date', 'planned_transfer:date'],
        ], self::layout('transfer_out'));
    }

    /** A field the mapping gains must be placed in the layout, or the panels would not show it. */
    public function testEveryMappedFieldIsShownOnce(): void
    {
        $mapping = Support::mapping();
        foreach ($mapping->actions() as $action) {
            $shown = [];
            foreach (self::layout($action) as $items) {
                foreach ($items as $item) {
                    $shown[] = explode(':', $item)[0];
                }
            }
            $mapped = array_values(array_map(static fn(array $spec): string => $spec['field'], $mapping->specs($action)));
            sort($shown);
            sort($mapped);
            self::assertSame($mapped, $shown, $action);
        }
    }
}
