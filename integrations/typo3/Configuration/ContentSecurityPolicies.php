<?php

declare(strict_types=1);

use TYPO3\CMS\Core\Security\ContentSecurityPolicy\Directive;
use TYPO3\CMS\Core\Security\ContentSecurityPolicy\Mutation;
use TYPO3\CMS\Core\Security\ContentSecurityPolicy\MutationCollection;
use TYPO3\CMS\Core\Security\ContentSecurityPolicy\MutationMode;
use TYPO3\CMS\Core\Security\ContentSecurityPolicy\Scope;
use TYPO3\CMS\Core\Security\ContentSecurityPolicy\SourceKeyword;
use TYPO3\CMS\Core\Type\Map;

// The backend's Content-Security-Policy does not allow compiling WebAssembly. domainguard's
// rules are a wasm module: 'wasm-unsafe-eval' allows exactly that (and not eval() of
// JavaScript, which 'unsafe-eval' would). Without it the browser check cannot load; the
// forms still work, checked by the server alone.
return Map::fromEntries([
    Scope::backend(),
    new MutationCollection(
        new Mutation(MutationMode::Extend, Directive::ScriptSrc, SourceKeyword::wasmUnsafeEval),
    ),
]);
