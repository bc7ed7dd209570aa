<?php

declare(strict_types=1);

use TYPO3\CMS\Core\Imaging\IconProvider\SvgIconProvider;

return [
    'module-domainguard' => [
        'provider' => SvgIconProvider::class,
        'source' => 'EXT:domainguard/Resources/Public/Icons/Module.svg',
    ],
];
