<?php

declare(strict_types=1);

// Autoloading for the tests, without Composer: the shared classes from their source
// (integrations/php/src), the TYPO3 extension's classes, the test helpers.
error_reporting(E_ALL);

// Plesk's autoloading of an extension: Modules_Domainguard_Foo from plib/library/Foo.php or
// plib/hooks/Foo.php; the controller by its file.
spl_autoload_register(static function (string $class): void {
    $plib = dirname(__DIR__, 2) . '/plesk/plib/';
    if (str_starts_with($class, 'Modules_Domainguard_')) {
        $name = substr($class, strlen('Modules_Domainguard_'));
        foreach (['library/', 'hooks/'] as $dir) {
            if (is_file($plib . $dir . $name . '.php')) {
                require_once $plib . $dir . $name . '.php';
                return;
            }
        }
    } elseif ($class === 'IndexController') {
        require_once $plib . 'controllers/IndexController.php';
    }
});

spl_autoload_register(static function (string $class): void {
    $roots = [
        'DomainGuard\\Tests\\' => __DIR__ . '/',
        'DomainGuard\\Typo3\\' => dirname(__DIR__, 2) . '/typo3/Classes/',
        'DomainGuard\\' => dirname(__DIR__) . '/src/',
    ];
    foreach ($roots as $prefix => $dir) {
        if (str_starts_with($class, $prefix)) {
            $file = $dir . str_replace('\\', '/', substr($class, strlen($prefix))) . '.php';
            if (is_file($file)) {
                require_once $file;
            }
            return;
        }
    }
});
