<?php

declare(strict_types=1);

namespace DomainGuard\Tests;

use Psr\Http\Message\ResponseFactoryInterface;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\StreamFactoryInterface;
use Psr\Http\Message\StreamInterface;

require_once __DIR__ . '/PsrStubs.php';

/** A PSR-7 response and the PSR-17 factories for it. */
class FakeResponse implements ResponseInterface, ResponseFactoryInterface, StreamFactoryInterface, StreamInterface
{
    /** @param array<string, string> $headers */
    public function __construct(private int $status = 200, private array $headers = [], private string $body = '') {}

    public function createResponse(int $code = 200, string $reasonPhrase = ''): ResponseInterface
    {
        return new self($code);
    }

    public function createStream(string $content = ''): StreamInterface
    {
        return new self(200, [], $content);
    }

    public function getStatusCode(): int
    {
        return $this->status;
    }

    public function withStatus(int $code, string $reasonPhrase = ''): static
    {
        $copy = clone $this;
        $copy->status = $code;
        return $copy;
    }

    public function withHeader(string $name, $value): static
    {
        $copy = clone $this;
        $copy->headers[strtolower($name)] = (string)$value;
        return $copy;
    }

    public function getHeaderLine(string $name): string
    {
        return $this->headers[strtolower($name)] ?? '';
    }

    public function withBody(StreamInterface $body): static
    {
        $copy = clone $this;
        $copy->body = (string)$body;
        return $copy;
    }

    public function getBody(): StreamInterface
    {
        return new self(200, [], $this->body);
    }

    public function __toString(): string
    {
        return $this->body;
    }
}
