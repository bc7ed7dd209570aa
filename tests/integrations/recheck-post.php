<?php

declare(strict_types=1);

// The server side of a form post in the Chromium test, as the TYPO3 module's controller does
// it (DomainsController::indexAction): which form, the case from the POST with the explicit
// mapping, the re-check with the native program. Uses the built package's shared classes.
//
//   php recheck-post.php TODAY LOCALE < urlencoded-body
// Output: {"action", "case", "outcome", "allowed", "blockingCodes", "messagesByField", "failure", "log"}
// The case is printed for the test to compare with the browser's; a real panel never prints it.

$ext = dirname(__DIR__, 2) . '/integrations/typo3';
foreach (['CaseChecker', 'RecheckResult', 'Recheck', 'FormMapping', 'FormState'] as $class) {
    require_once $ext . '/Resources/Private/Php/' . $class . '.php';
}

use DomainGuard\FormMapping;
use DomainGuard\Recheck;
use DomainGuard\RecheckResult;

[, $today, $locale] = $argv + [null, '2009-02-01', 'de'];
$binary = getenv('DOMAINGUARD_BIN') ?: dirname(__DIR__, 2) . '/target/release/domainguard';

parse_str((string)stream_get_contents(STDIN), $post);
$mapping = FormMapping::fromFile($ext . '/Resources/Private/Php/mapping.json');
$action = $mapping->postedAction($post, 'data[tx_domainguard]');
$log = [];
if ($action === null) {
    $case = null;
    $result = RecheckResult::failed('bad_request');
} else {
    $case = $mapping->caseFromPost($action, $post, "data[tx_domainguard][$action]", ['today' => $today, 'locale' => $locale, 'policy' => 'default']);
    $result = (new Recheck($binary, 5.0, static function (string $level, string $message, array $context) use (&$log): void {
        $log[] = [$level, $message, $context];
    }))->check($case);
}
echo json_encode([
    'action' => $action,
    'case' => $case,
    'outcome' => $result->outcome(),
    'allowed' => $result->allowed(),
    'blockingCodes' => $result->blockingCodes(),
    'messagesByField' => $result->messagesByField(),
    'failure' => $result->failure(),
    'log' => $log,
], JSON_THROW_ON_ERROR | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE), "\n";
