<?php

declare(strict_types=1);

namespace DomainGuard\Typo3\Middleware;

use DomainGuard\Typo3\Configuration\Settings;
use DomainGuard\Typo3\Hooks\PageDeleteHook;
use DomainGuard\Typo3\PageDelete\PageDeleteGuard;
use DomainGuard\Typo3\PageDelete\RefusalLog;
use Psr\Http\Message\ResponseFactoryInterface;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Http\Message\StreamFactoryInterface;
use Psr\Http\Server\MiddlewareInterface;
use Psr\Http\Server\RequestHandlerInterface;
use TYPO3\CMS\Core\Authentication\BackendUserAuthentication;

/**
 * The Recycler's "delete" (permanent) of pages, in its own UI (backend middleware,
 * Configuration/RequestMiddlewares.php).
 *
 * The Recycler's AJAX route (`/typo3/ajax/recycler`, action `deleteRecords`, records
 * `pages:UID`) answers `{"success": …, "message": …}`, which its module shows as a
 * notification. This middleware checks each page first as a permanent delete (backup age,
 * typed count for a tree) and answers a refusal itself, with the findings as the message; TYPO3
 * v12's Recycler deletes without calling any DataHandler hook, so this is its only guard. On
 * v13 the hook (processCmdmap_deleteAction) checks again per record; whatever it refused turns
 * the Recycler's answer into a refusal too.
 *
 * Mirrors EXT:recycler v13.4.28 / v12.4.45 `RecyclerAjaxController::dispatch()` (parsed body
 * `action`, `records`) and `recycler.js` (reads `success` and `message`).
 */
final class RecyclerDeleteGuard implements MiddlewareInterface
{
    public function __construct(
        private readonly PageDeleteGuard $guard,
        private readonly PageDeleteHook $hook,
        private readonly Settings $settings,
        private readonly RefusalLog $refusals,
        private readonly ResponseFactoryInterface $responseFactory,
        private readonly StreamFactoryInterface $streamFactory,
    ) {}

    public function process(ServerRequestInterface $request, RequestHandlerInterface $handler): ResponseInterface
    {
        $pages = $this->pagesToDelete($request);
        if ($pages === null || !$this->settings->pageDeleteGuard()) {
            return $handler->handle($request);
        }
        $user = $request->getAttribute('backend.user') ?? ($GLOBALS['BE_USER'] ?? null);
        $user = $user instanceof BackendUserAuthentication ? $user : null;
        if (!self::mayDelete($user)) {
            return $handler->handle($request); // the Recycler refuses it itself, without telling titles
        }
        $locale = $this->settings->locale($user);
        $server = $this->settings->serverContext($locale);
        $messages = [];
        foreach ($pages as $uid) {
            $decision = $this->guard->review($uid, true, '', '', $server, $this->settings->timeZone());
            if (!$decision->allowed()) {
                [$template, $data] = $this->hook->refusal($decision, true, $locale);
                $messages[] = PageDeleteHook::interpolate($template, $data);
            }
        }
        if ($messages !== []) {
            return $this->refuse($messages);
        }
        $mark = $this->refusals->size();
        $response = $handler->handle($request);
        $refused = $this->refusals->since($mark);
        return $refused === [] ? $response : $this->refuse(array_column($refused, 'message'));
    }

    /** As RecyclerAjaxController::isDeleteAllowed(): administrators, or TSconfig mod.recycler.allowDelete. */
    private static function mayDelete(?BackendUserAuthentication $user): bool
    {
        if ($user === null) {
            return false;
        }
        return $user->isAdmin() || (bool)($user->getTSConfig()['mod.']['recycler.']['allowDelete'] ?? false);
    }

    /** @return list<int>|null the page uids of a Recycler delete, null for any other request */
    private function pagesToDelete(ServerRequestInterface $request): ?array
    {
        if (!str_ends_with(rtrim($request->getUri()->getPath(), '/'), '/ajax/recycler')) {
            return null;
        }
        $body = $request->getParsedBody();
        $query = $request->getQueryParams();
        $action = (is_array($body) ? ($body['action'] ?? null) : null) ?? ($query['action'] ?? null);
        if ($action !== 'deleteRecords') {
            return null;
        }
        $records = (is_array($body) ? ($body['records'] ?? null) : null) ?? ($query['records'] ?? null);
        $uids = [];
        foreach (is_array($records) ? $records : [] as $record) {
            if (is_string($record) && preg_match('/^pages:(\d+)$/D', $record, $m)) {
                $uids[] = (int)$m[1];
            }
        }
        return $uids;
    }

    /** @param list<string> $messages */
    private function refuse(array $messages): ResponseInterface
    {
        $json = json_encode(['success' => false, 'message' => implode("\n", $messages)], JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_INVALID_UTF8_SUBSTITUTE);
        return $this->responseFactory->createResponse(200)
            ->withHeader('Content-Type', 'application/json; charset=utf-8')
            ->withBody($this->streamFactory->createStream((string)$json));
    }
}
