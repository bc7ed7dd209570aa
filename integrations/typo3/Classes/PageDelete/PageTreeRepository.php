<?php

declare(strict_types=1);

namespace DomainGuard\Typo3\PageDelete;

/** Where the page-delete guard learns about the tree (replace it in Services.yaml if needed). */
interface PageTreeRepository
{
    /**
     * @param bool $inRecycler true: the page is marked deleted (a permanent delete looks at it)
     * @return array{uid: int, title: string}|null the page, or null when it does not exist
     */
    public function findPage(int $uid, bool $inRecycler = false): ?array;

    /**
     * How many pages lie below the page, at any depth (what the delete removes with it).
     * With $inRecycler the pages marked deleted count too (they go for good with it).
     */
    public function countDescendants(int $uid, bool $inRecycler = false): int;

    /** How many records (content elements) lie on the page and the pages below it. */
    public function countRecords(int $uid, bool $inRecycler = false): int;

    /** How many pages are marked deleted (what `cleanup:deletedrecords` removes for good). */
    public function countInRecycler(): int;
}
