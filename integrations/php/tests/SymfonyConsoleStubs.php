<?php

declare(strict_types=1);

// symfony/console, reduced to what CleanupCommandGuard uses (same names and signatures as
// symfony/console 6.4/7.x), for the tests without Composer. Declared only when the real
// classes are not loaded.

namespace Symfony\Component\Console\Input {
    if (!class_exists(InputOption::class, false)) {
        class InputOption
        {
            public const VALUE_NONE = 1;
            public const VALUE_REQUIRED = 2;

            public function __construct(public readonly string $name, mixed $shortcut = null, public readonly ?int $mode = null, public readonly string $description = '') {}
        }

        class InputDefinition
        {
            /** @var array<string, InputOption> */
            private array $options = [];

            public function hasOption(string $name): bool
            {
                return isset($this->options[$name]);
            }

            public function addOption(InputOption $option): void
            {
                $this->options[$option->name] = $option;
            }
        }

        interface InputInterface
        {
            public function hasParameterOption(string|array $values, bool $onlyParams = false): bool;

            public function getParameterOption(string|array $values, string|bool|int|float|array|null $default = false, bool $onlyParams = false): mixed;
        }

        /** ArgvInput's raw option lookup (before binding): `--name=value` or `--name value`. */
        class ArgvInput implements InputInterface
        {
            /** @param list<string> $tokens the arguments after the command name */
            public function __construct(private readonly array $tokens) {}

            public function hasParameterOption(string|array $values, bool $onlyParams = false): bool
            {
                foreach ($this->tokens as $token) {
                    foreach ((array)$values as $value) {
                        if ($token === $value || str_starts_with($token, $value . '=')) {
                            return true;
                        }
                    }
                }
                return false;
            }

            public function getParameterOption(string|array $values, string|bool|int|float|array|null $default = false, bool $onlyParams = false): mixed
            {
                foreach ($this->tokens as $i => $token) {
                    foreach ((array)$values as $value) {
                        if (str_starts_with($token, $value . '=')) {
                            return substr($token, strlen($value) + 1);
                        }
                        if ($token === $value) {
                            return $this->tokens[$i + 1] ?? null;
                        }
                    }
                }
                return $default;
            }
        }
    }
}

namespace Symfony\Component\Console\Output {
    if (!interface_exists(OutputInterface::class, false)) {
        interface OutputInterface
        {
            public function writeln(string|iterable $messages, int $options = 0): void;
        }

        class BufferedOutput implements OutputInterface
        {
            private string $buffer = '';

            public function writeln(string|iterable $messages, int $options = 0): void
            {
                foreach ((array)$messages as $message) {
                    $this->buffer .= $message . "\n";
                }
            }

            public function fetch(): string
            {
                $text = $this->buffer;
                $this->buffer = '';
                return $text;
            }
        }
    }
}

namespace Symfony\Component\Console\Command {
    use Symfony\Component\Console\Input\InputDefinition;
    use Symfony\Component\Console\Input\InputOption;

    if (!class_exists(Command::class, false)) {
        class Command
        {
            public const SUCCESS = 0;

            private InputDefinition $definition;

            public function __construct(private readonly ?string $name = null)
            {
                $this->definition = new InputDefinition();
            }

            public function getName(): ?string
            {
                return $this->name;
            }

            public function getDefinition(): InputDefinition
            {
                return $this->definition;
            }

            public function addOption(string $name, string|array|null $shortcut = null, ?int $mode = null, string $description = '', mixed $default = null): static
            {
                $this->definition->addOption(new InputOption($name, $shortcut, $mode, $description));
                return $this;
            }
        }
    }
}

namespace Symfony\Component\Console\Event {
    use Symfony\Component\Console\Command\Command;
    use Symfony\Component\Console\Input\InputInterface;
    use Symfony\Component\Console\Output\OutputInterface;

    if (!class_exists(ConsoleCommandEvent::class, false)) {
        class ConsoleEvent
        {
            public function __construct(protected ?Command $command, private readonly InputInterface $input, private readonly OutputInterface $output) {}

            public function getCommand(): ?Command
            {
                return $this->command;
            }

            public function getInput(): InputInterface
            {
                return $this->input;
            }

            public function getOutput(): OutputInterface
            {
                return $this->output;
            }
        }

        final class ConsoleCommandEvent extends ConsoleEvent
        {
            public const RETURN_CODE_DISABLED = 113;

            private bool $commandShouldRun = true;

            public function disableCommand(): bool
            {
                return $this->commandShouldRun = false;
            }

            public function commandShouldRun(): bool
            {
                return $this->commandShouldRun;
            }
        }

        final class ConsoleTerminateEvent extends ConsoleEvent
        {
            public function __construct(Command $command, InputInterface $input, OutputInterface $output, private int $exitCode)
            {
                parent::__construct($command, $input, $output);
            }

            public function setExitCode(int $exitCode): void
            {
                $this->exitCode = $exitCode;
            }

            public function getExitCode(): int
            {
                return $this->exitCode;
            }
        }
    }
}
