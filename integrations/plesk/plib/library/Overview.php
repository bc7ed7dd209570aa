<?php

declare(strict_types=1);

/**
 * The extension's overview: the domains with their next deadline, and the list of domains
 * whose hosting was removed while the registration runs on ("close by DD.MM.YYYY"), both from
 * the rules' inventory report (`domainguard inventory`: a removed domain is reported with
 * intent `close`, the notice deadline is its close-by date). Registration dates come from the
 * registrar data (setting "Registrar data"); a domain without them says so.
 */
class Modules_Domainguard_Overview
{
    public function __construct(private readonly Modules_Domainguard_Settings $settings) {}

    /**
     * @return list<array{domain: string, removed_on: string, action: string, close_by: ?string, message: string, known: bool}>
     */
    public function removals(): array
    {
        $removed = (new Modules_Domainguard_Removals())->all();
        $report = $this->report(array_keys($removed), 'close');
        $out = [];
        foreach ($removed as $name => $entry) {
            $row = $report[$name] ?? null;
            $out[] = [
                'domain' => $name,
                'removed_on' => (string)($entry['removed_on'] ?? ''),
                'action' => (string)($entry['action'] ?? ''),
                'close_by' => is_string($row['deadline'] ?? null) ? $row['deadline'] : null,
                'message' => (string)($row['message'] ?? ''),
                'known' => $row !== null && ($row['next_action'] ?? '') !== 'FIX_ROW',
            ];
        }
        usort($out, static fn(array $a, array $b): int => [$a['close_by'] ?? '9999', $a['domain']] <=> [$b['close_by'] ?? '9999', $b['domain']]);
        return $out;
    }

    /**
     * The domains this user may see, with their next deadline.
     *
     * @return list<array{id: int, domain: string, deadline: ?string, next_action: string, message: string, severity: string}>
     */
    public function domains(pm_Client $client): array
    {
        $domains = [];
        foreach (pm_Domain::getAllDomains() as $domain) {
            if ($client->hasAccessToDomain((int)$domain->getId())) {
                $domains[Modules_Domainguard_Removals::normalize($domain->getName())] = (int)$domain->getId();
            }
        }
        $report = $this->report(array_keys($domains), 'keep');
        $out = [];
        foreach ($domains as $name => $id) {
            $row = $report[$name] ?? [];
            $out[] = [
                'id' => $id,
                'domain' => $name,
                'deadline' => is_string($row['deadline'] ?? null) ? $row['deadline'] : null,
                'next_action' => (string)($row['next_action'] ?? ''),
                'message' => (string)($row['message'] ?? ''),
                'severity' => (string)($row['severity'] ?? ''),
            ];
        }
        usort($out, static fn(array $a, array $b): int => [$a['deadline'] ?? '9999', $a['domain']] <=> [$b['deadline'] ?? '9999', $b['domain']]);
        return $out;
    }

    /**
     * One inventory run over the domains the registrar data knows; domain => report row.
     *
     * @param list<string> $names
     * @return array<string, array<string, mixed>>
     */
    private function report(array $names, string $intent): array
    {
        if ($names === []) {
            return [];
        }
        try {
            $facts = $this->settings->registrarFacts();
        } catch (\Throwable $e) {
            pm_Log::err('domainguard: registrar data unreadable: ' . $e->getMessage());
            return [];
        }
        $rows = [];
        foreach ($names as $name) {
            $known = $facts?->facts('close', $name) ?? [];
            $registered = $known['domain.registered'] ?? null;
            $renewal = $known['domain.renewal'] ?? null;
            if (!is_string($registered) && !is_string($renewal)) {
                continue; // nothing to compute a deadline from
            }
            $rows[] = array_filter([
                'domain' => $name,
                'registered' => $registered,
                'renewal' => $renewal,
                'holder' => is_string($known['holder.name'] ?? null) ? $known['holder.name'] : null,
                'intent' => $intent,
            ], static fn($v): bool => $v !== null);
        }
        $report = $rows === [] ? null : $this->settings->recheck()->inventory($rows, $this->settings->today(), $this->settings->locale(), $this->settings->policy());
        $byDomain = [];
        foreach ($report['rows'] ?? [] as $row) {
            if (is_string($row['domain'] ?? null)) {
                $byDomain[Modules_Domainguard_Removals::normalize($row['domain'])] = $row;
            }
        }
        return $byDomain;
    }
}
