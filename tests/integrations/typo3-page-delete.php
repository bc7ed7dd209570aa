<?php

declare(strict_types=1);

// The server side of the page-delete test in Chromium (page-delete.test.mjs): TYPO3's
// DataHandler (the stand-in of integrations/php/tests/Typo3Stubs.php, mirroring v13.4.34
// process_cmdmap()/deleteAction()) with the extension's hook, and the extension's AJAX
// controller, on a page tree kept in a JSON state file, against the real domainguard program.
//
//   php typo3-page-delete.php STATE preview 'uid=10&confirmation=5'     the AJAX route's answer
//   php typo3-page-delete.php STATE process 'cmd[pages][10][delete]=1'  record_process: {hasErrors, messages}
//   php typo3-page-delete.php STATE init                                a fresh tree

require __DIR__ . '/../../integrations/php/tests/bootstrap.php';
require_once __DIR__ . '/../../integrations/php/tests/Typo3Stubs.php';

use DomainGuard\Tests\FakeRequest;
use DomainGuard\Tests\FakeResponse;
use DomainGuard\Tests\InMemoryPageTree;
use DomainGuard\Tests\PageDeleteSetup;
use DomainGuard\Typo3\Controller\PageDeleteController;
use DomainGuard\Typo3\Hooks\PageDeleteHook;
use DomainGuard\Typo3\PageDelete\RefusalLog;
use TYPO3\CMS\Core\Authentication\BackendUserAuthentication;

[, $stateFile, $command] = $argv + [null, '', ''];
$query = $argv[3] ?? '';
$binary = getenv('DOMAINGUARD_BIN') ?: dirname(__DIR__, 2) . '/target/release/domainguard';

$tree = new InMemoryPageTree([
    1 => [0, 'Root'],
    10 => [1, 'Shop'],
    11 => [10, 'Produkte'],
    12 => [11, 'Archiv'],
    13 => [11, 'Neu'],
    14 => [10, 'Kontakt'],
    15 => [14, 'Impressum'],
    20 => [1, 'Blog <b>neu</b>'],
]);
if ($command !== 'init' && is_file($stateFile)) {
    $tree->pages = json_decode((string)file_get_contents($stateFile), true, 8, JSON_THROW_ON_ERROR);
}

// a fresh install: the extension's defaults (no backup source), German backend user
$settings = PageDeleteSetup::settings($binary);
$user = new BackendUserAuthentication(['uid' => 1, 'lang' => 'de']);
$guard = PageDeleteSetup::guard($tree, $settings);

switch ($command) {
    case 'init':
        break;
    case 'preview':
        parse_str($query, $params);
        $response = (new PageDeleteController($guard, $settings, new FakeResponse(), new FakeResponse()))
            ->previewAction(new FakeRequest([], $params, '/typo3/ajax/domainguard/page-delete', 'GET', ['backend.user' => $user]));
        echo (string)$response->getBody(), "\n";
        break;
    case 'process':
        // SimpleDataHandlerController::processAjaxRequest(): cmd from the query, errors as messages
        parse_str($query, $params);
        $dataHandler = PageDeleteSetup::dataHandler($tree, new PageDeleteHook($guard, $settings, new RefusalLog()), $user);
        $dataHandler->start([], is_array($params['cmd'] ?? null) ? $params['cmd'] : []);
        $dataHandler->process_cmdmap();
        $messages = array_map(static fn(string $m): array => ['title' => 'DataHandler', 'message' => preg_replace('/^\[[0-9.]+\]: /', '', $m)], $dataHandler->errorLog);
        echo json_encode(['hasErrors' => $messages !== [], 'messages' => $messages], JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES), "\n";
        break;
    default:
        fwrite(STDERR, "unknown command\n");
        exit(2);
}
file_put_contents($stateFile, json_encode($tree->pages));
