#!/usr/bin/env bash
# Tests of the panel packages (integrations/), without TYPO3 or Plesk:
#   1. php -l on every PHP file (sources, built copies, tests)
#   2. texts: XLIFF files well-formed, German and English with the same keys (TYPO3, Plesk)
#   3. PHPUnit (integrations/php/tests): the shared re-check classes and the TYPO3 page-delete
#      guard against the real target/release/domainguard
#   4. the built packages: zip layout, copies current with dist/ and integrations/php/src/
#   5. headless Chromium (tests/integrations/*.test.mjs): the TYPO3 import-map page, Plesk's global.js
# Run `bash scripts/build-integrations.sh` first (it builds the copies and build/*.zip).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
export PATH="$HOME/.cargo/bin:$PATH"
step() { printf '\n== integrations: %s\n' "$*"; }
die() { printf 'integrations: %s\n' "$*" >&2; exit 1; }

command -v php >/dev/null || die "php not found (apt-get install -y php-cli)"
command -v phpunit >/dev/null || die "phpunit not found (apt-get install -y phpunit)"
command -v unzip >/dev/null || die "unzip not found (apt-get install -y unzip)"

step "php -l"
mapfile -t php_files < <(find integrations tests/integrations -type f \( -name '*.php' -o -name '*.phtml' \) | LC_ALL=C sort)
[ "${#php_files[@]}" -gt 0 ] || die "no PHP files found"
for f in "${php_files[@]}"; do
  php -l "$f" >/dev/null || die "php -l failed: $f"
done
printf '%s PHP files lint clean\n' "${#php_files[@]}"

step "texts (German and English)"
php -r '
$dir = "integrations/typo3/Resources/Private/Language/";
foreach (["locallang", "locallang_mod"] as $name) {
    $ids = [];
    foreach (["" => $name, "de." => "de." . $name] as $prefix => $file) {
        $xml = simplexml_load_file($dir . $file . ".xlf");
        if ($xml === false) { fwrite(STDERR, "not well-formed: $file.xlf\n"); exit(1); }
        $xml->registerXPathNamespace("x", "urn:oasis:names:tc:xliff:document:1.2");
        $units = [];
        foreach ($xml->xpath("//x:trans-unit") as $unit) {
            $units[] = (string)$unit["id"];
            if ($prefix === "de." && trim((string)$unit->target) === "") { fwrite(STDERR, "$file.xlf: no German for " . $unit["id"] . "\n"); exit(1); }
        }
        $ids[$prefix] = $units;
    }
    if ($ids[""] !== $ids["de."]) { fwrite(STDERR, "$name.xlf and de.$name.xlf differ in their keys\n"); exit(1); }
    echo count($ids[""]), " keys in $name.xlf (en, de)\n";
}
$load = static function (string $file): array { $messages = []; include $file; return $messages; };
$en = $load("integrations/plesk/plib/resources/locales/en-US.php");
$de = $load("integrations/plesk/plib/resources/locales/de-DE.php");
if (array_keys($en) !== array_keys($de)) { fwrite(STDERR, "Plesk locales differ in their keys\n"); exit(1); }
echo count($en), " keys in the Plesk locales (en-US, de-DE)\n";
'

step "PHPUnit (real CLI)"
if [ -z "${DOMAINGUARD_BIN:-}" ] && [ ! -x target/release/domainguard ]; then
  cargo build --release --locked
fi
phpunit -c integrations/php/phpunit.xml

step "packages"
version=$(awk -F'"' '/^version *=/ { print $2; exit }' Cargo.toml)
for z in build/domainguard-typo3.zip build/domainguard_$version.zip build/domainguard-plesk.zip; do
  [ -f "$z" ] || die "$z missing: run bash scripts/build-integrations.sh"
done
check_zip() {
  local zip=$1; shift
  local list
  list=$(unzip -Z1 "$zip")
  for want in "$@"; do
    grep -qxF "$want" <<<"$list" || die "$zip: $want missing (zip root must hold the package's files)"
  done
  if grep -E '(^|/)\.' <<<"$list"; then die "$zip: holds dot files"; fi
  printf '%s: %s files\n' "$zip" "$(wc -l <<<"$list")"
}
check_zip build/domainguard-typo3.zip ext_emconf.php composer.json ext_localconf.php ext_conf_template.txt \
  Configuration/JavaScriptModules.php Configuration/Backend/Modules.php Configuration/Services.yaml \
  Configuration/ContentSecurityPolicies.php Configuration/RequestMiddlewares.php Configuration/Backend/AjaxRoutes.php \
  Classes/Controller/DomainsController.php Classes/Hooks/PageDeleteHook.php Classes/Middleware/RecyclerDeleteGuard.php \
  Classes/EventListener/CleanupCommandGuard.php Resources/Public/JavaScript/page-delete.js Resources/Private/Php/ServerCheck.php \
  Resources/Private/Templates/Domains/Index.html Resources/Private/Language/locallang.xlf Resources/Private/Language/de.locallang.xlf \
  Resources/Public/JavaScript/panel.js Resources/Public/JavaScript/domainguard.js Resources/Public/JavaScript/domainguard_wasm.js \
  Resources/Public/JavaScript/domainguard_bg.wasm Resources/Private/Php/Recheck.php Resources/Private/Php/mapping.json
check_zip build/domainguard-plesk.zip meta.xml htdocs/index.php htdocs/global.js htdocs/domainguard/panel.js \
  htdocs/domainguard/domainguard.js htdocs/domainguard/domainguard_wasm.js htdocs/domainguard/domainguard_bg.wasm \
  plib/hooks/ContentInclude.php plib/hooks/ActionLog.php plib/library/EventListener.php plib/views/scripts/index/overview.phtml \
  _meta/icons/32x32.png _meta/icons/64x64.png plib/controllers/IndexController.php plib/vendor/domainguard/Recheck.php \
  plib/vendor/domainguard/autoload.php plib/vendor/domainguard/mapping.json plib/resources/locales/de-DE.php
cmp -s build/domainguard-typo3.zip "build/domainguard_$version.zip" || die "build/domainguard_$version.zip differs from build/domainguard-typo3.zip"
[ "$(unzip -p build/domainguard-typo3.zip composer.json | php -r 'echo json_decode(stream_get_contents(STDIN), true)["version"] ?? "";')" = "$version" ] \
  || die "composer.json in the TYPO3 zip does not carry version $version"
stale() { die "$1 is not the current build: run bash scripts/build-integrations.sh"; }
for f in domainguard.js domainguard_wasm.js domainguard_bg.wasm; do
  [ -f "dist/$f" ] || die "dist/$f missing: run bash scripts/build-wasm.sh"
  for dest in integrations/typo3/Resources/Public/JavaScript integrations/plesk/htdocs/domainguard; do
    cmp -s "dist/$f" "$dest/$f" || stale "$dest/$f"
  done
  cmp -s "dist/$f" <(unzip -p build/domainguard-typo3.zip "Resources/Public/JavaScript/$f") || stale "build/domainguard-typo3.zip ($f)"
  cmp -s "dist/$f" <(unzip -p build/domainguard-plesk.zip "htdocs/domainguard/$f") || stale "build/domainguard-plesk.zip ($f)"
done
for f in integrations/php/src/*.php integrations/php/src/mapping.json; do
  name=$(basename "$f")
  cmp -s "$f" "integrations/plesk/plib/vendor/domainguard/$name" || stale "integrations/plesk/plib/vendor/domainguard/$name"
  [ "$name" = autoload.php ] || cmp -s "$f" <(unzip -p build/domainguard-typo3.zip "Resources/Private/Php/$name") || stale "build/domainguard-typo3.zip (Resources/Private/Php/$name)"
done
for f in panel.js page-delete.js; do
  cmp -s "integrations/js/$f" <(unzip -p build/domainguard-typo3.zip "Resources/Public/JavaScript/$f") || stale "build/domainguard-typo3.zip (Resources/Public/JavaScript/$f)"
done
# a git checkout is the extension but for the wasm build: the PHP and the own JS are symlinks into the sources
[ "$(readlink integrations/typo3/Resources/Private/Php)" = ../../../php/src ] || die "integrations/typo3/Resources/Private/Php must be a symlink to ../../../php/src"
if unzip -Z1 build/domainguard-typo3.zip | grep -qx 'Resources/Private/Php/autoload.php'; then die "the TYPO3 zip must not ship autoload.php"; fi
echo "packages current with dist/ and integrations/php/src/"

step "headless Chromium (TYPO3 import map, TYPO3's delete modal, Plesk global.js)"
node --test tests/integrations/
