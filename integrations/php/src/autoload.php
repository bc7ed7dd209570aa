<?php

declare(strict_types=1);

// Autoloader for the shared DomainGuard\ classes, for panels without Composer (Plesk).
// TYPO3 maps the same namespace through composer.json / ext_emconf.php instead.
spl_autoload_register(static function (string $class): void {
    if (str_starts_with($class, 'DomainGuard\\') && substr_count($class, '\\') === 1) {
        $file = __DIR__ . '/' . substr($class, strlen('DomainGuard\\')) . '.php';
        if (is_file($file)) {
            require_once $file;
        }
    }
});
