<?php

declare(strict_types=1);

namespace DomainGuard\Typo3\Facts;

use DomainGuard\ArrayFactSource;
use DomainGuard\FactSource;
use DomainGuard\Typo3\Configuration\Settings;
use DomainGuard\Typo3\Event\CollectDomainFactsEvent;
use Psr\EventDispatcher\EventDispatcherInterface;

/**
 * The registrar's facts for the Domains module's re-check: the JSON file of the extension
 * setting "Registrar data", then the PSR-14 event CollectDomainFactsEvent (a listener asks
 * the registrar's API). A configured file that cannot be read throws, and the re-check refuses
 * (ServerCheck fails closed).
 */
final class Typo3FactSource implements FactSource
{
    public function __construct(
        private readonly Settings $settings,
        private readonly EventDispatcherInterface $eventDispatcher,
    ) {}

    public function facts(string $action, string $domain): ?array
    {
        $file = $this->settings->registrarFacts();
        $facts = $file === '' ? null : ArrayFactSource::fromJsonFile($file)->facts($action, $domain);
        $event = new CollectDomainFactsEvent($action, $domain, $facts);
        $this->eventDispatcher->dispatch($event);
        return $event->facts();
    }
}
