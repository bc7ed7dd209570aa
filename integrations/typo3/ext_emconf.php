<?php

// Extension manager metadata (classic, non-Composer installations). Keep the version in step
// with Cargo.toml: scripts/build-integrations.sh refuses to build when they differ.
$EM_CONF[$_EXTKEY] = [
    'title' => 'domainguard – Domains',
    'description' => 'Close and transfer forms for domains, checked in the browser (WebAssembly) and re-checked on the server by the native domainguard program; a guard on recursive page deletes.',
    'category' => 'module',
    'author' => 'domainguard',
    'state' => 'beta',
    'version' => '0.1.0',
    'constraints' => [
        'depends' => [
            'typo3' => '12.4.0-13.4.99',
            'php' => '8.1.0-8.4.99',
            'backend' => '12.4.0-13.4.99',
            'fluid' => '12.4.0-13.4.99',
        ],
        'conflicts' => [],
        'suggests' => [
            'recycler' => '12.4.0-13.4.99',
            'lowlevel' => '12.4.0-13.4.99',
        ],
    ],
    'autoload' => [
        'psr-4' => [
            'DomainGuard\\Typo3\\' => 'Classes/',
            'DomainGuard\\' => 'Resources/Private/Php/',
        ],
    ],
];
