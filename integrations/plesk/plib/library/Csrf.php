<?php

declare(strict_types=1);

/**
 * Plesk's CSRF token for the extension's own forms, rendered by the server into each form
 * (hidden `forgery_protection_token`), so a post works with JavaScript off.
 *
 * Plesk refuses a POST to an extension controller without the session's
 * `forgery_protection_token`. Its own forms (pm_Form_Simple) carry it as a hidden element of
 * that name; this class takes the value from there, so it is always the session's current
 * token. global.js still copies the page's <meta name="forgery_protection_token"> into a form
 * that has none (an older Plesk whose forms add the token only on render).
 */
class Modules_Domainguard_Csrf
{
    public const FIELD = 'forgery_protection_token';

    public static function token(): string
    {
        try {
            $form = new pm_Form_Simple();
            $element = $form->getElement(self::FIELD);
            return $element === null ? '' : (string)$element->getValue();
        } catch (\Throwable) {
            return '';
        }
    }
}
