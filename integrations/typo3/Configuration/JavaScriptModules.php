<?php

declare(strict_types=1);

// The backend import map entry: TYPO3 maps `@domainguard/domainguard/` to this extension's
// Resources/Public/JavaScript/ folder (plus one cache-busted entry per .js file in it).
// The Domains module loads `@domainguard/domainguard/panel.js`, which imports
// ./domainguard.js, which imports ./domainguard_wasm.js and fetches ./domainguard_de_bg.wasm
// (or _en_; ./domainguard_wasm_full.js and ./domainguard_bg.wasm only when a case needs the
// full module); all relative, so one module instance whatever the bust suffix.
return [
    'dependencies' => ['core', 'backend'],
    'imports' => [
        '@domainguard/domainguard/' => 'EXT:domainguard/Resources/Public/JavaScript/',
    ],
];
