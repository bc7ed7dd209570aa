<?php

declare(strict_types=1);

namespace DomainGuard\Typo3\Hooks;

use Psr\Http\Message\ServerRequestInterface;
use TYPO3\CMS\Core\Http\ApplicationType;
use TYPO3\CMS\Core\Page\PageRenderer;

/**
 * PageRenderer `render-preProcess` hook (ext_localconf.php): every backend document (the top
 * frame with the page tree and context menu, each module frame with the list module) loads
 * @domainguard/domainguard/page-delete.js, which adds the typed page count to TYPO3's own
 * delete confirmation. Frontend pages are left alone.
 */
final class BackendJavaScript
{
    public const MODULE = '@domainguard/domainguard/page-delete.js';

    /** @param array<string, mixed> $params */
    public function addPageDeleteModule(array $params, PageRenderer $pageRenderer): void
    {
        $request = $GLOBALS['TYPO3_REQUEST'] ?? null;
        if ($request instanceof ServerRequestInterface && ApplicationType::fromRequest($request)->isBackend()) {
            $pageRenderer->loadJavaScriptModule(self::MODULE);
        }
    }
}
