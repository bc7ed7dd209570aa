<?php

declare(strict_types=1);

/**
 * Passes the policy, the locale and the server's "today" to htdocs/global.js
 * (PleskExt.Domainguard.Config), so the browser checks with what the server re-checks with.
 */
class Modules_Domainguard_ContentInclude extends pm_Hook_ContentInclude
{
    public function getJsConfig()
    {
        $settings = new Modules_Domainguard_Settings();
        return [
            'moduleUrl' => pm_Context::getBaseUrl() . 'domainguard/panel.js',
            'locale' => $settings->locale(),
            'policy' => $settings->policy(),
            'today' => $settings->today(),
        ];
    }
}
