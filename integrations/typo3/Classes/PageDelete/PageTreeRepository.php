<?php

declare(strict_types=1);

namespace DomainGuard\Typo3\PageDelete;

/** Where the page-delete guard learns about the tree (replace it in Services.yaml if needed). */
interface PageTreeRepository
{
    /** @return array{uid: int, title: string}|null the page, or null when it does not exist */
    public function findPage(int $uid): ?array;

    /** How many pages lie below the page, at any depth (what a recursive delete removes with it). */
    public function countDescendants(int $uid): int;

    /** How many records (content elements) lie on the page and the pages below it. */
    public function countRecords(int $uid): int;
}
