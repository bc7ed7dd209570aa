<?php

declare(strict_types=1);

namespace DomainGuard\Tests;

use PHPUnit\Framework\Assert;

/** Paths, the real CLI, fake programs and a recording logger for the tests. */
final class Support
{
    /** @var list<string> */
    private static array $tempFiles = [];

    public static function root(): string
    {
        return dirname(__DIR__, 3);
    }

    /** The real native CLI (cargo build --release); a missing one fails the test, never skips it. */
    public static function binary(): string
    {
        $bin = getenv('DOMAINGUARD_BIN') ?: self::root() . '/target/release/domainguard';
        Assert::assertTrue(is_file($bin) && is_executable($bin), "$bin is missing: run `cargo build --release` first");
        return $bin;
    }

    /** The shipped mapping, with the real CLI for its field list and its form layer. */
    public static function mapping(): \DomainGuard\FormMapping
    {
        return \DomainGuard\FormMapping::default(new \DomainGuard\Recheck(self::binary(), 5.0));
    }

    /** @return array<string, mixed> */
    public static function example(string $name): array
    {
        return json_decode((string)file_get_contents(self::root() . '/docs/examples/' . $name), true, 64, JSON_THROW_ON_ERROR);
    }

    /** A throw-away executable shell script standing in for the program. */
    public static function fakeProgram(string $body): string
    {
        $file = tempnam(sys_get_temp_dir(), 'dg-fake-');
        file_put_contents($file, "#!/bin/sh\n" . $body . "\n");
        chmod($file, 0755);
        self::$tempFiles[] = $file;
        return $file;
    }

    public static function cleanUp(): void
    {
        foreach (self::$tempFiles as $file) {
            @unlink($file);
        }
        self::$tempFiles = [];
    }
}
