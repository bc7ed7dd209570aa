<?php

declare(strict_types=1);

use DomainGuard\Typo3\Controller\DomainsController;

// Site Management > Domains: the close and the transfer form.
return [
    'domainguard_domains' => [
        'parent' => 'site',
        'position' => ['bottom'],
        'access' => 'user',
        'workspaces' => 'live',
        'path' => '/module/domainguard/domains',
        'iconIdentifier' => 'module-domainguard',
        'labels' => 'LLL:EXT:domainguard/Resources/Private/Language/locallang_mod.xlf',
        'routes' => [
            '_default' => [
                'target' => DomainsController::class . '::indexAction',
            ],
        ],
    ],
];
