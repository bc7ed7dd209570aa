<?php

declare(strict_types=1);

// The two methods of PSR-7's ServerRequestInterface the hook uses, when psr/http-message is
// not installed (it is not, here: no Composer).
namespace Psr\Http\Message;

if (!interface_exists(ServerRequestInterface::class)) {
    interface ServerRequestInterface
    {
        public function getParsedBody();

        public function getQueryParams();
    }
}
