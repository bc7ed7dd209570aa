<?php

declare(strict_types=1);

defined('TYPO3') or die();

// R-R1: every delete of a page goes through the domainguard re-check first: the page tree's,
// list module's and context menu's delete (to the Recycler) and, on TYPO3 v13, the Recycler's
// permanent delete and cleanup:deletedrecords (DataHandler::deleteAction() hooks).
$GLOBALS['TYPO3_CONF_VARS']['SC_OPTIONS']['t3lib/class.t3lib_tcemain.php']['processCmdmapClass']['domainguard']
    = \DomainGuard\Typo3\Hooks\PageDeleteHook::class;

// The typed page count in TYPO3's own delete confirmation: page-delete.js in every backend document.
$GLOBALS['TYPO3_CONF_VARS']['SC_OPTIONS']['t3lib/class.t3lib_pagerenderer.php']['render-preProcess']['domainguard']
    = \DomainGuard\Typo3\Hooks\BackendJavaScript::class . '->addPageDeleteModule';
