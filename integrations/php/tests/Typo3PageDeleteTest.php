<?php

declare(strict_types=1);

namespace DomainGuard\Tests;

use DomainGuard\RecheckResult;
use DomainGuard\Typo3\Configuration\Settings;
use DomainGuard\Typo3\Event\ResolveBackupTimeEvent;
use DomainGuard\Typo3\EventListener\CleanupCommandGuard;
use DomainGuard\Typo3\Hooks\PageDeleteHook;
use DomainGuard\Typo3\Middleware\RecyclerDeleteGuard;
use DomainGuard\Typo3\PageDelete\ConfiguredBackupRepository;
use DomainGuard\Typo3\PageDelete\PageDeleteGuard;
use DomainGuard\Typo3\PageDelete\RefusalLog;
use PHPUnit\Framework\TestCase;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Http\Server\RequestHandlerInterface;
use Symfony\Component\Console\Command\Command;
use Symfony\Component\Console\Event\ConsoleCommandEvent;
use Symfony\Component\Console\Event\ConsoleTerminateEvent;
use Symfony\Component\Console\Input\ArgvInput;
use Symfony\Component\Console\Output\BufferedOutput;
use TYPO3\CMS\Core\Authentication\BackendUserAuthentication;
use TYPO3\CMS\Core\Configuration\ExtensionConfiguration;
use TYPO3\CMS\Core\DataHandling\DataHandler;
use TYPO3\CMS\Core\Log\LogManager;

require_once __DIR__ . '/Typo3Stubs.php';
require_once __DIR__ . '/SymfonyConsoleStubs.php';
require_once __DIR__ . '/PsrStubs.php';

/**
 * R-R1 in TYPO3, as an editor and an administrator meet it, against the real `cms_delete`
 * rules (target/release/domainguard). The hook is driven the way TYPO3's DataHandler calls it
 * (the DataHandler stand-in mirrors v13.4.34 process_cmdmap()/deleteAction(), see
 * Typo3Stubs.php); the Recycler the way EXT:recycler v13.4.28 RecyclerAjaxController +
 * DeletedRecords::deleteData() do ($tce->deleteAction($table, $uid, false, true)); the clean-up
 * the way EXT:lowlevel v13.4.33 DeletedRecordsCommand::deleteRecords() does
 * ($dataHandler->deleteAction($table, $uid, true, true)) inside symfony/console's
 * Application::doRunCommand() (command event, run unless disabled, terminate event).
 */
final class Typo3PageDeleteTest extends TestCase
{
    private InMemoryPageTree $tree;
    private RefusalLog $refusals;
    /** @var list<string> */
    private array $files = [];

    protected function setUp(): void
    {
        // 1 Root
        // ├ 10 Shop ─ 11 Produkte ─ 12 Archiv, 13 Neu;  14 Kontakt ─ 15 Impressum
        // ├ 20 Blog
        // └ 30 100% Rabatt ─ 31 Bedingungen
        $this->tree = new InMemoryPageTree([
            1 => [0, 'Root'],
            10 => [1, 'Shop'],
            11 => [10, 'Produkte'],
            12 => [11, 'Archiv'],
            13 => [11, 'Neu'],
            14 => [10, 'Kontakt'],
            15 => [14, 'Impressum <alt>'],
            20 => [1, 'Blog'],
            30 => [1, '100% Rabatt %s %1$s'],
            31 => [30, 'Bedingungen'],
        ], [10 => 3, 12 => 4, 15 => 1, 20 => 9]);
        $this->refusals = new RefusalLog();
        unset($GLOBALS['BE_USER'], $GLOBALS['TYPO3_REQUEST'], $GLOBALS['LANG']);
    }

    protected function tearDown(): void
    {
        foreach ($this->files as $file) {
            @unlink($file);
        }
        Support::cleanUp();
    }

    /** @param array<string, mixed> $config the extension configuration (defaults: a fresh install) */
    private function settings(array $config = []): Settings
    {
        return PageDeleteSetup::settings(Support::binary(), $config);
    }

    private function guard(Settings $settings, ?RecordingDispatcher $dispatcher = null): PageDeleteGuard
    {
        return PageDeleteSetup::guard($this->tree, $settings, $dispatcher);
    }

    private function hook(Settings $settings, ?RecordingDispatcher $dispatcher = null): PageDeleteHook
    {
        return new PageDeleteHook($this->guard($settings, $dispatcher), $settings, $this->refusals);
    }

    private function dataHandler(PageDeleteHook $hook, string $lang = 'de'): DataHandler
    {
        return PageDeleteSetup::dataHandler($this->tree, $hook, new BackendUserAuthentication(['uid' => 1, 'lang' => $lang]));
    }

    /** A file whose modification time is $age ago: what a backup job leaves behind. */
    private function backupFile(string $age): string
    {
        $file = tempnam(sys_get_temp_dir(), 'dg-backup-');
        touch($file, (new \DateTimeImmutable($age))->getTimestamp());
        $this->files[] = $file;
        return $file;
    }

    /** @param array<int|string, mixed> $value the delete command's value */
    private static function delete(DataHandler $dataHandler, int $uid, mixed $value = 1): void
    {
        $dataHandler->start([], ['pages' => [$uid => ['delete' => $value]]]);
        $dataHandler->process_cmdmap();
    }

    private function deleted(int $uid): ?int
    {
        return isset($this->tree->pages[$uid]) ? $this->tree->pages[$uid]['deleted'] : null;
    }

    // --- a fresh install: extension defaults, no backup source ---------------------------------

    public function testAFreshInstallLetsAnEditorDeleteALeafPageToTheRecycler(): void
    {
        $settings = $this->settings();
        $dataHandler = $this->dataHandler($this->hook($settings));

        self::delete($dataHandler, 20);

        self::assertSame(1, $this->deleted(20), 'Blog is in the Recycler');
        self::assertSame([], $dataHandler->errorLog);
        self::assertSame([], $this->refusals->all());

        // and the rules said why: an undoable delete, with an info
        $decision = $this->guard($settings)->review(12, false, '', '', $settings->serverContext('de'));
        self::assertTrue($decision->allowed(), json_encode($decision->result, JSON_UNESCAPED_UNICODE));
        self::assertContains('DELETE_UNDOABLE', $decision->result->codes());
        self::assertSame(['source' => 'none'], $decision->case['backup']);
        self::assertSame(['undoable' => true], $decision->case['delete']);
    }

    public function testATreeIsRefusedWithoutTheTypedCountAndDeletedWithIt(): void
    {
        $dataHandler = $this->dataHandler($this->hook($this->settings()));

        self::delete($dataHandler, 10);
        self::assertSame(0, $this->deleted(10), 'nothing deleted');
        self::assertSame(0, $this->deleted(15));
        self::assertCount(1, $dataHandler->errorLog);
        self::assertStringStartsWith('[1.3]: domainguard: Die Seite „Shop“ wurde nicht gelöscht (Unterseiten: 5).', $dataHandler->errorLog[0]);
        self::assertSame([10], array_column($this->refusals->all(), 'uid'));

        self::delete($dataHandler, 10, ['tx_domainguard' => ['confirmation' => '4']]);
        self::assertSame(0, $this->deleted(10), 'a wrong count is refused');

        self::delete($dataHandler, 10, ['tx_domainguard' => ['confirmation' => ' 5 ']]);
        foreach ([10, 11, 12, 13, 14, 15] as $uid) {
            self::assertSame(1, $this->deleted($uid), "page $uid is in the Recycler");
        }
        self::assertSame(0, $this->deleted(20));
        self::assertCount(2, $dataHandler->errorLog);
    }

    public function testTheMessageIsDataNotAFormatString(): void
    {
        $dataHandler = $this->dataHandler($this->hook($this->settings()), 'default');
        self::delete($dataHandler, 30); // "100% Rabatt %s %1$s": vsprintf would throw ValueError in TYPO3 12.4.0
        self::assertSame(0, $this->deleted(30));
        [$table, $uid, , , $error, $details, $data] = $dataHandler->logged[0];
        self::assertSame(['pages', 30, 1], [$table, $uid, $error]);
        self::assertStringNotContainsString('%', $details, 'the template has no format characters');
        self::assertSame('100% Rabatt %s %1$s', $data['title']);
        self::assertStringContainsString('page "100% Rabatt  %1$s" was not deleted (pages below it: 1).', $dataHandler->errorLog[0]);
    }

    public function testTheDataHandlersOwnUserDecidesTheLanguageNotAGlobal(): void
    {
        $GLOBALS['BE_USER'] = new BackendUserAuthentication(['uid' => 9, 'lang' => 'de']);
        $dataHandler = $this->dataHandler($this->hook($this->settings()), 'default');
        self::delete($dataHandler, 14);
        self::assertStringContainsString('page "Kontakt" was not deleted (pages below it: 1).', $dataHandler->errorLog[0]);
    }

    public function testACliOrSchedulerDataHandlerGivesTheCountAsTheCommandValue(): void
    {
        // no request, no global user: a DataHandler started by a command or a scheduler task
        $dataHandler = $this->dataHandler($this->hook($this->settings()), '');
        self::delete($dataHandler, 14, ['tx_domainguard' => ['confirmation' => '1']]);
        self::assertSame(1, $this->deleted(14));
        self::assertSame(1, $this->deleted(15));
    }

    // --- the permanent delete ----------------------------------------------------------------

    /** What EXT:recycler v13.4.28 DeletedRecords::deleteData() does for "pages:UID". */
    private static function recyclerDelete(DataHandler $dataHandler, int $uid): void
    {
        $dataHandler->start([], []);
        $dataHandler->deleteAction('pages', $uid, false, true);
    }

    public function testTheRecyclersPermanentDeleteOfATreeIsRefusedWhenTheBackupIsTooOld(): void
    {
        $settings = $this->settings(['backupSource' => 'mtime', 'backupPath' => $this->backupFile('-25 hours')]);
        $dataHandler = $this->dataHandler($this->hook($settings));
        self::delete($dataHandler, 10, ['tx_domainguard' => ['confirmation' => '5']]);
        self::assertSame(1, $this->deleted(10), 'the tree went to the Recycler (undoable, no backup needed)');

        self::recyclerDelete($dataHandler, 10);

        self::assertSame(1, $this->deleted(10), 'still in the Recycler, not removed');
        self::assertSame(1, $this->deleted(15));
        self::assertStringStartsWith('[1.3]: domainguard: Die Seite „Shop“ wurde nicht endgültig gelöscht (Unterseiten: 5); sie bleibt im Papierkorb.', end($dataHandler->errorLog));
        $refusals = $this->refusals->all();
        self::assertSame(['uid' => 10, 'permanent' => true], array_intersect_key(end($refusals), ['uid' => 1, 'permanent' => 1]));

        $decision = $this->guard($settings)->review(10, true, '5', '', $settings->serverContext('de'));
        self::assertContains('BACKUP_TOO_OLD', $decision->result->blockingCodes());
    }

    public function testAFreshBackupLetsTheRecyclerRemoveALeafPageForGood(): void
    {
        $settings = $this->settings(['backupSource' => 'mtime', 'backupPath' => $this->backupFile('-2 hours')]);
        $dataHandler = $this->dataHandler($this->hook($settings));
        self::delete($dataHandler, 20);
        self::recyclerDelete($dataHandler, 20);
        self::assertNull($this->deleted(20), 'removed');
        self::assertSame([], $dataHandler->errorLog);
    }

    public function testWithoutABackupSourceThePermanentDeleteAsksForADeclaredTime(): void
    {
        $settings = $this->settings();
        $dataHandler = $this->dataHandler($this->hook($settings));
        self::delete($dataHandler, 20);
        self::recyclerDelete($dataHandler, 20);
        self::assertSame(1, $this->deleted(20), 'unknown backup age: refused');

        $server = $settings->serverContext('de');
        $unknown = $this->guard($settings)->review(20, true, '', '', $server);
        self::assertSame(['BACKUP_AGE_UNKNOWN'], $unknown->result->blockingCodes());
        $declared = $this->guard($settings)->review(20, true, '', (new \DateTimeImmutable('-3 hours'))->setTimezone(new \DateTimeZone('Europe/Berlin'))->format('Y-m-d\TH:i'), $server);
        self::assertTrue($declared->allowed(), json_encode($declared->result, JSON_UNESCAPED_UNICODE));
        self::assertContains('BACKUP_DECLARED', $declared->result->codes());
        self::assertSame('declared', $declared->case['backup']['source']);
    }

    public function testAListenerCanSupplyTheBackupTimeAndADeclarationDoesNotOverruleASource(): void
    {
        $settings = $this->settings();
        $dispatcher = new RecordingDispatcher([ResolveBackupTimeEvent::class => [
            static fn(ResolveBackupTimeEvent $e) => $e->setBackupTime(new \DateTimeImmutable('-30 hours')),
        ]]);
        $declaredNow = (new \DateTimeImmutable('now'))->setTimezone(new \DateTimeZone('Europe/Berlin'))->format('Y-m-d\TH:i');
        $decision = $this->guard($settings, $dispatcher)->review(20, true, '', $declaredNow, $settings->serverContext('de'));
        self::assertSame('panel', $decision->case['backup']['source']);
        self::assertContains('BACKUP_TOO_OLD', $decision->result->blockingCodes());
    }

    public function testBackupSourcesReadTheFileTimeOrTheCommandsAnswer(): void
    {
        $file = $this->backupFile('2009-01-31T22:15:00+00:00');
        self::assertSame('2009-01-31T22:15:00+00:00', ConfiguredBackupRepository::mtime($file)?->format('c'));
        self::assertNull(ConfiguredBackupRepository::mtime('/nonexistent/backup'));
        $program = Support::fakeProgram('echo 2009-01-31T23:15:00+01:00');
        self::assertSame('2009-01-31T22:15:00+00:00', ConfiguredBackupRepository::fromCommand($program)?->setTimezone(new \DateTimeZone('UTC'))->format('c'));
        self::assertNull(ConfiguredBackupRepository::fromCommand(Support::fakeProgram('echo gestern')));
        self::assertNull(ConfiguredBackupRepository::fromCommand(Support::fakeProgram('echo 1233440100; exit 3')));
        self::assertSame(1233440100, ConfiguredBackupRepository::fromCommand(Support::fakeProgram('echo 1233440100'))?->getTimestamp());
    }

    // --- the Recycler's own answer -------------------------------------------------------------

    public function testTheRecyclerShowsTheRefusalInsteadOfItsSuccessMessage(): void
    {
        $settings = $this->settings(['backupSource' => 'mtime', 'backupPath' => $this->backupFile('-25 hours')]);
        $hook = $this->hook($settings);
        $dataHandler = $this->dataHandler($hook);
        self::delete($dataHandler, 10, ['tx_domainguard' => ['confirmation' => '5']]);
        $response = new FakeResponse();
        $middleware = new RecyclerDeleteGuard($this->guard($settings), $hook, $settings, $this->refusals, $response, $response);
        // EXT:recycler's controller: deletes, then always answers success (deleteData() returns true)
        $recycler = new class ($dataHandler) implements RequestHandlerInterface {
            public int $calls = 0;

            public function __construct(private readonly DataHandler $dataHandler) {}

            public function handle(ServerRequestInterface $request): ResponseInterface
            {
                $this->calls++;
                foreach ($request->getParsedBody()['records'] ?? [] as $record) {
                    [$table, $uid] = explode(':', $record);
                    $this->dataHandler->start([], []);
                    $this->dataHandler->deleteAction($table, (int)$uid, false, true);
                }
                return (new FakeResponse())->withBody(new FakeResponse(200, [], '{"success":true,"message":"1 record was deleted."}'));
            }
        };
        $request = new FakeRequest(['action' => 'deleteRecords', 'records' => ['pages:10']], [], '/typo3/ajax/recycler', 'POST', ['backend.user' => new BackendUserAuthentication(['lang' => 'de'])]);

        $answer = json_decode((string)$middleware->process($request, $recycler)->getBody(), true);

        self::assertFalse($answer['success']);
        self::assertStringStartsWith('domainguard: Die Seite „Shop“ wurde nicht endgültig gelöscht (Unterseiten: 5); sie bleibt im Papierkorb.', $answer['message']);
        self::assertSame(0, $recycler->calls, 'refused before the Recycler deletes anything');
        self::assertSame(1, $this->deleted(10));

        // other Recycler requests pass untouched
        $other = $middleware->process(new FakeRequest(['action' => 'getDeletedRecords'], [], '/typo3/ajax/recycler'), $recycler);
        self::assertSame('{"success":true,"message":"1 record was deleted."}', (string)$other->getBody());

        // an editor without the Recycler's delete permission: the Recycler refuses it itself (no title from us)
        $editor = new BackendUserAuthentication(['lang' => 'de'], false);
        $asEditor = new FakeRequest(['action' => 'deleteRecords', 'records' => ['pages:10']], [], '/typo3/ajax/recycler', 'POST', ['backend.user' => $editor]);
        $calls = $recycler->calls;
        $middleware->process($asEditor, $recycler);
        self::assertSame($calls + 1, $recycler->calls);
    }

    // --- cleanup:deletedrecords ----------------------------------------------------------------

    /**
     * symfony/console Application::doRunCommand() around EXT:lowlevel's DeletedRecordsCommand:
     * command event, the command unless disabled (113), terminate event.
     *
     * @param list<string> $argv
     * @return array{0: int, 1: string}
     */
    private function runCleanup(Settings $settings, array $argv): array
    {
        $hook = $this->hook($settings);
        $dataHandler = $this->dataHandler($hook, '');
        $listener = new CleanupCommandGuard($this->guard($settings), $this->tree, $settings, $this->refusals, $hook);
        $command = new Command(CleanupCommandGuard::COMMAND);
        $input = new ArgvInput($argv);
        $output = new BufferedOutput();
        $event = new ConsoleCommandEvent($command, $input, $output);
        $listener->beforeCommand($event);
        if ($event->commandShouldRun()) {
            // DeletedRecordsCommand::deleteRecords(): pages last, sub pages first
            $deleted = array_keys(array_filter($this->tree->pages, static fn(array $p): bool => (bool)$p['deleted']));
            foreach (array_reverse($deleted) as $uid) {
                if (isset($this->tree->pages[$uid])) {
                    $dataHandler->deleteAction('pages', $uid, true, true);
                    if ($dataHandler->errorLog !== []) {
                        $output->writeln('DataHandler reported an error');
                    }
                }
            }
            $exit = Command::SUCCESS;
        } else {
            $exit = ConsoleCommandEvent::RETURN_CODE_DISABLED;
        }
        $terminate = new ConsoleTerminateEvent($command, $input, $output, $exit);
        $listener->afterCommand($terminate);
        return [$terminate->getExitCode(), $output->fetch()];
    }

    public function testTheCleanupCommandIsStoppedWithANonZeroExitWhenTheBackupIsTooOld(): void
    {
        $settings = $this->settings(['backupSource' => 'mtime', 'backupPath' => $this->backupFile('-25 hours'), 'locale' => 'en']);
        self::delete($this->dataHandler($this->hook($settings)), 10, ['tx_domainguard' => ['confirmation' => '5']]);

        [$exit, $output] = $this->runCleanup($settings, ['--domainguard-confirm=6']);

        self::assertSame(113, $exit);
        self::assertStringContainsString('domainguard: cleanup:deletedrecords did not run; the pages in the Recycler (number: 6) stay there.', $output);
        self::assertSame(1, $this->deleted(10));
        self::assertSame(6, $this->tree->countInRecycler());
    }

    public function testTheCleanupCommandRunsWithAFreshBackupAndTheConfirmedCount(): void
    {
        $settings = $this->settings(['backupSource' => 'mtime', 'backupPath' => $this->backupFile('-1 hour'), 'locale' => 'en']);
        self::delete($this->dataHandler($this->hook($settings)), 10, ['tx_domainguard' => ['confirmation' => '5']]);

        [$exit, $output] = $this->runCleanup($settings, []);
        self::assertSame(113, $exit, 'six pages in the Recycler, not confirmed');
        self::assertSame(6, $this->tree->countInRecycler());

        [$exit, $output] = $this->runCleanup($settings, ['--domainguard-confirm', '6']);
        self::assertSame(0, $exit, $output);
        self::assertSame(0, $this->tree->countInRecycler());
        self::assertNull($this->deleted(10));
        self::assertSame(0, $this->deleted(20));

        [$exit] = $this->runCleanup($settings, ['--dry-run']);
        self::assertSame(0, $exit);
    }

    public function testACommandWhoseDataHandlerWasRefusedExitsNonZero(): void
    {
        $settings = $this->settings(['locale' => 'en']);
        $hook = $this->hook($settings);
        $dataHandler = $this->dataHandler($hook, '');
        self::delete($dataHandler, 10); // a scheduler task deleting a tree without the count
        $listener = new CleanupCommandGuard($this->guard($settings), $this->tree, $settings, $this->refusals, $hook);
        $output = new BufferedOutput();
        $terminate = new ConsoleTerminateEvent(new Command('scheduler:run'), new ArgvInput([]), $output, 0);
        $listener->afterCommand($terminate);
        self::assertSame(1, $terminate->getExitCode());
        self::assertStringContainsString('page "Shop" was not deleted (pages below it: 5).', $output->fetch());
    }

    // --- fail closed, switched off, settings ---------------------------------------------------

    public function testAMissingProgramRefusesEveryDeleteAndTheGuardCanBeSwitchedOff(): void
    {
        $dataHandler = $this->dataHandler($this->hook($this->settings(['binary' => '/nonexistent/domainguard'])));
        self::delete($dataHandler, 20);
        self::assertSame(0, $this->deleted(20));
        self::assertStringContainsString('nicht gefunden', $dataHandler->errorLog[0]);

        $off = $this->dataHandler($this->hook($this->settings(['binary' => '/nonexistent/domainguard', 'pageDeleteGuard' => '0'])));
        self::delete($off, 10);
        self::assertSame(1, $this->deleted(10));
    }

    public function testAProgramThatDoesNotKnowTheRulesRefuses(): void
    {
        $unknown = '{"errors":[{"code":"UNKNOWN_ACTION","field":"action","message":"`action`: unbekannte Aktion `cms_delete`","params":{"found":"cms_delete"}}]}';
        $settings = $this->settings(['binary' => Support::fakeProgram("cat >/dev/null; echo '$unknown'; exit 2")]);
        $decision = $this->guard($settings)->review(20, false, '', '', $settings->serverContext('de'));
        self::assertSame(RecheckResult::INVALID, $decision->result->outcome());
        self::assertSame('page_not_found', $this->guard($settings)->review(999, false, '', '', $settings->serverContext('de'))->result->failure());
    }

    public function testSettingsFallBackToSafeDefaults(): void
    {
        $settings = new Settings(new ExtensionConfiguration([]), new LogManager());
        self::assertSame('/usr/local/bin/domainguard', $settings->binary());
        self::assertSame('default', $settings->policy());
        self::assertSame(5.0, $settings->timeout());
        self::assertSame('Europe/Berlin', $settings->timeZone());
        self::assertSame('none', $settings->backupSource());
        self::assertSame('en', $settings->locale(null), 'no backend user: TYPO3 default language');
        self::assertSame('Domains', $settings->translate('LLL:EXT:domainguard/Resources/Private/Language/locallang_mod.xlf:mlang_tabs_tab', 'de'));
        self::assertSame('Close and transfer domains, checked by domainguard', $settings->translate('LLL:EXT:domainguard/Resources/Private/Language/locallang_mod.xlf:mlang_labels_tablabel', 'en'));

        $odd = new Settings(new ExtensionConfiguration(['domainguard' => ['policy' => '../x; rm', 'timeout' => '-3', 'timezone' => 'Mars/Olympus', 'backupSource' => 'rsync']]), new LogManager());
        self::assertSame('default', $odd->policy());
        self::assertSame(5.0, $odd->timeout());
        self::assertSame('Europe/Berlin', $odd->timeZone());
        self::assertSame('none', $odd->backupSource());
    }
}
