//! `domainguard`: the command line around the rules, so a panel's server re-checks exactly
//! what the browser checked. Reads JSON on standard input, writes JSON on standard output.

use domainguard::{
    check, check_authinfo, fields, generate_authinfo, policies, InputErrors, Json, Locale, Outcome,
};
use std::io::{Read, Write};
use std::process::ExitCode;

const HELP: &str = "\
domainguard — checks domain close and transfer cases for hosting panels

USAGE:
    domainguard check [--locale de|en] [--policy ID] [--pretty] < case.json
    domainguard deadlines [--locale de|en] [--policy ID] [--pretty] < case.json
    domainguard fields ACTION [--pretty]
    domainguard policies [--pretty]
    domainguard codes [--markdown]
    domainguard inventory FILE --today YYYY-MM-DD [--locale de|en] [--policy ID] [--out json|csv|ics]
    domainguard calendar [--locale de|en] < case.json
    domainguard letter [--locale de|en] [--policy ID] < case.json
    domainguard authinfo generate [--tld de]
    domainguard authinfo check [--tld de] [--locale de|en] < code.txt
    domainguard --help | --version

COMMANDS:
    check       Reads one case (JSON) on standard input and writes its verdict (JSON).
                Exit status: 0 allowed, 1 blocked, 2 invalid input (the errors as JSON on
                standard output, each naming its field).
    deadlines   Like check, but writes only the deadlines ({\"deadlines\": {...}}), or the
                input errors. Same exit status.
    fields      Lists the case fields an action reads (path, type, required, values).
    policies    Lists the built-in policy profiles.
    codes       Lists every finding and input error code (--markdown: the table in docs/codes.md).
    inventory   Reads a reseller's domain list (CSV with a header row, comma or semicolon
                separated; or a .json array) and writes one row per domain, most urgent first:
                next action, deadline, days left, severity (--out json, the default; csv; ics).
                Columns: domain, registered, renewal, holder, invoice_unpaid, intent
                (keep|close|transfer). --today is required: the rules never read a clock
                (e.g. --today \"$(TZ=Europe/Berlin date +%F)\").
    calendar    Reads one case on standard input and writes its deadlines as an iCalendar
                file (all-day events with reminders a week and a day before).
    letter      Checks the case like `check` and, when it is allowed, prints the holder's
                letter as text with the AuthInfo (`authinfo.code`) written in: the one
                output that carries the code (a verdict holds [[AUTHINFO]] instead). When
                there is no letter (invalid, blocked, or none for the action) it prints the
                outcome as `check` does, with exit status 2 or 1.
    authinfo generate
                Prints a new AuthInfo for the TLD (default de) from the OS's secure random
                source: 16 characters without look-alikes.
    authinfo check
                Reads a code on standard input (never as an argument: arguments show up in
                process lists and shell history) and prints {valid, reason, positions,
                message}. Exit status 0 valid, 1 invalid. The code is never printed.

OPTIONS:
    --locale de|en   Overrides the case's `locale` (messages and the holder's letter).
    --policy ID      Overrides the case's `policy` with a built-in profile.
    --tld TLD        The TLD (or domain) an AuthInfo is for: de, com, beispiel.de, ...
    --pretty         Indents the JSON output.
    --max-bytes N    The largest input read (check, deadlines, calendar, letter: default
                     2097152; inventory: default and most 33554432). A longer one is
                     refused (exit 2) before any work.

The case format is described in docs/case.md; the verdict in the README.";

struct Options {
    today: Option<String>,
    out: Option<String>,
    locale: Option<String>,
    tld: Option<String>,
    policy: Option<String>,
    max_bytes: Option<usize>,
    pretty: bool,
    markdown: bool,
    positional: Vec<String>,
}

fn parse_options(args: &[String]) -> Result<Options, String> {
    let mut o = Options {
        today: None,
        out: None,
        locale: None,
        tld: None,
        policy: None,
        max_bytes: None,
        pretty: false,
        markdown: false,
        positional: Vec::new(),
    };
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--pretty" => o.pretty = true,
            "--markdown" => o.markdown = true,
            "--locale" => {
                o.locale = Some(it.next().ok_or("--locale needs a value: de or en")?.clone())
            }
            "--policy" => o.policy = Some(it.next().ok_or("--policy needs a profile id")?.clone()),
            "--today" => {
                o.today = Some(it.next().ok_or("--today needs a date: YYYY-MM-DD")?.clone())
            }
            "--out" => o.out = Some(it.next().ok_or("--out needs json, csv or ics")?.clone()),
            "--max-bytes" => {
                let n = it.next().ok_or("--max-bytes needs a number of bytes")?;
                o.max_bytes = Some(
                    n.parse()
                        .map_err(|_| format!("--max-bytes needs a number of bytes, not `{n}`"))?,
                );
            }
            "--tld" => o.tld = Some(it.next().ok_or("--tld needs a TLD, e.g. de")?.clone()),
            s if s.starts_with("--locale=") => {
                o.locale = Some(s.trim_start_matches("--locale=").to_string())
            }
            s if s.starts_with("--policy=") => {
                o.policy = Some(s.trim_start_matches("--policy=").to_string())
            }
            s if s.starts_with('-') => {
                return Err(format!("unknown option `{s}`; see `domainguard --help`"))
            }
            s => o.positional.push(s.to_string()),
        }
    }
    Ok(o)
}

fn print_json<T: serde::Serialize>(value: &T, pretty: bool) -> Result<(), String> {
    let text = if pretty {
        serde_json::to_string_pretty(value)
    } else {
        serde_json::to_string(value)
    }
    .map_err(|e| format!("cannot write JSON: {e}"))?;
    let mut out = std::io::stdout().lock();
    writeln!(out, "{text}").map_err(|e| format!("cannot write to standard output: {e}"))
}

/// Reads at most `max` bytes of UTF-8 text: a longer input is refused having read `max + 1`
/// bytes, before any parsing.
fn read_bounded(input: impl Read, max: usize, locale: Locale) -> Result<String, InputErrors> {
    let mut bytes = Vec::new();
    let limit = u64::try_from(max).unwrap_or(u64::MAX).saturating_add(1);
    if let Err(e) = input.take(limit).read_to_end(&mut bytes) {
        return Err(InputErrors::invalid_json(&e.to_string(), locale));
    }
    if bytes.len() > max {
        return Err(domainguard::input_too_large(max, locale));
    }
    String::from_utf8(bytes).map_err(|e| InputErrors::invalid_json(&e.to_string(), locale))
}

/// Reads the case from standard input, applying `--locale` and `--policy`.
fn read_case(o: &Options) -> Result<Json, InputErrors> {
    let locale = o
        .locale
        .as_deref()
        .and_then(Locale::parse)
        .unwrap_or_default();
    let max = o.max_bytes.unwrap_or(domainguard::MAX_CASE_BYTES);
    let text = read_bounded(std::io::stdin().lock(), max, locale)?;
    let mut case =
        domainguard::read_case_text(&text, max, o.locale.as_deref().and_then(Locale::parse))?;
    if let Some(l) = &o.locale {
        case.set("locale", Json::from(l.as_str()));
    }
    if let Some(p) = &o.policy {
        case.set("policy", Json::from(p.as_str()));
    }
    Ok(case)
}

fn run(args: &[String]) -> Result<u8, String> {
    let Some(command) = args.first() else {
        eprintln!("{HELP}");
        return Ok(2);
    };
    let o = parse_options(args.get(1..).unwrap_or(&[]))?;
    match command.as_str() {
        "--help" | "-h" | "help" => {
            println!("{HELP}");
            Ok(0)
        }
        "--version" | "-V" => {
            println!("domainguard {}", env!("CARGO_PKG_VERSION"));
            Ok(0)
        }
        "check" | "deadlines" => {
            let outcome = match read_case(&o) {
                Ok(case) => check(&case),
                Err(e) => Outcome::Invalid(e),
            };
            match (&outcome, command.as_str()) {
                (Outcome::Verdict(v), "deadlines") => print_json(
                    &OnlyDeadlines {
                        deadlines: &v.deadlines,
                    },
                    o.pretty,
                )?,
                _ => print_json(&outcome, o.pretty)?,
            }
            Ok(outcome.exit_code())
        }
        "fields" => {
            let action = o
                .positional
                .first()
                .ok_or("`fields` needs an action, e.g. `domainguard fields close`")?;
            let list = fields(action)
                .ok_or_else(|| format!("unknown action `{action}`; known: close, transfer_out"))?;
            print_json(&list, o.pretty)?;
            Ok(0)
        }
        "policies" => {
            print_json(&policies(), o.pretty)?;
            Ok(0)
        }
        "codes" => {
            let text = domainguard::messages::codes_table(o.markdown);
            print!("{text}");
            Ok(0)
        }
        "letter" => match read_case(&o).map(|case| domainguard::letter_with_authinfo(&case)) {
            Ok(Ok(letter)) => {
                println!("{letter}");
                Ok(0)
            }
            Ok(Err(outcome)) => {
                print_json(&*outcome, o.pretty)?;
                Ok(outcome.exit_code().max(1))
            }
            Err(e) => {
                print_json(&e, o.pretty)?;
                Ok(2)
            }
        },
        "authinfo" => authinfo(&o),
        "inventory" => inventory(&o),
        "calendar" => {
            let result = match read_case(&o) {
                Ok(case) => domainguard::calendar(&case),
                Err(e) => Err(e),
            };
            match result {
                Ok(text) => {
                    print!("{text}");
                    Ok(0)
                }
                Err(e) => {
                    print_json(&e, o.pretty)?;
                    Ok(2)
                }
            }
        }
        other => Err(format!(
            "unknown command `{other}`; see `domainguard --help`"
        )),
    }
}

fn authinfo(o: &Options) -> Result<u8, String> {
    let tld = o.tld.as_deref().unwrap_or("de");
    match o.positional.first().map(String::as_str) {
        Some("generate") => {
            let mut random = vec![0u8; domainguard::authinfo::RANDOM_BYTES];
            getrandom::fill(&mut random).map_err(|e| format!("no secure random source: {e}"))?;
            let code = generate_authinfo(tld, &random).map_err(|e| e.message(Locale::En))?;
            println!("{code}");
            Ok(0)
        }
        Some("check") => {
            let locale = o
                .locale
                .as_deref()
                .and_then(Locale::parse)
                .unwrap_or_default();
            let mut code = String::new();
            std::io::stdin()
                .read_to_string(&mut code)
                .map_err(|e| format!("cannot read standard input: {e}"))?;
            let result = check_authinfo(tld, &code, locale);
            print_json(&result, o.pretty)?;
            Ok(if result.valid { 0 } else { 1 })
        }
        _ => Err("`authinfo` needs `generate` or `check`; see `domainguard --help`".to_string()),
    }
}

fn inventory(o: &Options) -> Result<u8, String> {
    let path = o
        .positional
        .first()
        .ok_or("`inventory` needs a file: domainguard inventory domains.csv --today YYYY-MM-DD")?;
    let locale = o
        .locale
        .as_deref()
        .and_then(Locale::parse)
        .unwrap_or_default();
    let max = o.max_bytes.unwrap_or(domainguard::MAX_INVENTORY_BYTES);
    let file = std::fs::File::open(path).map_err(|e| format!("cannot read `{path}`: {e}"))?;
    let read = read_bounded(file, max, locale).and_then(|text| {
        if path.to_ascii_lowercase().ends_with(".json") {
            domainguard::inventory::read_list_text(&text, max, locale)
        } else {
            Ok(Json::String(text))
        }
    });
    let list = match read {
        Ok(list) => list,
        Err(e) => {
            print_json(&e, o.pretty)?;
            return Ok(2);
        }
    };
    let mut options = Json::object::<&str>([]);
    for (key, value) in [
        ("today", &o.today),
        ("locale", &o.locale),
        ("policy", &o.policy),
    ] {
        if let Some(v) = value {
            options.set(key, Json::from(v.as_str()));
        }
    }
    let report = match domainguard::inventory_job(&list, &options) {
        Ok(job) => job.finish(),
        Err(e) => {
            print_json(&e, o.pretty)?;
            return Ok(2);
        }
    };
    match o.out.as_deref().unwrap_or("json") {
        "json" => print_json(&report, o.pretty)?,
        "csv" => print!("{}", domainguard::inventory::to_csv(&report)),
        "ics" => print!("{}", domainguard::calendar::report_ics(&report)),
        other => {
            return Err(format!(
                "unknown output `{other}`; expected json, csv or ics"
            ))
        }
    }
    Ok(0)
}

/// What `domainguard deadlines` prints: `{"deadlines": {...}}`.
#[derive(serde::Serialize)]
struct OnlyDeadlines<'a> {
    deadlines: &'a domainguard::verdict::Deadlines,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(code) => ExitCode::from(code),
        Err(message) => {
            eprintln!("domainguard: {message}");
            ExitCode::from(2)
        }
    }
}
