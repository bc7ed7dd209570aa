<?php

declare(strict_types=1);

// What the TYPO3 backend puts into the Domains module's page, for the Chromium test:
//  - the import map, computed from the extension's Configuration/JavaScriptModules.php the way
//    TYPO3 v12/v13's ImportMap does (EXT: paths to public URLs, the folder entry plus one
//    `?bust=` entry per .js file below it, JSON with TYPO3's flags), for a classic-mode
//    install at /typo3conf/ext/domainguard/;
//  - the field mappings the module writes into data-domainguard-mapping (FormMapping::fieldNames()).
// Uses the built package (run scripts/build-integrations.sh first).
// Output: {"importmap": "<json>", "mapping": {"close": {...}, "transfer_out": {...}}}

$ext = dirname(__DIR__, 2) . '/integrations/typo3';
foreach (['CaseChecker', 'RecheckResult', 'Recheck', 'FormMapping'] as $class) {
    require_once $ext . '/Resources/Private/Php/' . $class . '.php';
}

$config = require $ext . '/Configuration/JavaScriptModules.php';
$bust = sha1('domainguard:' . ((require_ext_emconf($ext))['version'] ?? ''));

$imports = [];
$perFile = [];
foreach ($config['imports'] ?? [] as $specifier => $address) {
    $path = is_array($address) ? $address['path'] : $address;
    if (!str_starts_with($path, 'EXT:domainguard/')) {
        throw new RuntimeException("unexpected import path $path");
    }
    $relative = substr($path, strlen('EXT:domainguard/'));
    $url = 'typo3conf/ext/domainguard/' . $relative;
    if (str_ends_with($specifier, '/')) {
        $imports[$specifier] = $url;
        $dir = $ext . '/' . $relative;
        $files = new RegexIterator(new RecursiveIteratorIterator(new RecursiveDirectoryIterator($dir, FilesystemIterator::SKIP_DOTS)), '/\.js$/');
        $found = [];
        foreach ($files as $file) {
            $found[] = substr($file->getPathname(), strlen($dir));
        }
        sort($found);
        foreach ($found as $name) {
            $perFile[$specifier . $name] = $url . $name . '?bust=' . $bust;
        }
    } else {
        $imports[$specifier] = $url . '?bust=' . $bust;
    }
}
$imports += $perFile;
// composeImportMap(): the site's URL prefix in front of every address
$imports = array_map(static fn(string $url): string => '/' . $url, $imports);
$importmap = json_encode(
    ['imports' => $imports],
    JSON_FORCE_OBJECT | JSON_UNESCAPED_SLASHES | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT | JSON_HEX_TAG | JSON_THROW_ON_ERROR,
);

$binary = getenv('DOMAINGUARD_BIN') ?: dirname(__DIR__, 2) . '/target/release/domainguard';
$mapping = DomainGuard\FormMapping::fromFile($ext . '/Resources/Private/Php/mapping.json', new DomainGuard\Recheck($binary));
echo json_encode([
    'importmap' => $importmap,
    'mapping' => [
        'close' => $mapping->fieldNames('close', 'data[tx_domainguard][close]'),
        'transfer_out' => $mapping->fieldNames('transfer_out', 'data[tx_domainguard][transfer_out]'),
    ],
], JSON_THROW_ON_ERROR | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE), "\n";

/** @return array<string, mixed> */
function require_ext_emconf(string $ext): array
{
    $_EXTKEY = 'domainguard';
    $EM_CONF = [];
    require $ext . '/ext_emconf.php';
    return $EM_CONF[$_EXTKEY];
}
