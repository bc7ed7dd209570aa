<?php

declare(strict_types=1);

/** Two buttons on a domain's page: close it, release it for a transfer (with dom_id). */
class Modules_Domainguard_CustomButtons extends pm_Hook_CustomButtons
{
    public function getButtons()
    {
        return [
            [
                'place' => self::PLACE_DOMAIN_PROPERTIES,
                'title' => pm_Locale::lmsg('button.close'),
                'description' => pm_Locale::lmsg('button.closeDescription'),
                'link' => pm_Context::getActionUrl('index', 'close'),
                'contextParams' => true,
            ],
            [
                'place' => self::PLACE_DOMAIN_PROPERTIES,
                'title' => pm_Locale::lmsg('button.transfer'),
                'description' => pm_Locale::lmsg('button.transferDescription'),
                'link' => pm_Context::getActionUrl('index', 'transfer'),
                'contextParams' => true,
            ],
        ];
    }
}
