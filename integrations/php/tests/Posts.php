<?php

declare(strict_types=1);

namespace DomainGuard\Tests;

/**
 * Form posts as a browser sends them from the TYPO3 module (FormEngine-style names, hidden
 * `0` + checkbox `1` pairs), parsed the way PHP parses a request body.
 */
final class Posts
{
    public const CLOSE = 'data[tx_domainguard][close]';
    public const TRANSFER = 'data[tx_domainguard][transfer_out]';

    /**
     * Seed 004, on time: the close form as the page first shows it, filled in.
     *
     * @param array<string, string> $override field key => value
     * @return list<array{0: string, 1: string}>
     */
    public static function closePairs(array $override = []): array
    {
        $p = self::CLOSE;
        $pairs = [
            ["{$p}[domain]", 'beispiel.de'],
            ["{$p}[registered]", '2005-04-04'],
            ["{$p}[renewal]", ''],
            ["{$p}[status]", ''],
            ["{$p}[holder]", 'Max Mustermann'],
            ["{$p}[term_from]", 'holder'],
            ["{$p}[term_to]", 'reseller'],
            ["{$p}[term_received]", '2009-02-01'],
            ["{$p}[evk_by]", 'holder'],
            ["{$p}[evk_date]", '2009-02-01'],
            ["{$p}[evk_text]", 'Hiermit beantrage ich die Schließung der Domain beispiel.de.'],
            ["{$p}[evk_ack]", '0'],
            ["{$p}[evk_ack]", '1'],
            ["{$p}[close_mode]", 'expiry'],
            ["{$p}[close_date]", ''],
            ["{$p}[website]", '0'],
            ["{$p}[mailboxes]", '0'],
            ["{$p}[mail_backup]", '0'],
        ];
        foreach ($override as $key => $value) {
            $pairs = array_values(array_filter($pairs, static fn(array $pair): bool => $pair[0] !== "{$p}[$key]"));
            foreach ((array)$value as $v) {
                $pairs[] = ["{$p}[$key]", $v];
            }
        }
        return $pairs;
    }

    /**
     * @param array<string, string|list<string>> $override
     * @return array<string, mixed>
     */
    public static function close(array $override = []): array
    {
        return self::parse(self::closePairs($override));
    }

    /**
     * A transfer with a valid .de AuthInfo.
     *
     * @param array<string, string> $override
     * @return array<string, mixed>
     */
    public static function transfer(array $override = []): array
    {
        $p = self::TRANSFER;
        $fields = $override + [
            'domain' => 'beispiel.de',
            'registered' => '2005-04-04',
            'holder' => 'Max Mustermann',
            'term_from' => 'holder',
            'term_to' => 'reseller',
            'term_received' => '2009-02-01',
            'evk_by' => 'holder',
            'evk_date' => '2009-02-01',
            'evk_text' => 'Hiermit kündige ich die Domain zum Providerwechsel.',
            'evk_new_provider' => 'Neuer Hoster GmbH',
            'authinfo' => 'Ab3+Yx9kZm2Q',
            'authinfo_created' => '2009-02-01',
            'planned_transfer' => '2009-02-20',
        ];
        $pairs = [];
        foreach ($fields as $key => $value) {
            $pairs[] = ["{$p}[$key]", $value];
        }
        return self::parse($pairs);
    }

    /**
     * What PHP makes of an application/x-www-form-urlencoded body (as $_POST).
     *
     * @param list<array{0: string, 1: string}> $pairs
     * @return array<string, mixed>
     */
    public static function parse(array $pairs): array
    {
        $body = implode('&', array_map(static fn(array $p): string => rawurlencode($p[0]) . '=' . rawurlencode($p[1]), $pairs));
        parse_str($body, $post);
        return $post;
    }

    /** @return array<string, mixed> the case the browser builds from the untouched close form */
    public static function expectedCloseCase(): array
    {
        return [
            'action' => 'close',
            'today' => '2009-02-01',
            'locale' => 'de',
            'policy' => 'default',
            'domain' => ['name' => 'beispiel.de', 'registered' => '2005-04-04'],
            'holder' => ['name' => 'Max Mustermann'],
            'termination' => ['from' => 'holder', 'to' => 'reseller', 'received' => '2009-02-01'],
            'evk' => [
                'signed_by' => 'holder',
                'date' => '2009-02-01',
                'text' => 'Hiermit beantrage ich die Schließung der Domain beispiel.de.',
                'acknowledges_availability' => true,
            ],
            'services' => ['website' => false, 'mailboxes' => 0, 'mail_backup_confirmed' => false],
            'close' => ['mode' => 'expiry'],
        ];
    }
}
