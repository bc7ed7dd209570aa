<?php

declare(strict_types=1);

/**
 * Nothing for every Plesk page any more: the extension's forms carry their own settings in
 * data attributes (locale, policy, today, module URL, CSRF token), rendered by the server on the
 * pages that have them. global.js (htdocs/) reads them there.
 */
class Modules_Domainguard_ContentInclude extends pm_Hook_ContentInclude
{
}
