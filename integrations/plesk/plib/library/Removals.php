<?php

declare(strict_types=1);

/**
 * The list of domains whose hosting (website, subscription) was removed in Plesk while the
 * registration may still be running: "hosting removed, registration still running: close by
 * DD.MM.YYYY". Filled by the event handler (library/EventListener.php) after any removal
 * (UI, `plesk bin`, API), shown on the extension's overview, cleared by the operator once
 * the domain is closed or kept on purpose. Stored as JSON in pm_Settings (at most MAX entries).
 */
class Modules_Domainguard_Removals
{
    private const KEY = 'removals';
    private const MAX = 1000;

    /**
     * @param string $action the Plesk event (phys_hosting_delete, domain_delete, site_delete)
     */
    public function record(string $domain, string $action, string $removedOn): void
    {
        $name = self::normalize($domain);
        if ($name === '') {
            return;
        }
        $all = $this->all();
        $all[$name] = ['domain' => $name, 'action' => $action, 'removed_on' => $removedOn];
        if (count($all) > self::MAX) {
            $all = array_slice($all, -self::MAX, null, true);
        }
        pm_Settings::set(self::KEY, json_encode($all, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES));
    }

    public function dismiss(string $domain): void
    {
        $all = $this->all();
        unset($all[self::normalize($domain)]);
        pm_Settings::set(self::KEY, json_encode($all, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES));
    }

    /** @return array<string, array{domain: string, action: string, removed_on: string}> */
    public function all(): array
    {
        $data = json_decode((string)pm_Settings::get(self::KEY, '{}'), true);
        return is_array($data) ? array_filter($data, 'is_array') : [];
    }

    public static function normalize(string $domain): string
    {
        return mb_strtolower(rtrim(trim($domain), '.'));
    }
}
