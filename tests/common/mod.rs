//! Helpers the integration tests share (`mod common;` in tests/cli.rs, tests/secrets.rs,
//! tests/bounded.rs): running the built CLI as a panel's server does.
// Each test binary uses a part of these.
#![allow(dead_code)]

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// What one run of the CLI gave.
pub struct CliRun {
    /// Standard output, as written.
    pub stdout: Vec<u8>,
    /// Standard error (lossy UTF-8).
    pub stderr: String,
    /// The exit status.
    pub code: i32,
    /// From the start of the program until it ended.
    pub took: Duration,
}

impl CliRun {
    /// Standard output as text (lossy UTF-8).
    pub fn stdout_text(&self) -> String {
        String::from_utf8_lossy(&self.stdout).into_owned()
    }
}

/// Runs the CLI (`domainguard ARGS`) with `stdin` as its standard input. A child that stops
/// reading early (a size limit) is not an error of the test: a broken pipe is ignored.
pub fn run_cli(args: &[&str], stdin: &[u8]) -> CliRun {
    let start = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_domainguard"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("CLI starts");
    let mut pipe = child.stdin.take().expect("stdin");
    let input = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = pipe.write_all(&input);
    });
    let out = child.wait_with_output().expect("CLI ends");
    let took = start.elapsed();
    writer.join().expect("writer");
    CliRun {
        stdout: out.stdout,
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        code: out.status.code().expect("exit code"),
        took,
    }
}
