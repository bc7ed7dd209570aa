<?php

declare(strict_types=1);

// The server's case of a form post, for the byte-for-byte comparison with the browser's
// (tests/integrations/form-bytes.test.mjs): the body as the browser posted it, parsed by PHP,
// the form post the re-check sends (FormMapping::formPost()), and the case the rules' form layer
// builds from it (`domainguard case --form mapping.json`), written out exactly as the program
// wrote it: with `masked` the AuthInfo as [[AUTHINFO]] (no --with-secrets, as the browser
// guard's handle.case), else as posted. Either way the re-check's own way to the case
// (FormMapping::caseFromPost, --with-secrets) must give the unmasked case. Uses the built
// package's shared classes.
//
//   php form-case.php TODAY LOCALE [masked] < urlencoded-body
// Output: the case's JSON text (one line), as the program wrote it.

$ext = dirname(__DIR__, 2) . '/integrations/typo3';
foreach (['CaseChecker', 'RecheckResult', 'Recheck', 'FormMapping'] as $class) {
    require_once $ext . '/Resources/Private/Php/' . $class . '.php';
}

use DomainGuard\FormMapping;
use DomainGuard\Recheck;

[, $today, $locale, $mode] = $argv + [null, '2009-02-01', 'de', 'secrets'];
$binary = getenv('DOMAINGUARD_BIN') ?: dirname(__DIR__, 2) . '/target/release/domainguard';

parse_str((string)stream_get_contents(STDIN), $post);
$file = $ext . '/Resources/Private/Php/mapping.json';
$mapping = FormMapping::fromFile($file, new Recheck($binary));
$action = $mapping->postedAction($post, 'data[tx_domainguard]');
if ($action === null) {
    fwrite(STDERR, "not one form of the mapping\n");
    exit(1);
}
$form = $mapping->formPost($action, $post, "data[tx_domainguard][$action]", ['today' => $today, 'locale' => $locale, 'policy' => 'default']);
/** The program's case of the form post: `domainguard case --form MAPPING [--with-secrets]`. */
$case = static function (array $options) use ($binary, $mapping, $form): string {
    $process = proc_open([$binary, 'case', '--form', $mapping->file(), ...$options], [0 => ['pipe', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
    if (!is_resource($process)) {
        fwrite(STDERR, "cannot start $binary\n");
        exit(1);
    }
    fwrite($pipes[0], json_encode($form, JSON_THROW_ON_ERROR | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES));
    fclose($pipes[0]);
    $out = stream_get_contents($pipes[1]);
    $err = stream_get_contents($pipes[2]);
    fclose($pipes[1]);
    fclose($pipes[2]);
    $status = proc_close($process);
    if ($status !== 0) {
        fwrite(STDERR, "domainguard case --form: exit $status: $out $err\n");
        exit(1);
    }
    return (string)$out;
};
$unmasked = $case(['--with-secrets']);
// the re-check's own way to the case gives the same (decoded) case
$built = $mapping->caseFromPost($action, $post, "data[tx_domainguard][$action]", ['today' => $today, 'locale' => $locale, 'policy' => 'default']);
if (!is_array($built) || $built !== json_decode($unmasked, true, 64, JSON_THROW_ON_ERROR)) {
    fwrite(STDERR, "FormMapping::caseFromPost() differs from the program's output\n");
    exit(1);
}
echo $mode === 'masked' ? $case([]) : $unmasked;
