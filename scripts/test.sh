#!/usr/bin/env bash
# Every test of the project, as CI runs it (.ci/run calls exactly this). Installs what it
# needs first (idempotent: skips what is there).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export PATH="$HOME/.cargo/bin:$PATH"
step() { printf '\n== %s\n' "$*"; }

step "setup"
bash scripts/setup.sh --all

step "format and lints"
cargo fmt --check
cargo clippy --all-targets --locked -- -D warnings
cargo clippy --target wasm32-unknown-unknown --lib --locked -- -D warnings
cargo clippy --target wasm32-unknown-unknown --lib --locked --features batch -- -D warnings
cargo clippy --target wasm32-unknown-unknown --lib --locked --features lean-de -- -D warnings
cargo clippy --target wasm32-unknown-unknown --lib --locked --features lean-en -- -D warnings
# The API docs build without warnings (a broken or private intra-doc link fails here).
RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --locked

step "MSRV: the rust-version of Cargo.toml builds the library and the CLI"
msrv=$(sed -n 's/^rust-version = "\(.*\)"$/\1/p' Cargo.toml)
rustup toolchain list | grep -q "^$msrv-" || rustup toolchain install "$msrv" --profile minimal
cargo "+$msrv" check --locked --lib --bins

step "Rust tests (unit, vectors, CLI, doc)"
cargo test --locked

step "build: native CLI and wasm"
cargo build --release --locked
bash scripts/build-wasm.sh

step "calendar files in a standard parser (Python icalendar)"
python3 tests/ics/check_ics.py

step "size budget"
node scripts/size.mjs

step "wasm and browser tests (Node + headless Chromium)"
npm test

step "npm package: npm pack, installed in a scratch project: Node, Vite, esbuild, tsc, publint"
bash tests/pack/run.sh

step "fuzzing: each target of fuzz/ for about 30 s (nightly, cargo-fuzz)"
bash scripts/fuzz.sh 30

step "panel packages: build, php -l, PHPUnit, headless Chromium"
bash scripts/build-integrations.sh
bash tests/integrations/run.sh
