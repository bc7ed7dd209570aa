<?php

declare(strict_types=1);

// Entry point of the extension's pages (/modules/domainguard/index.php/…).
pm_Context::init('domainguard');
$application = new pm_Application();
$application->run();
