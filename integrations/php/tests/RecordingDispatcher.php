<?php

declare(strict_types=1);

namespace DomainGuard\Tests;

use Psr\EventDispatcher\EventDispatcherInterface;

require_once __DIR__ . '/PsrStubs.php';

/** A PSR-14 dispatcher calling the given listeners (event class => list of callables) and recording events. */
final class RecordingDispatcher implements EventDispatcherInterface
{
    /** @var list<object> */
    public array $events = [];

    /** @param array<class-string, list<callable(object): void>> $listeners */
    public function __construct(private readonly array $listeners = []) {}

    public function dispatch(object $event)
    {
        $this->events[] = $event;
        foreach ($this->listeners[$event::class] ?? [] as $listener) {
            $listener($event);
        }
        return $event;
    }
}
