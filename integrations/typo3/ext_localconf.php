<?php

declare(strict_types=1);

defined('TYPO3') or die();

// R-R1: every delete of a page goes through the domainguard re-check first (the page tree's
// delete action, the list module, the clipboard, any DataHandler command).
$GLOBALS['TYPO3_CONF_VARS']['SC_OPTIONS']['t3lib/class.t3lib_tcemain.php']['processCmdmapClass']['domainguard']
    = \DomainGuard\Typo3\Hooks\PageDeleteHook::class;
