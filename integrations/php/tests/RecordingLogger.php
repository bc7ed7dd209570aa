<?php

declare(strict_types=1);

namespace DomainGuard\Tests;

/** A logger callable that keeps every entry, to look for what must not be there. */
final class RecordingLogger
{
    /** @var list<array{level: string, message: string, context: array<string, mixed>}> */
    public array $entries = [];

    /** @param array<string, mixed> $context */
    public function __invoke(string $level, string $message, array $context): void
    {
        $this->entries[] = ['level' => $level, 'message' => $message, 'context' => $context];
    }

    /** Everything logged, as one text. */
    public function text(): string
    {
        return json_encode($this->entries, JSON_THROW_ON_ERROR | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES);
    }

    /** @return list<string> */
    public function levels(): array
    {
        return array_column($this->entries, 'level');
    }
}
