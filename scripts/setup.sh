#!/usr/bin/env bash
# Installs everything building and testing need, and skips what is already there in the
# right version. Safe to run again and again (CI and every new machine run it).
#   scripts/setup.sh          native build only (rust toolchain is on the machine)
#   scripts/setup.sh --wasm   + wasm target, the pinned nightly (scripts/nightly.env), wasm-bindgen CLI,
#                             wasm-pack, wasm-opt, npm packages
#   scripts/setup.sh --all    + Debian's Chromium, PHP and PHPUnit, Python icalendar, for the tests,
#                             and the fuzzing tools (cargo-fuzz)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
want_wasm=false want_browser=false
for arg in "$@"; do
  case "$arg" in
    --wasm) want_wasm=true ;;
    --all) want_wasm=true want_browser=true ;;
    *) echo "setup.sh: unknown option $arg" >&2; exit 2 ;;
  esac
done
want_fuzz=$want_browser
say() { printf 'setup: %s\n' "$*"; }
export PATH="$HOME/.cargo/bin:$PATH"

rustup component list --installed 2>/dev/null | grep -q '^rustfmt' || rustup component add rustfmt
rustup component list --installed 2>/dev/null | grep -q '^clippy' || rustup component add clippy

if $want_wasm; then
  if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "wasm32 target present"
  else
    rustup target add wasm32-unknown-unknown
  fi
  # The CLI must match the library version in Cargo.lock exactly.
  wb=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$root/Cargo.lock")
  if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" = "$wb" ]; then
    say "wasm-bindgen $wb present"
  else
    say "installing wasm-bindgen-cli $wb (takes a few minutes)"
    # --locked first; its lock file can name a version this registry no longer serves.
    cargo install wasm-bindgen-cli --version "$wb" --locked || cargo install wasm-bindgen-cli --version "$wb"
  fi
  wp=0.15.1
  if [ "$(wasm-pack --version 2>/dev/null | awk '{print $2}')" = "$wp" ]; then
    say "wasm-pack $wp present"
  else
    say "installing wasm-pack $wp (takes a few minutes)"
    cargo install wasm-pack --version "$wp" --locked || cargo install wasm-pack --version "$wp"
  fi
  # wasm-pack downloads binaryen from GitHub when wasm-opt is missing from PATH; that fails here.
  bv=132.0.0
  if wasm-opt --version 2>/dev/null | grep -q "version ${bv%%.*}"; then
    say "wasm-opt (binaryen $bv) present"
  else
    npm install -g --no-fund --no-audit "binaryen@$bv"
  fi
fi

if $want_browser; then
  # The panel packages' tests: php -l, PHPUnit, and zip for the packages.
  if command -v php >/dev/null && command -v phpunit >/dev/null && command -v zip >/dev/null && command -v unzip >/dev/null; then
    say "php, phpunit, zip present"
  else
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq php-cli phpunit zip unzip >/dev/null
  fi
  # The calendar check parses our .ics files with a standard parser.
  if python3 -c 'import icalendar, sys; sys.exit(0 if icalendar.__version__ == "6.1.3" else 1)' 2>/dev/null; then
    say "python icalendar present"
  else
    python3 -m pip install --quiet --disable-pip-version-check "icalendar==6.1.3"
  fi
  if [ -x /usr/bin/chromium ]; then
    say "chromium present"
  else
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq chromium >/dev/null
  fi
fi

if $want_wasm || $want_fuzz; then
  # The pinned nightly (scripts/nightly.env): the wasm build (build-std, so with rust-src and
  # the wasm32 target, which wasm-pack looks for) and cargo fuzz. The crate builds on stable.
  . "$root/scripts/nightly.env"
  if rustup toolchain list | grep -q "^$NIGHTLY-" &&
     rustup component list --toolchain "$NIGHTLY" --installed 2>/dev/null | grep -q '^rust-src' &&
     rustup target list --toolchain "$NIGHTLY" --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    say "$NIGHTLY toolchain present"
  else
    rustup toolchain install "$NIGHTLY" --profile minimal --component rust-src --target wasm32-unknown-unknown
  fi
fi

if $want_fuzz; then
  cf=0.13.2
  if [ "$(cargo fuzz --version 2>/dev/null | awk '{print $2}')" = "$cf" ]; then
    say "cargo-fuzz $cf present"
  else
    say "installing cargo-fuzz $cf (takes a few minutes)"
    cargo install cargo-fuzz --version "$cf" --locked || cargo install cargo-fuzz --version "$cf"
  fi
fi

if $want_wasm || $want_browser; then
  # npm packages: esbuild and terser (the wasm build bundles and minifies the shipped JS) and
  # playwright-core (browser tests). Skipped when every package in the lock file is installed at its locked version.
  if [ -f "$root/package-lock.json" ] && (cd "$root" && node -e '
      const lock = require("./package-lock.json").packages;
      for (const [path, meta] of Object.entries(lock)) {
        if (!path.startsWith("node_modules/") || path.split("node_modules/").length > 2) continue;
        let installed;
        // optional packages for other platforms (the esbuild binaries) are never installed here
        try { installed = require("./" + path + "/package.json").version; } catch { if (meta.optional) continue; process.exit(1); }
        if (installed !== meta.version) process.exit(1);
      }') 2>/dev/null; then
    say "npm packages present"
  else
    (cd "$root" && npm ci --no-fund --no-audit)
  fi
fi
