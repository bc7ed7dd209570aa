<?php

declare(strict_types=1);

namespace DomainGuard\Typo3\Controller;

use DomainGuard\Typo3\Configuration\Settings;
use DomainGuard\Typo3\PageDelete\PageDeleteGuard;
use Psr\Http\Message\ResponseFactoryInterface;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Http\Message\StreamFactoryInterface;
use TYPO3\CMS\Core\Authentication\BackendUserAuthentication;

/**
 * AJAX route `domainguard_page_delete` (Configuration/Backend/AjaxRoutes.php), asked by the
 * backend module page-delete.js while TYPO3's delete confirmation is open: the rules' verdict
 * on deleting page `uid` (to the Recycler) with what the editor typed so far (`confirmation`,
 * `backup_declared`). The same guard decides again in the DataHandler when the delete is sent;
 * this answer only shows the editor what will happen. Only for pages the user may see.
 */
final class PageDeleteController
{
    public function __construct(
        private readonly PageDeleteGuard $guard,
        private readonly Settings $settings,
        private readonly ResponseFactoryInterface $responseFactory,
        private readonly StreamFactoryInterface $streamFactory,
    ) {}

    public function previewAction(ServerRequestInterface $request): ResponseInterface
    {
        $params = $request->getQueryParams();
        $uid = (int)($params['uid'] ?? 0);
        $user = $request->getAttribute('backend.user') ?? ($GLOBALS['BE_USER'] ?? null);
        $user = $user instanceof BackendUserAuthentication ? $user : null;
        if ($uid <= 0 || $user === null || !self::maySee($user, $uid)) {
            return $this->json(['error' => 'no_access'], 403);
        }
        $locale = $this->settings->locale($user);
        $decision = $this->guard->review(
            $uid,
            false,
            mb_substr((string)(is_scalar($params['confirmation'] ?? null) ? $params['confirmation'] : ''), 0, 64),
            mb_substr((string)(is_scalar($params['backup_declared'] ?? null) ? $params['backup_declared'] : ''), 0, 64),
            $this->settings->serverContext($locale),
            $this->settings->timeZone(),
        );
        $result = $decision->result;
        $codes = $result->codes();
        return $this->json([
            'uid' => $uid,
            'title' => $decision->title(),
            'descendants' => $decision->descendants(),
            'allowed' => $result->allowed(),
            'needsConfirmation' => $decision->descendants() > 0,
            'backupUnknown' => in_array('BACKUP_AGE_UNKNOWN', $codes, true),
            'findings' => $result->summary(),
            'failure' => $result->failure() === null ? null : $result->failureMessage($locale),
            'labels' => [
                'confirmation' => $this->settings->translate('LLL:EXT:domainguard/Resources/Private/Language/locallang.xlf:pageDelete.modal.confirmation', $locale),
                'backup' => $this->settings->translate('LLL:EXT:domainguard/Resources/Private/Language/locallang.xlf:pageDelete.modal.backup', $locale),
            ],
        ]);
    }

    private static function maySee(BackendUserAuthentication $user, int $uid): bool
    {
        if ($user->isAdmin()) {
            return true;
        }
        $clause = $user->getPagePermsClause(1);
        return class_exists(\TYPO3\CMS\Backend\Utility\BackendUtility::class)
            && is_array(\TYPO3\CMS\Backend\Utility\BackendUtility::readPageAccess($uid, $clause));
    }

    /** @param array<string, mixed> $data */
    private function json(array $data, int $status = 200): ResponseInterface
    {
        return $this->responseFactory->createResponse($status)
            ->withHeader('Content-Type', 'application/json; charset=utf-8')
            ->withHeader('Cache-Control', 'no-store')
            ->withBody($this->streamFactory->createStream((string)json_encode($data, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_INVALID_UTF8_SUBSTITUTE)));
    }
}
