<?php

declare(strict_types=1);

namespace DomainGuard\Tests;

use Psr\Http\Message\ServerRequestInterface;
use Psr\Http\Message\UriInterface;

require_once __DIR__ . '/PsrStubs.php';

/** Just enough of a PSR-7 server request for the TYPO3 controllers and middleware. */
final class FakeRequest implements ServerRequestInterface
{
    /**
     * @param array<string, mixed> $body
     * @param array<string, mixed> $query
     * @param array<string, mixed> $attributes
     */
    public function __construct(
        private readonly array $body = [],
        private readonly array $query = [],
        private readonly string $path = '/typo3/module',
        private readonly string $method = 'POST',
        private readonly array $attributes = [],
    ) {}

    public function getParsedBody(): array
    {
        return $this->body;
    }

    public function getQueryParams(): array
    {
        return $this->query;
    }

    public function getUri(): UriInterface
    {
        return new class ($this->path) implements UriInterface {
            public function __construct(private readonly string $path) {}

            public function getPath(): string
            {
                return $this->path;
            }
        };
    }

    public function getMethod(): string
    {
        return $this->method;
    }

    public function getAttribute(string $name, $default = null)
    {
        return $this->attributes[$name] ?? $default;
    }
}
