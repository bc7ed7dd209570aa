<?php

declare(strict_types=1);

// The server side of a form post in the Chromium test, as the TYPO3 module's controller does
// it (DomainsController::indexAction): which form, the case the rules' form layer builds from
// the POST (`domainguard case --form`), the re-check of the post (`domainguard check --form`).
// Uses the built package's shared classes.
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
$log = [];
$recheck = new Recheck($binary, 5.0, static function (string $level, string $message, array $context) use (&$log): void {
    $log[] = [$level, $message, $context];
});
$mapping = FormMapping::fromFile($ext . '/Resources/Private/Php/mapping.json', $recheck);
$action = $mapping->postedAction($post, 'data[tx_domainguard]');
if ($action === null) {
    $case = null;
    $result = RecheckResult::failed('bad_request');
} else {
    $prefix = "data[tx_domainguard][$action]";
    $server = ['today' => $today, 'locale' => $locale, 'policy' => 'default'];
    $built = $mapping->caseFromPost($action, $post, $prefix, $server);
    $case = is_array($built) ? $built : null;
    $form = $mapping->formPost($action, $post, $prefix, $server);
    $code = $case['authinfo']['code'] ?? null;
    $result = $recheck->checkForm($mapping->file(), $form, $mapping->secretValues($action, $form), is_string($code) ? $code : null);
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
