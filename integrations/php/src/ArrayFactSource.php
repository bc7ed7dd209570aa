<?php

declare(strict_types=1);

namespace DomainGuard;

/**
 * Facts from a table: domain name => case path => value, e.g. read from a JSON file the
 * hoster's registrar synchronisation writes (fromJsonFile()). Also the "no facts" source
 * (an empty table), for panels without registrar data.
 */
final class ArrayFactSource implements FactSource
{
    /** @var array<string, array<string, mixed>> */
    private readonly array $domains;

    /** @param array<string, array<string, mixed>> $domains */
    public function __construct(array $domains = [])
    {
        $clean = [];
        foreach ($domains as $name => $facts) {
            if (is_string($name) && is_array($facts)) {
                $clean[self::key($name)] = $facts;
            }
        }
        $this->domains = $clean;
    }

    /**
     * `{"beispiel.de": {"domain.registered": "2005-04-04", "domain.status": ["ok"], …}, …}`.
     * A missing, unreadable or malformed file is an error (the server must not silently lose
     * its facts).
     */
    public static function fromJsonFile(string $file, int $maxBytes = 16 * 1024 * 1024): self
    {
        $size = @filesize($file);
        if ($size === false || $size > $maxBytes) {
            throw new \RuntimeException("domainguard facts: cannot read $file (missing or larger than $maxBytes bytes)");
        }
        $json = @file_get_contents($file);
        if ($json === false) {
            throw new \RuntimeException("domainguard facts: cannot read $file");
        }
        $data = json_decode($json, true, 16, JSON_THROW_ON_ERROR);
        if (!is_array($data)) {
            throw new \RuntimeException("domainguard facts: $file must hold an object of domains");
        }
        return new self($data);
    }

    public function facts(string $action, string $domain): ?array
    {
        return $this->domains[self::key($domain)] ?? null;
    }

    public static function key(string $domain): string
    {
        return mb_strtolower(rtrim(trim($domain), '.'));
    }
}
