#!/usr/bin/env bash
# Builds the two panel packages from the current wasm/JS build (dist/) and the shared code:
#   build/domainguard-typo3.zip    TYPO3 extension `domainguard` (ext_emconf.php at the zip root)
#   build/domainguard_X.Y.Z.zip    the same file under the name TYPO3's extension manager needs
#                                  (it takes the extension key from the file name)
#   build/domainguard-plesk.zip    Plesk extension (meta.xml at the zip root)
# Copies, into the packages (gitignored):
#   dist/domainguard.js, domainguard_wasm.js, domainguard_bg.wasm, the lean modules
#   domainguard_de_bg.wasm and domainguard_en_bg.wasm (panel.js loads the one of the server's
#   locale) and domainguard_wasm_full.js (the glue of the full module when a case needs it)
#     -> integrations/typo3/Resources/Public/JavaScript/  and  integrations/plesk/htdocs/domainguard/
#   integrations/js/panel.js -> integrations/plesk/htdocs/domainguard/
#   integrations/php/src/* (Recheck, FormMapping, …, mapping.json, autoload.php)
#     -> integrations/plesk/plib/vendor/domainguard/
# The TYPO3 extension's PHP and its own JS are symlinks in git (Resources/Private/Php,
# Resources/Public/JavaScript/{panel,page-delete}.js); its zip gets them as files.
# Regenerates the panels' language files from the text catalogue first (domainguard texts).
# Safe to run again: every output is rebuilt from scratch. Needs zip; builds dist/ first when it
# is missing (scripts/build-wasm.sh, which needs wasm-pack).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
die() { printf 'build-integrations: %s\n' "$*" >&2; exit 1; }

command -v zip >/dev/null || die "zip not found (apt-get install -y zip)"
assets=(domainguard.js domainguard_wasm.js domainguard_bg.wasm domainguard_de_bg.wasm domainguard_en_bg.wasm domainguard_wasm_full.js)
for f in "${assets[@]}"; do
  if [ ! -f "dist/$f" ]; then
    printf 'build-integrations: dist/%s missing, running scripts/build-wasm.sh\n' "$f"
    bash scripts/build-wasm.sh
    break
  fi
done
for f in "${assets[@]}"; do [ -f "dist/$f" ] || die "dist/$f still missing after scripts/build-wasm.sh"; done

# The panels' language files (TYPO3 XLIFF, Plesk locales) are generated from the text catalogue
# (src/text/) by `domainguard texts`; `cargo test --lib` fails, naming the file, when a committed
# copy is out of date. Regenerated here so a package always has the catalogue's texts.
cargo build --quiet --release --locked --bin domainguard
cli=target/release/domainguard
mapfile -t generated < <("$cli" texts)
[ "${#generated[@]}" -gt 0 ] || die "domainguard texts lists no files"
for path in "${generated[@]}"; do
  "$cli" texts "$path" > "$path.tmp" || die "domainguard texts $path failed"
  mv "$path.tmp" "$path"
done

version=$(awk -F'"' '/^version *=/ { print $2; exit }' Cargo.toml)
[ -n "$version" ] || die "no version in Cargo.toml"
grep -q "'version' => '$version'," integrations/typo3/ext_emconf.php \
  || die "integrations/typo3/ext_emconf.php: version is not $version (Cargo.toml)"
grep -q "<version>$version</version>" integrations/plesk/meta.xml \
  || die "integrations/plesk/meta.xml: version is not $version (Cargo.toml)"

# Plesk: fresh copies (remove what an earlier build put there, then copy). What a panel page
# loads (the inventory worker needs dist/batch/, which panels do not get).
rm -rf integrations/plesk/htdocs/domainguard integrations/plesk/plib/vendor/domainguard
mkdir -p integrations/plesk/htdocs/domainguard integrations/plesk/plib/vendor/domainguard
for f in "${assets[@]}"; do cp "dist/$f" integrations/plesk/htdocs/domainguard/; done
cp integrations/js/panel.js integrations/plesk/htdocs/domainguard/panel.js
cp integrations/php/src/*.php integrations/php/src/mapping.json integrations/plesk/plib/vendor/domainguard/

# TYPO3: its PHP (Resources/Private/Php) and panel.js/page-delete.js are symlinks into
# integrations/php/src and integrations/js (in git); only the wasm build is copied in.
for f in "${assets[@]}"; do
  rm -f "integrations/typo3/Resources/Public/JavaScript/$f"
  cp "dist/$f" integrations/typo3/Resources/Public/JavaScript/
done

mkdir -p build
tmp=$(mktemp -d "$root/build/.pack.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# Files in a zip get a fixed time stamp and order, so the same sources give the same zip.
pack() {
  local src=$1 out=$2
  (cd "$src" && find . -type f ! -name '.*' -print | LC_ALL=C sort | sed 's|^\./||' > "$tmp/list")
  (cd "$src" && xargs -d '\n' touch -h -d '2000-01-01 00:00:00 UTC' < "$tmp/list" \
     && rm -f "$out.tmp" && zip -X -q -D "$out.tmp" -@ < "$tmp/list")
  mv "$out.tmp" "$out"
}

# TYPO3: the extension's files at the zip root. composer.json gets a version, so the zip also
# works as a Composer "artifact" repository package.
stage="$tmp/typo3"
mkdir -p "$stage"
cp -RL integrations/typo3/. "$stage/"   # -L: the symlinked PHP and JS go in as files
rm -f "$stage/Resources/Private/Php/autoload.php"   # Composer/TYPO3 autoload the namespace
php -r '$f = $argv[1]; $j = json_decode(file_get_contents($f), true, 512, JSON_THROW_ON_ERROR); $j = ["name" => $j["name"], "version" => $argv[2]] + $j; file_put_contents($f, json_encode($j, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE) . "\n");' \
  "$stage/composer.json" "$version" 2>/dev/null \
  || die "php is needed to stamp the version into composer.json (apt-get install -y php-cli)"
pack "$stage" "$root/build/domainguard-typo3.zip"
cp "$root/build/domainguard-typo3.zip" "$root/build/domainguard_$version.zip"

# Plesk: meta.xml, htdocs/, plib/ at the zip root.
stage="$tmp/plesk"
mkdir -p "$stage"
cp -R integrations/plesk/. "$stage/"
pack "$stage" "$root/build/domainguard-plesk.zip"

printf 'build-integrations: build/domainguard-typo3.zip (= build/domainguard_%s.zip), build/domainguard-plesk.zip\n' "$version"
