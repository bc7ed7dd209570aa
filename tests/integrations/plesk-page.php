<?php

declare(strict_types=1);

// The Plesk extension's close page for the no-JavaScript test (plesk-nojs.test.mjs): Plesk's
// SDK stubbed from its documented signatures (integrations/php/tests/PleskStubs.php), the
// extension's controller and view script, the real domainguard program.
//
//   php plesk-page.php GET  'dom_id=7'             {"status": 200, "html": "<form …>"}
//   php plesk-page.php POST 'dom_id=7' < body      {"status": 303|422, "location": …, "messages": […], "html": …}
// Like Plesk, a POST without the session's forgery_protection_token is refused (403).

require __DIR__ . '/../../integrations/php/tests/bootstrap.php';
require_once __DIR__ . '/../../integrations/php/tests/PleskStubs.php';

[, $method, $query] = $argv + [null, 'GET', ''];
parse_str((string)$query, $params);
$binary = getenv('DOMAINGUARD_BIN') ?: dirname(__DIR__, 2) . '/target/release/domainguard';

pm_Settings::$values = ['binary' => $binary, 'locale' => 'de'];
pm_Session::$token = '5e551011c0ffee00';
pm_Domain::$all = [7 => new pm_Domain(7, 'beispiel.de')];
pm_ApiRpc::$answer = static fn(string $request): SimpleXMLElement => new SimpleXMLElement('<packet><mail><get_info/></mail></packet>');
Modules_Domainguard_Settings::$clock = static fn(): DateTimeImmutable => new DateTimeImmutable('2009-02-01T10:00:00+01:00');
$facts = tempnam(sys_get_temp_dir(), 'dg-facts-');
file_put_contents($facts, json_encode(['beispiel.de' => ['domain.registered' => '2005-04-04', 'holder.name' => 'Max Mustermann']]));
pm_Settings::set('registrarFacts', $facts);

$post = null;
if ($method === 'POST') {
    parse_str((string)stream_get_contents(STDIN), $post);
    if (($post['forgery_protection_token'] ?? '') !== pm_Session::$token) {
        @unlink($facts);
        echo json_encode(['status' => 403, 'html' => 'forgery_protection_token missing or wrong']), "\n";
        exit(0);
    }
}
$controller = new IndexController($params, $post);
$controller->init();
$controller->closeAction();
$html = '';
if ($controller->redirectedTo === null) {
    $view = $controller->view;
    $file = dirname(__DIR__, 2) . '/integrations/plesk/plib/views/scripts/index/form.phtml';
    $render = Closure::bind(function () use ($file): void {
        include $file;
    }, $view, $view::class);
    ob_start();
    $render();
    $html = (string)ob_get_clean();
}
@unlink($facts);
echo json_encode([
    'status' => $controller->redirectedTo !== null ? (int)$controller->redirectCode : $controller->getResponse()->code,
    'location' => $controller->redirectedTo,
    'messages' => $controller->_status->messages,
    'events' => pm_ActionLog::$submitted,
    'html' => $html,
], JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES), "\n";
