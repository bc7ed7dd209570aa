<?php

declare(strict_types=1);

use DomainGuard\Typo3\Middleware\RecyclerDeleteGuard;

// The Recycler's permanent delete of pages, refused in the Recycler's own answer (see the class).
return [
    'backend' => [
        'domainguard/recycler-delete-guard' => [
            'target' => RecyclerDeleteGuard::class,
            'after' => ['typo3/cms-backend/authentication'],
        ],
    ],
];
