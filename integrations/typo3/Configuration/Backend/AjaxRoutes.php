<?php

declare(strict_types=1);

use DomainGuard\Typo3\Controller\PageDeleteController;

// Asked by page-delete.js while TYPO3's delete confirmation is open (TYPO3.settings.ajaxUrls.domainguard_page_delete).
return [
    'domainguard_page_delete' => [
        'path' => '/domainguard/page-delete',
        'target' => PageDeleteController::class . '::previewAction',
    ],
];
