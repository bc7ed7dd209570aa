<?php

declare(strict_types=1);

// The parts of the PSR interfaces (PSR-7, PSR-14, PSR-15, PSR-17) the TYPO3 classes use, when
// the psr/* packages are not installed (they are not, here: no Composer). Same names and
// signatures as the standards, reduced to the methods used.

namespace Psr\Http\Message {
    if (!interface_exists(UriInterface::class)) {
        interface UriInterface
        {
            public function getPath(): string;
        }
    }
    if (!interface_exists(StreamInterface::class)) {
        interface StreamInterface
        {
            public function __toString(): string;
        }
    }
    if (!interface_exists(ServerRequestInterface::class)) {
        interface ServerRequestInterface
        {
            public function getParsedBody();

            public function getQueryParams(): array;

            public function getUri(): UriInterface;

            public function getMethod(): string;

            public function getAttribute(string $name, $default = null);
        }
    }
    if (!interface_exists(ResponseInterface::class)) {
        interface ResponseInterface
        {
            public function getStatusCode(): int;

            public function withStatus(int $code, string $reasonPhrase = ''): static;

            public function withHeader(string $name, $value): static;

            public function getHeaderLine(string $name): string;

            public function withBody(StreamInterface $body): static;

            public function getBody(): StreamInterface;
        }
    }
    if (!interface_exists(ResponseFactoryInterface::class)) {
        interface ResponseFactoryInterface
        {
            public function createResponse(int $code = 200, string $reasonPhrase = ''): ResponseInterface;
        }
    }
    if (!interface_exists(StreamFactoryInterface::class)) {
        interface StreamFactoryInterface
        {
            public function createStream(string $content = ''): StreamInterface;
        }
    }
}

namespace Psr\Http\Server {
    use Psr\Http\Message\ResponseInterface;
    use Psr\Http\Message\ServerRequestInterface;

    if (!interface_exists(RequestHandlerInterface::class)) {
        interface RequestHandlerInterface
        {
            public function handle(ServerRequestInterface $request): ResponseInterface;
        }
    }
    if (!interface_exists(MiddlewareInterface::class)) {
        interface MiddlewareInterface
        {
            public function process(ServerRequestInterface $request, RequestHandlerInterface $handler): ResponseInterface;
        }
    }
}

namespace Psr\EventDispatcher {
    if (!interface_exists(EventDispatcherInterface::class)) {
        interface EventDispatcherInterface
        {
            public function dispatch(object $event);
        }
    }
}
