<?php

declare(strict_types=1);

namespace DomainGuard\Tests;

use Psr\Http\Message\ServerRequestInterface;

require_once __DIR__ . '/PsrStubs.php';

/** Just enough of a PSR-7 server request for the page-delete hook ($GLOBALS['TYPO3_REQUEST']). */
final class FakeRequest implements ServerRequestInterface
{
    /** @param array<string, mixed> $body */
    public function __construct(private readonly array $body = [], private readonly array $query = []) {}

    public function getParsedBody(): array
    {
        return $this->body;
    }

    public function getQueryParams(): array
    {
        return $this->query;
    }
}
