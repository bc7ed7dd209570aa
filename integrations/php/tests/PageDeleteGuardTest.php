<?php

declare(strict_types=1);

namespace DomainGuard\Tests;

use DomainGuard\Recheck;
use DomainGuard\RecheckResult;
use DomainGuard\Typo3\Configuration\Settings;
use DomainGuard\Typo3\Hooks\PageDeleteHook;
use DomainGuard\Typo3\PageDelete\BackupRepository;
use DomainGuard\Typo3\PageDelete\NoBackupRepository;
use DomainGuard\Typo3\PageDelete\PageDeleteGuard;
use PHPUnit\Framework\TestCase;
use TYPO3\CMS\Core\Configuration\ExtensionConfiguration;
use TYPO3\CMS\Core\DataHandling\DataHandler;
use TYPO3\CMS\Core\Log\LogManager;

require_once __DIR__ . '/Typo3Stubs.php';

/**
 * R-R1, the recursive page delete guard of the TYPO3 extension, against the real
 * `cms_delete` rules of the domainguard program: a backup younger than 24 hours, and for a
 * page with pages below it the typed number of those pages. Anything else is refused,
 * including a program that does not know `cms_delete` (fail closed).
 */
final class PageDeleteGuardTest extends TestCase
{
    private InMemoryPageTree $tree;

    protected function setUp(): void
    {
        // 1 Root
        // ├ 10 Shop ─ 11 Produkte ─ 12 Archiv, 13 Neu;  14 Kontakt ─ 15 Impressum
        // └ 20 Blog
        $this->tree = new InMemoryPageTree([
            1 => [0, 'Root'],
            10 => [1, 'Shop'],
            11 => [10, 'Produkte'],
            12 => [11, 'Archiv'],
            13 => [11, 'Neu'],
            14 => [10, 'Kontakt'],
            15 => [14, 'Impressum <alt>'],
            20 => [1, 'Blog'],
        ], [10 => 3, 12 => 4, 15 => 1, 20 => 9]);
        unset($GLOBALS['TYPO3_REQUEST'], $GLOBALS['LANG'], $GLOBALS['BE_USER']);
    }

    protected function tearDown(): void
    {
        Support::cleanUp();
        unset($GLOBALS['TYPO3_REQUEST']);
    }

    private static function backupAt(?string $time): BackupRepository
    {
        return new class ($time) implements BackupRepository {
            public function __construct(private readonly ?string $time) {}

            public function latestBackup(int $pageId): ?\DateTimeImmutable
            {
                return $this->time === null ? null : new \DateTimeImmutable($this->time);
            }
        };
    }

    public function testTheCaseCountsEveryPageBelowAndCarriesTheFacts(): void
    {
        $checker = new RecordingChecker(RecheckResult::failed('test'));
        $guard = new PageDeleteGuard($this->tree, self::backupAt('2009-01-31T22:15:00+00:00'), $checker);
        $now = new \DateTimeImmutable('2009-01-31T23:30:00+00:00');

        $decision = $guard->review(10, '5', $now, 'de-DE', 'default', 'Europe/Berlin');

        self::assertFalse($decision->allowed());
        self::assertSame(5, $decision->descendants());
        self::assertSame('Shop', $decision->title());
        self::assertSame([[
            'action' => 'cms_delete',
            'today' => '2009-02-01',
            'now' => '2009-02-01T00:30',
            'locale' => 'de',
            'policy' => 'default',
            'node' => ['id' => '10', 'title' => 'Shop', 'descendants' => 5, 'records' => 8],
            'backup' => ['created_at' => '2009-01-31T23:15'],
            'confirmation' => '5',
        ]], $checker->cases);

        $guard->review(20, '  ', $now);
        self::assertSame(['id' => '20', 'title' => 'Blog', 'descendants' => 0, 'records' => 9], $checker->cases[1]['node']);
        self::assertNull($checker->cases[1]['confirmation'], 'nothing typed');
    }

    public function testWithoutABackupTheCaseSaysNull(): void
    {
        $checker = new RecordingChecker(RecheckResult::failed('test'));
        (new PageDeleteGuard($this->tree, new NoBackupRepository(), $checker))->review(12, '', new \DateTimeImmutable());
        self::assertArrayHasKey('backup', $checker->cases[0]);
        self::assertNull($checker->cases[0]['backup']);
    }

    /**
     * @dataProvider deletes
     * @param list<string> $blocks
     */
    public function testTheRulesDecide(int $page, ?string $backup, string $typed, bool $allowed, array $blocks): void
    {
        $guard = new PageDeleteGuard($this->tree, self::backupAt($backup), new Recheck(Support::binary()));
        $decision = $guard->review($page, $typed, new \DateTimeImmutable('2009-02-01T10:00:00+01:00'), 'de');
        self::assertSame($allowed, $decision->allowed(), json_encode($decision->result, JSON_UNESCAPED_UNICODE));
        self::assertSame($blocks, $decision->result->blockingCodes());
        if ($decision->descendants() > 0) {
            self::assertContains('DELETE_WITH_DESCENDANTS', $decision->result->codes());
        }
    }

    /** @return array<string, array{0: int, 1: ?string, 2: string, 3: bool, 4: list<string>}> */
    public static function deletes(): array
    {
        $fresh = '2009-02-01T08:00:00+01:00';
        return [
            'no backup, nothing typed' => [10, null, '', false, ['BACKUP_MISSING', 'DELETE_CONFIRMATION_MISSING']],
            'fresh backup, nothing typed' => [10, $fresh, '', false, ['DELETE_CONFIRMATION_MISSING']],
            'fresh backup, a wrong count' => [10, $fresh, '4', false, ['DELETE_CONFIRMATION_WRONG']],
            'backup 25 hours old, the right count' => [10, '2009-01-31T09:00:00+01:00', '5', false, ['BACKUP_TOO_OLD']],
            'fresh backup, the right count' => [10, $fresh, ' 5 ', true, []],
            'a leaf page with a fresh backup needs no count' => [20, $fresh, '', true, []],
            'a leaf page without a backup' => [20, null, '', false, ['BACKUP_MISSING']],
        ];
    }

    /** A domainguard program without the `cms_delete` rules answers UNKNOWN_ACTION: refused. */
    public function testAProgramThatDoesNotKnowCmsDeleteRefuses(): void
    {
        $unknown = '{"errors":[{"code":"UNKNOWN_ACTION","field":"action","message":"`action`: unbekannte Aktion `cms_delete`","params":{"found":"cms_delete"}}]}';
        $guard = new PageDeleteGuard($this->tree, self::backupAt('2009-02-01T08:00:00+01:00'), new Recheck(Support::fakeProgram("cat >/dev/null; echo '$unknown'; exit 2")));
        $decision = $guard->review(20, '', new \DateTimeImmutable('2009-02-01T10:00:00+01:00'));
        self::assertFalse($decision->allowed());
        self::assertSame(RecheckResult::INVALID, $decision->result->outcome());
        self::assertSame(['UNKNOWN_ACTION'], $decision->result->blockingCodes());
    }

    public function testAMissingPageOrAMissingProgramRefuses(): void
    {
        $guard = new PageDeleteGuard($this->tree, new NoBackupRepository(), new Recheck('/nonexistent/domainguard'));
        self::assertSame('page_not_found', $guard->review(999, '', new \DateTimeImmutable())->result->failure());
        self::assertSame('binary_missing', $guard->review(10, '', new \DateTimeImmutable())->result->failure());
    }

    /** The DataHandler hook: a refused delete is marked processed (the core skips it) and logged. */
    public function testTheDataHandlerHookSkipsARefusedDeleteAndSaysWhy(): void
    {
        $logManager = new LogManager();
        $settings = new Settings(new ExtensionConfiguration(['domainguard' => ['binary' => Support::binary(), 'locale' => 'en']]), $logManager);
        $hook = new PageDeleteHook(new PageDeleteGuard($this->tree, new NoBackupRepository(), $settings->createRecheck()), $settings);
        $dataHandler = new DataHandler();

        $hook->processCmdmap_preProcess('delete', 'pages', '14', 1, $dataHandler, false);
        $processed = false;
        $hook->processCmdmap('delete', 'pages', '14', 1, $processed, $dataHandler, false);

        self::assertTrue($processed, 'the core must not delete the page');
        self::assertCount(1, $dataHandler->logged);
        [$table, $uid, $action, , $error, $details] = $dataHandler->logged[0];
        self::assertSame(['pages', 14, 3, 1], [$table, $uid, $action, $error]);
        self::assertStringContainsString('"Kontakt" (1 pages below it) was not deleted', $details);
        self::assertStringContainsString('There is no backup', $details);
        self::assertStringContainsString('type the number of pages deleted with it: 1', $details);
        self::assertSame('notice', $logManager->records[0][0]);
        self::assertSame(['BACKUP_MISSING', 'DELETE_CONFIRMATION_MISSING'], $logManager->records[0][2]['codes']);

        // other commands and tables pass untouched
        foreach ([['move', 'pages', '14'], ['delete', 'tt_content', '14'], ['delete', 'pages', 'NEW123']] as [$command, $table, $id]) {
            $hook->processCmdmap_preProcess($command, $table, $id, 1, $dataHandler, false);
            $processed = false;
            $hook->processCmdmap($command, $table, $id, 1, $processed, $dataHandler, false);
            self::assertFalse($processed, "$command $table $id");
        }
        self::assertCount(1, $dataHandler->logged);
    }

    public function testTheHookLetsAnAllowedDeleteThrough(): void
    {
        $settings = new Settings(new ExtensionConfiguration(['domainguard' => ['binary' => Support::binary()]]), new LogManager());
        $hook = new PageDeleteHook(new PageDeleteGuard($this->tree, self::backupAt('-1 hour'), $settings->createRecheck()), $settings);
        $dataHandler = new DataHandler();
        $GLOBALS['TYPO3_REQUEST'] = new FakeRequest(['tx_domainguard' => ['confirmation' => '1']]);

        $hook->processCmdmap_preProcess('delete', 'pages', 14, 1, $dataHandler);
        $processed = false;
        $hook->processCmdmap('delete', 'pages', 14, 1, $processed, $dataHandler);
        self::assertFalse($processed, 'fresh backup and the count typed: the core deletes');
        self::assertSame([], $dataHandler->logged);

        $GLOBALS['TYPO3_REQUEST'] = new FakeRequest(['tx_domainguard' => ['confirmation' => '2']]);
        $hook->processCmdmap_preProcess('delete', 'pages', 14, 1, $dataHandler);
        $hook->processCmdmap('delete', 'pages', 14, 1, $processed, $dataHandler);
        self::assertTrue($processed, 'a wrong count is refused');
    }

    public function testTheGuardCanBeSwitchedOff(): void
    {
        $settings = new Settings(new ExtensionConfiguration(['domainguard' => ['binary' => '/nonexistent/domainguard', 'pageDeleteGuard' => '0']]), new LogManager());
        $hook = new PageDeleteHook(new PageDeleteGuard($this->tree, new NoBackupRepository(), $settings->createRecheck()), $settings);
        $dataHandler = new DataHandler();
        $hook->processCmdmap_preProcess('delete', 'pages', 10, 1, $dataHandler);
        $processed = false;
        $hook->processCmdmap('delete', 'pages', 10, 1, $processed, $dataHandler);
        self::assertFalse($processed);
    }

    public function testTheHookRefusesWhenTheProgramIsMissing(): void
    {
        $settings = new Settings(new ExtensionConfiguration(['domainguard' => ['binary' => '/nonexistent/domainguard', 'locale' => 'de']]), new LogManager());
        $hook = new PageDeleteHook(new PageDeleteGuard($this->tree, new NoBackupRepository(), $settings->createRecheck()), $settings);
        $dataHandler = new DataHandler();
        $hook->processCmdmap_preProcess('delete', 'pages', 10, 1, $dataHandler);
        $processed = false;
        $hook->processCmdmap('delete', 'pages', 10, 1, $processed, $dataHandler);
        self::assertTrue($processed);
        self::assertStringContainsString('nicht gefunden', $dataHandler->logged[0][5]);
    }

    public function testSettingsFallBackToSafeDefaults(): void
    {
        $settings = new Settings(new ExtensionConfiguration([]), new LogManager());
        self::assertSame('/usr/local/bin/domainguard', $settings->binary());
        self::assertSame('default', $settings->policy());
        self::assertSame(5.0, $settings->timeout());
        self::assertSame('Europe/Berlin', $settings->timeZone());
        self::assertSame('en', $settings->locale(null), 'no backend user: TYPO3 default language');

        $odd = new Settings(new ExtensionConfiguration(['domainguard' => ['policy' => '../x; rm', 'timeout' => '-3', 'timezone' => 'Mars/Olympus']]), new LogManager());
        self::assertSame('default', $odd->policy());
        self::assertSame(5.0, $odd->timeout());
        self::assertSame('Europe/Berlin', $odd->timeZone());
    }
}
