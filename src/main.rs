//! `domainguard`: the command line around the rules, so a panel's server re-checks exactly
//! what the browser checked. Reads JSON from a file or standard input, writes JSON (or CSV,
//! iCalendar) on standard output.
//!
//! Structure: [`COMMANDS`] describes every command (name, options, help text); [`parse`] reads
//! the arguments with lexopt against that table (unknown or unused options are refused);
//! each command is a function from its [`Args`] to a [`Done`] (the text for standard output
//! and the exit status); [`main`] writes the text, and a closed pipe ends it quietly.

use domainguard::{
    check, check_authinfo, fields, generate_authinfo, policies, Action, InputErrors, Json, Locale,
    Outcome,
};
use std::ffi::OsString;
use std::io::{IsTerminal, Read, Write};
use std::process::ExitCode;

/// Exit status: the command line was wrong (unknown command or option, missing argument).
/// 64 is `EX_USAGE` of BSD's sysexits.h, as many tools use it.
const EXIT_USAGE: u8 = 64;
/// Exit status: the input file cannot be opened (`EX_NOINPUT`).
const EXIT_NO_INPUT: u8 = 66;
/// Exit status: reading the input or writing the output failed (`EX_IOERR`).
const EXIT_IO: u8 = 74;

/// Default limit of `check`, `deadlines`, `calendar` and `letter` input (the library's).
const MAX_CASE_BYTES: u64 = domainguard::MAX_CASE_BYTES as u64;
/// Default and largest limit of `inventory` input (the library's: the report's memory).
const MAX_LIST_BYTES: u64 = domainguard::MAX_INVENTORY_BYTES as u64;
/// Limit of `authinfo check` input: a code is at most a few dozen characters.
const MAX_CODE_BYTES: u64 = 4096;

const HELP: &str = "\
domainguard — checks the risky actions of hosting panels: domain close and its undo,
transfer out, transfer requests, AuthInfo hand-out, CMS deletes and updates, account readiness

USAGE:
    domainguard COMMAND [OPTIONS] [FILE]
    domainguard help [COMMAND]      (or: domainguard COMMAND --help)
    domainguard --version

COMMANDS:
    check       Checks one case (JSON) and writes its verdict (JSON); with --form, a form post
    case        Writes the case a form post gives (--form MAPPING.json), without checking it
    deadlines   Like check, but writes only the deadlines
    calendar    Writes a case's deadlines as an iCalendar file
    letter      Writes the holder's letter with the AuthInfo written in (the one output
                that carries the code; a verdict holds [[AUTHINFO]] instead)
    inventory   Checks a whole domain list (CSV or JSON): one row per domain, most urgent first
    fields      Lists the case fields an action reads
    policies    Lists the built-in policy profiles
    codes       Lists every finding and input error code
    texts       Writes a panel language file generated from the text catalogue
    authinfo    Generates an AuthInfo, or checks one's format

Commands that read input take a FILE, or `-` for standard input; without FILE they read
standard input unless it is a terminal. Options take their value as `--opt value` or
`--opt=value`.

EXIT STATUS:
    0    allowed (check, deadlines), valid (authinfo check), or done
    1    blocked (check, deadlines), invalid code (authinfo check)
    2    invalid input: the errors as JSON on standard output, each naming its field
         (input over the size limit: INPUT_TOO_LARGE)
    64   usage error: unknown command or option, missing or bad argument (message on stderr)
    66   the input file cannot be opened
    74   reading the input or writing the output failed
    A closed output pipe (`| head -1`) ends the command quietly with its usual status.

The case format is described in docs/case.md; the verdict in the README.";

const CASE_OPTIONS_HELP: &str =
    "    --locale de|en          Overrides the case's `locale` (messages, the holder's letter).
    --policy ID             Overrides the case's `policy` with a built-in profile.
    --max-input-bytes N     Refuses input larger than N bytes (default 4194304 = 4 MiB)
                            with the input error INPUT_TOO_LARGE, before reading more.";

const LETTER_ABOUT: &str =
    "Checks one case like check and, when it is allowed, writes the holder's letter
as text with the AuthInfo (`authinfo.code`) written in: the one output that carries
the code. Without a letter (invalid input, blocked, or none for the action) it
writes the outcome as check does, with exit status 2 or 1.";

/// The commands, their options and help texts. `parse` refuses every option a command does
/// not list here.
static COMMANDS: &[Spec] = &[
    Spec {
        name: "check",
        options: &["locale", "policy", "pretty", "max-input-bytes", "form"],
        operands: Operands::Input,
        usage: "domainguard check [OPTIONS] [FILE|-]",
        about: "Reads one case (JSON) and writes its verdict (JSON).\n\
                Exit status: 0 allowed, 1 blocked, 2 invalid input (the errors as JSON on\n\
                standard output, each naming its field).",
        extra: "    --form MAPPING.json     Reads a form post instead of a case: {\"action\", \"today\",\n\
                \x20                           \"locale\", \"policy\", \"constants\", \"values\": {control:\n\
                \x20                           text or [texts]}}; builds the case with the mapping\n\
                \x20                           (docs/case.md, \"Forms\") and adds `control` to each\n\
                \x20                           finding and error.\n\
                \x20   --pretty                Indents the JSON output.",
    },
    Spec {
        name: "case",
        options: &["locale", "policy", "pretty", "max-input-bytes", "form", "with-secrets"],
        operands: Operands::Input,
        usage: "domainguard case --form MAPPING.json [OPTIONS] [FILE|-]",
        about: "Reads a form post (as check --form does) and writes the case it gives, without\n\
                checking it: the very case the browser's guard builds from the same post. The\n\
                AuthInfo is written as [[AUTHINFO]] unless --with-secrets is given.\n\
                Exit status: 0 built, 2 invalid input (the errors as JSON).",
        extra: "    --form MAPPING.json     Required: the form mapping (one action, or {\"actions\": {...}}).\n\
                \x20   --with-secrets          Writes the AuthInfo as posted (never into a log).\n\
                \x20   --pretty                Indents the JSON output.",
    },
    Spec {
        name: "deadlines",
        options: &["locale", "policy", "pretty", "max-input-bytes"],
        operands: Operands::Input,
        usage: "domainguard deadlines [OPTIONS] [FILE|-]",
        about: "Like check, but writes only the deadlines ({\"deadlines\": {...}}), or the\n\
                input errors. Same exit status as check.",
        extra: "    --pretty                Indents the JSON output.",
    },
    Spec {
        name: "calendar",
        options: &["locale", "policy", "max-input-bytes"],
        operands: Operands::Input,
        usage: "domainguard calendar [OPTIONS] [FILE|-]",
        about: "Reads one case and writes its deadlines as an iCalendar file (all-day events\n\
                with reminders a week and a day before). Invalid input: the errors as JSON,\n\
                exit status 2.",
        extra: "",
    },
    Spec {
        name: "letter",
        options: &["locale", "policy", "max-input-bytes"],
        operands: Operands::Input,
        usage: "domainguard letter [OPTIONS] [FILE|-]",
        about: LETTER_ABOUT,
        extra: "",
    },
    Spec {
        name: "inventory",
        options: &[
            "today",
            "locale",
            "policy",
            "out",
            "format",
            "pretty",
            "max-input-bytes",
        ],
        operands: Operands::Input,
        usage: "domainguard inventory [OPTIONS] --today YYYY-MM-DD [FILE|-]",
        about: "Reads a reseller's domain list and writes one row per domain, most urgent first:\n\
                next action, deadline, days left, severity. The list is CSV with a header row\n\
                (comma or semicolon separated) or a JSON array. Columns: domain, registered,\n\
                renewal, holder, invoice_unpaid, intent (keep|close|transfer), last_transfer,\n\
                authinfo_created.",
        extra:
            "    --today YYYY-MM-DD      Required (else input error, field `today`): the rules\n\
                \x20                           never read a clock\n\
                \x20                           (e.g. --today \"$(TZ=Europe/Berlin date +%F)\").\n\
                \x20   --out json|csv|ics      The report as JSON (default), CSV or iCalendar.\n\
                \x20   --format csv|json       How to read the list (default: json for a FILE\n\
                \x20                           ending in .json, else csv).\n\
                \x20   --pretty                Indents the JSON output (--out json only).\n\
                \x20   (--max-input-bytes: default and at most 33554432 = 32 MiB for a list.)",
    },
    Spec {
        name: "fields",
        options: &["pretty"],
        operands: Operands::Action,
        usage: "domainguard fields [--pretty] ACTION",
        about: "Lists the case fields an action reads (path, type, required, values), as JSON.",
        extra: "    --pretty                Indents the JSON output.",
    },
    Spec {
        name: "policies",
        options: &["pretty"],
        operands: Operands::None,
        usage: "domainguard policies [--pretty]",
        about: "Lists the built-in policy profiles, as JSON.",
        extra: "    --pretty                Indents the JSON output.",
    },
    Spec {
        name: "codes",
        options: &["markdown"],
        operands: Operands::None,
        usage: "domainguard codes [--markdown]",
        about: "Lists every finding and input error code, one tab-separated line each.",
        extra: "    --markdown              The table of docs/codes.md instead.",
    },
    Spec {
        name: "texts",
        options: &[],
        operands: Operands::Input,
        usage: "domainguard texts [PATH]",
        about: "Writes the generated language file PATH (the TYPO3 XLIFF and the Plesk locale\n\
                files, made from the text catalogue) to standard output; without PATH, lists\n\
                the paths. scripts/build-integrations.sh runs it for each.",
        extra: "",
    },
    Spec {
        name: "authinfo generate",
        options: &["tld"],
        operands: Operands::None,
        usage: "domainguard authinfo generate [--tld TLD]",
        about: "Prints a new AuthInfo for the TLD (default de) from the OS's secure random\n\
                source, without look-alikes: 16 characters for .de, 22 for gTLDs (128 bits).",
        extra:
            "    --tld TLD               The TLD (or domain) the code is for: de, com, beispiel.de.",
    },
    Spec {
        name: "authinfo check",
        options: &["tld", "locale", "pretty"],
        operands: Operands::Input,
        usage: "domainguard authinfo check [OPTIONS] [FILE|-]",
        about: "Reads a code from FILE or standard input (never as an argument: arguments show\n\
                up in process lists and shell history) and prints {valid, reason, positions,\n\
                message}. Exit status 0 valid, 1 invalid. The code is never printed.",
        extra: "    --tld TLD               The TLD (or domain) the code is for (default de).\n\
                \x20   --locale de|en          The language of the message.\n\
                \x20   --pretty                Indents the JSON output.",
    },
];

/// What a command takes besides options.
#[derive(Clone, Copy, PartialEq)]
enum Operands {
    /// Nothing.
    None,
    /// At most one FILE (`-`: standard input).
    Input,
    /// Exactly one action name.
    Action,
}

struct Spec {
    name: &'static str,
    /// Long option names (without `--`); `--help`/`-h` is always accepted.
    options: &'static [&'static str],
    operands: Operands,
    usage: &'static str,
    about: &'static str,
    /// Help lines for the options that are not the case options.
    extra: &'static str,
}

impl Spec {
    fn find(name: &str) -> Option<&'static Spec> {
        COMMANDS.iter().find(|s| s.name == name)
    }

    fn help(&self) -> String {
        let mut text = format!("{}\n\nUSAGE:\n    {}\n\nOPTIONS:\n", self.about, self.usage);
        if self.options.contains(&"policy") {
            text.push_str(CASE_OPTIONS_HELP);
            text.push('\n');
        } else if self.options.contains(&"locale") && self.name != "authinfo check" {
            text.push_str("    --locale de|en          The language of messages.\n");
        }
        if !self.extra.is_empty() {
            text.push_str(self.extra);
            text.push('\n');
        }
        text.push_str("    -h, --help              Prints this help.\n");
        if self.operands == Operands::Input {
            text.push_str(
                "\nFILE `-` or no FILE: standard input (refused when it is a terminal).\n",
            );
        }
        if self.name == "fields" {
            text.push_str(&format!("\nACTION: {}\n", action_names()));
        }
        text.push_str("\nExit status and everything else: domainguard --help\n");
        text
    }
}

/// The options and operands of one command line, checked against its [`Spec`].
#[derive(Default)]
struct Args {
    locale: Option<Locale>,
    policy: Option<String>,
    today: Option<String>,
    out: Option<Out>,
    format: Option<ListFormat>,
    tld: Option<String>,
    max_input_bytes: Option<u64>,
    pretty: bool,
    markdown: bool,
    /// `--form MAPPING.json`: the input is a form post.
    form: Option<String>,
    with_secrets: bool,
    /// FILE (`-` is standard input), or the ACTION of `fields`.
    operand: Option<String>,
}

#[derive(Clone, Copy, PartialEq)]
enum Out {
    Json,
    Csv,
    Ics,
}

#[derive(Clone, Copy, PartialEq)]
enum ListFormat {
    Csv,
    Json,
}

/// Why a command did not produce its output.
enum Failure {
    /// A usage error: the message (without the program name), and the command it concerns.
    Usage(String, Option<&'static Spec>),
    /// The input file cannot be opened.
    NoInput(String),
    /// Reading or writing failed.
    Io(String),
}

fn usage(message: impl Into<String>, spec: Option<&'static Spec>) -> Failure {
    Failure::Usage(message.into(), spec)
}

/// What a command produced: its standard output and the exit status.
struct Done {
    stdout: Stdout,
    status: u8,
}

impl Done {
    fn ok(stdout: String) -> Done {
        Done {
            stdout: Stdout::Text(stdout),
            status: 0,
        }
    }
}

/// What goes to standard output.
enum Stdout {
    /// A text, written whole.
    Text(String),
    /// An inventory report in the format asked for (and, for JSON, pretty or not), written a
    /// part at a time as it is made: the `.ics` of 100,000 rows is 75 MB, and held whole as
    /// one text it was most of the command's peak memory (93 MB against 20).
    Report(Box<domainguard::inventory::Report>, Out, bool),
}

/// Writes `report` to `out` as `format`, in parts of about 64 KB, stopping at the first
/// write that fails. The bytes are those of `to_csv`, `report_ics` and `json_text`.
fn write_report(
    out: &mut dyn Write,
    report: &domainguard::inventory::Report,
    format: Out,
    pretty: bool,
) -> std::io::Result<()> {
    const PART: usize = 64 * 1024;
    let mut result = Ok(());
    let mut each = |part: &str| {
        if result.is_ok() {
            result = out.write_all(part.as_bytes());
        }
    };
    match format {
        Out::Csv => domainguard::inventory::to_csv_parts(report, PART, &mut each),
        Out::Ics => domainguard::calendar::report_ics_parts(report, PART, &mut each),
        Out::Json => {
            let mut w = std::io::BufWriter::with_capacity(PART, out);
            if pretty {
                serde_json::to_writer_pretty(&mut w, report)
            } else {
                serde_json::to_writer(&mut w, report)
            }?;
            w.write_all(b"\n")?;
            return w.flush();
        }
    }
    result
}

// ---------------------------------------------------------------------------------------------
// Reading the command line

/// What the command line asks for.
enum Request {
    Help(String),
    Version,
    Run(&'static Spec, Args),
}

fn parse(mut parser: lexopt::Parser) -> Result<Request, Failure> {
    use lexopt::Arg::{Long, Short, Value};
    let first = match parser.next().map_err(|e| usage(e.to_string(), None))? {
        None => return Err(usage("no command given", None)),
        Some(Long("help") | Short('h')) => return Ok(Request::Help(HELP.to_string())),
        Some(Long("version") | Short('V')) => return Ok(Request::Version),
        Some(Value(v)) => string(v, None)?,
        Some(other) => return Err(usage(format!("unknown option {}", shown(&other)), None)),
    };
    let name = match first.as_str() {
        "help" => {
            let topic = match parser.next().map_err(|e| usage(e.to_string(), None))? {
                None => return Ok(Request::Help(HELP.to_string())),
                Some(Value(v)) => string(v, None)?,
                Some(other) => {
                    return Err(usage(format!("unknown option {}", shown(&other)), None))
                }
            };
            let topic = match topic.as_str() {
                "authinfo" => match parser.next().map_err(|e| usage(e.to_string(), None))? {
                    Some(Value(v)) => format!("authinfo {}", string(v, None)?),
                    _ => return Ok(Request::Help(authinfo_help())),
                },
                _ => topic,
            };
            return match Spec::find(&topic) {
                Some(spec) => Ok(Request::Help(spec.help())),
                None => Err(usage(
                    format!("no help on `{topic}`: no such command"),
                    None,
                )),
            };
        }
        "authinfo" => match parser.next().map_err(|e| usage(e.to_string(), None))? {
            Some(Value(v)) => {
                let sub = string(v, None)?;
                match sub.as_str() {
                    "generate" | "check" => format!("authinfo {sub}"),
                    _ => {
                        return Err(usage(
                            format!("`authinfo` takes `generate` or `check`, not `{sub}`"),
                            None,
                        ))
                    }
                }
            }
            Some(Long("help") | Short('h')) => return Ok(Request::Help(authinfo_help())),
            _ => return Err(usage("`authinfo` needs `generate` or `check`", None)),
        },
        other => other.to_string(),
    };
    let Some(spec) = Spec::find(&name) else {
        return Err(usage(format!("unknown command `{name}`"), None));
    };
    let mut args = Args::default();
    let mut operands: Vec<String> = Vec::new();
    while let Some(arg) = parser
        .next()
        .map_err(|e| usage(e.to_string(), Some(spec)))?
    {
        let option = match arg {
            Long("help") | Short('h') => return Ok(Request::Help(spec.help())),
            Value(v) => {
                operands.push(string(v, Some(spec))?);
                continue;
            }
            Long(name) if spec.options.contains(&name) => name.to_string(),
            other => {
                return Err(usage(
                    format!("`{}` has no option {}", spec.name, shown(&other)),
                    Some(spec),
                ))
            }
        };
        read_option(&mut parser, spec, &option, &mut args)?;
    }
    match (spec.operands, operands.len()) {
        (_, 0) if spec.operands == Operands::Action => {
            return Err(usage(
                format!("`fields` needs an action: {}", action_names()),
                Some(spec),
            ))
        }
        (Operands::None, 0) | (Operands::Input, 0) => {}
        (Operands::Input, 1) | (Operands::Action, 1) => args.operand = operands.pop(),
        (Operands::None, _) => {
            return Err(usage(
                format!("`{}` takes no argument `{}`", spec.name, operands[0]),
                Some(spec),
            ))
        }
        _ => {
            return Err(usage(
                format!(
                    "`{}` takes one {}, not {}",
                    spec.name,
                    if spec.operands == Operands::Action {
                        "action"
                    } else {
                        "FILE"
                    },
                    operands.len()
                ),
                Some(spec),
            ))
        }
    }
    if spec.name == "case" && args.form.is_none() {
        return Err(usage("`case` needs --form MAPPING.json", Some(spec)));
    }
    if args.pretty && args.out.is_some_and(|o| o != Out::Json) {
        return Err(usage("--pretty applies only to --out json", Some(spec)));
    }
    Ok(Request::Run(spec, args))
}

fn read_option(
    parser: &mut lexopt::Parser,
    spec: &'static Spec,
    option: &str,
    args: &mut Args,
) -> Result<(), Failure> {
    let mut value = || -> Result<String, Failure> {
        let v = parser
            .value()
            .map_err(|e| usage(e.to_string(), Some(spec)))?;
        string(v, Some(spec))
    };
    let bad = |expected: &str, found: &str| {
        usage(
            format!("--{option}: expected {expected}, found `{found}`"),
            Some(spec),
        )
    };
    match option {
        "pretty" => args.pretty = true,
        "with-secrets" => args.with_secrets = true,
        "form" => args.form = Some(value()?),
        "markdown" => args.markdown = true,
        "locale" => {
            let v = value()?;
            args.locale = Some(Locale::parse(&v).ok_or_else(|| bad("de or en", &v))?);
        }
        "policy" => args.policy = Some(value()?),
        "today" => args.today = Some(value()?),
        "tld" => args.tld = Some(value()?),
        "out" => {
            let v = value()?;
            args.out = Some(match v.as_str() {
                "json" => Out::Json,
                "csv" => Out::Csv,
                "ics" => Out::Ics,
                _ => return Err(bad("json, csv or ics", &v)),
            });
        }
        "format" => {
            let v = value()?;
            args.format = Some(match v.as_str() {
                "csv" => ListFormat::Csv,
                "json" => ListFormat::Json,
                _ => return Err(bad("csv or json", &v)),
            });
        }
        "max-input-bytes" => {
            let v = value()?;
            match v.parse::<u64>() {
                Ok(n) if n > 0 => args.max_input_bytes = Some(n),
                _ => return Err(bad("a positive number of bytes", &v)),
            }
        }
        _ => {
            return Err(usage(
                format!("`{}` has no option --{option}", spec.name),
                Some(spec),
            ))
        }
    }
    Ok(())
}

fn string(value: OsString, spec: Option<&'static Spec>) -> Result<String, Failure> {
    value
        .into_string()
        .map_err(|v| usage(format!("argument is not UTF-8: {v:?}"), spec))
}

fn shown(arg: &lexopt::Arg<'_>) -> String {
    match arg {
        lexopt::Arg::Short(c) => format!("`-{c}`"),
        lexopt::Arg::Long(name) => format!("`--{name}`"),
        lexopt::Arg::Value(v) => format!("`{}`", v.to_string_lossy()),
    }
}

fn action_names() -> String {
    Action::ALL
        .iter()
        .map(|(name, _)| *name)
        .collect::<Vec<_>>()
        .join(", ")
}

fn authinfo_help() -> String {
    let mut text = String::from(
        "Generates an AuthInfo, or checks one's format.\n\nUSAGE:\n    \
         domainguard authinfo generate [--tld TLD]\n    \
         domainguard authinfo check [--tld TLD] [--locale de|en] [--pretty] [FILE|-]\n\n",
    );
    text.push_str(
        "More: domainguard authinfo generate --help, domainguard authinfo check --help\n",
    );
    text
}

// ---------------------------------------------------------------------------------------------
// Reading input

/// Where the input comes from: a file, or standard input (`-` or no FILE).
fn read_input(
    spec: &'static Spec,
    args: &Args,
    limit: u64,
) -> Result<Result<Vec<u8>, u64>, Failure> {
    let read_limited =
        |reader: &mut dyn Read, what: &str| -> Result<Result<Vec<u8>, u64>, Failure> {
            let mut bytes = Vec::new();
            reader
                .take(limit.saturating_add(1))
                .read_to_end(&mut bytes)
                .map_err(|e| Failure::Io(format!("cannot read {what}: {e}")))?;
            Ok(if bytes.len() as u64 > limit {
                Err(limit)
            } else {
                Ok(bytes)
            })
        };
    match args.operand.as_deref() {
        Some(path) if path != "-" => {
            let mut file = std::fs::File::open(path)
                .map_err(|e| Failure::NoInput(format!("cannot open `{path}`: {e}")))?;
            // A regular file that is too large is refused without reading it.
            if file
                .metadata()
                .is_ok_and(|m| m.is_file() && m.len() > limit)
            {
                return Ok(Err(limit));
            }
            read_limited(&mut file, &format!("`{path}`"))
        }
        given => {
            let stdin = std::io::stdin();
            if given.is_none() && stdin.is_terminal() {
                return Err(usage(
                    format!(
                        "`{}` reads FILE or standard input, and standard input is a terminal: \
                         give a FILE, `-`, or pipe the input in",
                        spec.name
                    ),
                    Some(spec),
                ));
            }
            read_limited(&mut stdin.lock(), "standard input")
        }
    }
}

/// The input error for input over the limit (exit status 2, like every input error).
fn too_large(limit: u64, locale: Locale) -> InputErrors {
    domainguard::input_too_large(usize::try_from(limit).unwrap_or(usize::MAX), locale)
}

/// Input bytes as UTF-8 text, or the input error naming the first bad byte.
fn utf8(bytes: Vec<u8>, field: Option<&str>, locale: Locale) -> Result<String, InputErrors> {
    String::from_utf8(bytes)
        .map_err(|e| domainguard::input_not_utf8(e.utf8_error().valid_up_to(), field, locale))
}

/// Reads the case from FILE or standard input, applying `--locale` and `--policy`.
fn read_case(spec: &'static Spec, args: &Args) -> Result<Result<Json, InputErrors>, Failure> {
    let locale = args.locale.unwrap_or_default();
    let limit = args.max_input_bytes.unwrap_or(MAX_CASE_BYTES);
    let bytes = match read_input(spec, args, limit)? {
        Ok(bytes) => bytes,
        Err(limit) => return Ok(Err(too_large(limit, locale))),
    };
    // Linear in the text, nested at most 32 deep, exactly as the wasm reads JSON.parse's value.
    let read = utf8(bytes, None, locale)
        .and_then(|text| domainguard::read_case_text(&text, text.len(), args.locale));
    Ok(read.map(|mut case| {
        if let Some(l) = args.locale {
            case.set("locale", Json::from(l.tag()));
        }
        if let Some(p) = &args.policy {
            case.set("policy", Json::from(p.as_str()));
        }
        case
    }))
}

// ---------------------------------------------------------------------------------------------
// Writing output

fn json_text<T: serde::Serialize>(value: &T, pretty: bool) -> Result<String, Failure> {
    let mut text = if pretty {
        serde_json::to_string_pretty(value)
    } else {
        serde_json::to_string(value)
    }
    .map_err(|e| Failure::Io(format!("cannot write JSON: {e}")))?;
    text.push('\n');
    Ok(text)
}

fn invalid(errors: &InputErrors, pretty: bool) -> Result<Done, Failure> {
    Ok(Done {
        stdout: Stdout::Text(json_text(errors, pretty)?),
        status: 2,
    })
}

// ---------------------------------------------------------------------------------------------
// The commands

fn run(spec: &'static Spec, args: &Args) -> Result<Done, Failure> {
    match spec.name {
        "check" if args.form.is_some() => form_command(spec, args),
        "case" => form_command(spec, args),
        "check" | "deadlines" => check_command(spec, args),
        "calendar" => calendar_command(spec, args),
        "letter" => letter_command(spec, args),
        "inventory" => inventory_command(spec, args),
        "fields" => {
            let action = args.operand.as_deref().unwrap_or_default();
            let list = fields(action).ok_or_else(|| {
                usage(
                    format!("unknown action `{action}`; known: {}", action_names()),
                    Some(spec),
                )
            })?;
            Ok(Done::ok(json_text(&list, args.pretty)?))
        }
        "policies" => Ok(Done::ok(json_text(&policies(), args.pretty)?)),
        "codes" => Ok(Done::ok(domainguard::messages::codes_table(args.markdown))),
        "texts" => match args.operand.as_deref() {
            None => Ok(Done::ok(
                domainguard::text::GENERATED
                    .iter()
                    .map(|(path, _)| format!("{path}\n"))
                    .collect(),
            )),
            Some(path) => domainguard::text::generate(path)
                .map(Done::ok)
                .ok_or_else(|| {
                    usage(
                        format!("no generated file `{path}`; `domainguard texts` lists them"),
                        Some(spec),
                    )
                }),
        },
        "authinfo generate" => {
            let tld = args.tld.as_deref().unwrap_or("de");
            let mut random = vec![0u8; domainguard::authinfo::RANDOM_BYTES];
            getrandom::fill(&mut random)
                .map_err(|e| Failure::Io(format!("no secure random source: {e}")))?;
            let code =
                generate_authinfo(tld, &random).map_err(|e| Failure::Io(e.message(Locale::En)))?;
            Ok(Done::ok(format!("{code}\n")))
        }
        "authinfo check" => {
            let locale = args.locale.unwrap_or_default();
            let bytes = match read_input(spec, args, MAX_CODE_BYTES)? {
                Ok(bytes) => bytes,
                Err(limit) => return invalid(&too_large(limit, locale), args.pretty),
            };
            // Not UTF-8: checked as the replacement characters, which no scheme allows.
            let code = String::from_utf8_lossy(&bytes);
            let result = check_authinfo(args.tld.as_deref().unwrap_or("de"), &code, locale);
            Ok(Done {
                stdout: Stdout::Text(json_text(&result, args.pretty)?),
                status: if result.valid { 0 } else { 1 },
            })
        }
        other => Err(usage(format!("unknown command `{other}`"), None)),
    }
}

fn check_command(spec: &'static Spec, args: &Args) -> Result<Done, Failure> {
    let outcome = match read_case(spec, args)? {
        Ok(case) => check(&case),
        Err(e) => Outcome::Invalid(e),
    };
    let stdout = match (&outcome, spec.name) {
        (Outcome::Verdict(v), "deadlines") => json_text(
            &OnlyDeadlines {
                deadlines: &v.deadlines,
            },
            args.pretty,
        )?,
        _ => json_text(&outcome, args.pretty)?,
    };
    Ok(Done {
        stdout: Stdout::Text(stdout),
        status: outcome.exit_code(),
    })
}

/// Reads the mapping file of `--form`: at most the input limit, JSON like a case.
fn read_mapping(
    path: &str,
    limit: u64,
    locale: Locale,
) -> Result<Result<Json, InputErrors>, Failure> {
    let mut file = std::fs::File::open(path)
        .map_err(|e| Failure::NoInput(format!("cannot open the mapping `{path}`: {e}")))?;
    let mut bytes = Vec::new();
    Read::take(&mut file, limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| Failure::Io(format!("cannot read the mapping `{path}`: {e}")))?;
    if bytes.len() as u64 > limit {
        return Ok(Err(too_large(limit, locale)));
    }
    Ok(utf8(bytes, Some("mapping"), locale)
        .and_then(|text| domainguard::read_case_text(&text, text.len(), Some(locale))))
}

/// `check --form` and `case`: a form post (`{action, today, locale, policy, constants,
/// values}`) and a mapping give a case; `check` writes its verdict with controls, `case` the
/// case itself.
fn form_command(spec: &'static Spec, args: &Args) -> Result<Done, Failure> {
    let limit = args.max_input_bytes.unwrap_or(MAX_CASE_BYTES);
    let mapping_path = args.form.as_deref().unwrap_or_default();
    // --locale and --policy override the post's, as they override a case's.
    let post = match read_case(spec, args)? {
        Ok(post) => post,
        Err(e) => return invalid(&e, args.pretty),
    };
    let locale = args
        .locale
        .or_else(|| post.get("locale").as_str().and_then(Locale::parse))
        .unwrap_or_default();
    let mapping = match read_mapping(mapping_path, limit, locale)? {
        Ok(mapping) => mapping,
        Err(e) => return invalid(&e, args.pretty),
    };
    if spec.name == "case" {
        return match domainguard::form::case_from_post(&mapping, &post) {
            Ok(case) => {
                let shown = if args.with_secrets {
                    case
                } else {
                    domainguard::form::mask_secrets(&case)
                };
                Ok(Done::ok(json_text(&shown, args.pretty)?))
            }
            Err(e) => invalid(&e, args.pretty),
        };
    }
    let outcome = domainguard::form::check_post(&mapping, &post).outcome;
    Ok(Done {
        stdout: Stdout::Text(json_text(&outcome, args.pretty)?),
        status: outcome.exit_code(),
    })
}

fn calendar_command(spec: &'static Spec, args: &Args) -> Result<Done, Failure> {
    match read_case(spec, args)?.and_then(|case| domainguard::calendar(&case)) {
        Ok(text) => Ok(Done::ok(text)),
        Err(e) => invalid(&e, false),
    }
}

fn letter_command(spec: &'static Spec, args: &Args) -> Result<Done, Failure> {
    match read_case(spec, args)?.map(|case| domainguard::letter_with_authinfo(&case)) {
        Ok(Ok(letter)) => Ok(Done::ok(letter + "\n")),
        Ok(Err(outcome)) => Ok(Done {
            stdout: Stdout::Text(json_text(&*outcome, false)?),
            status: outcome.exit_code().max(1),
        }),
        Err(e) => invalid(&e, false),
    }
}

fn inventory_command(spec: &'static Spec, args: &Args) -> Result<Done, Failure> {
    let locale = args.locale.unwrap_or_default();
    let limit = args
        .max_input_bytes
        .map_or(MAX_LIST_BYTES, |n| n.min(MAX_LIST_BYTES));
    let format = args.format.unwrap_or(match args.operand.as_deref() {
        Some(path) if path.to_ascii_lowercase().ends_with(".json") => ListFormat::Json,
        _ => ListFormat::Csv,
    });
    // A missing --today is reported by the rules like every other input error (exit status 2,
    // field `today`).
    let bytes = match read_input(spec, args, limit)? {
        Ok(bytes) => bytes,
        Err(limit) => return invalid(&too_large(limit, locale), args.pretty),
    };
    let text = match utf8(bytes, Some("list"), locale) {
        Ok(text) => text,
        Err(e) => return invalid(&e, args.pretty),
    };
    let list = match format {
        ListFormat::Json => {
            match domainguard::inventory::read_list_text(&text, text.len(), locale) {
                Ok(v) => v,
                Err(e) => return invalid(&e, args.pretty),
            }
        }
        ListFormat::Csv => Json::String(text),
    };
    let mut options = Json::object::<&str>([]);
    if let Some(today) = &args.today {
        options.set("today", Json::from(today.as_str()));
    }
    if let Some(l) = args.locale {
        options.set("locale", Json::from(l.tag()));
    }
    if let Some(p) = &args.policy {
        options.set("policy", Json::from(p.as_str()));
    }
    let report = match domainguard::inventory_job(&list, &options) {
        Ok(job) => job.finish(),
        Err(e) => return invalid(&e, args.pretty),
    };
    Ok(Done {
        stdout: Stdout::Report(Box::new(report), args.out.unwrap_or(Out::Json), args.pretty),
        status: 0,
    })
}

/// What `domainguard deadlines` prints: `{"deadlines": {...}}`.
#[derive(serde::Serialize)]
struct OnlyDeadlines<'a> {
    deadlines: &'a domainguard::verdict::Deadlines,
}

// ---------------------------------------------------------------------------------------------

fn say(message: &str) {
    // A closed standard error is no reason to fail (eprintln! would panic).
    let _ = writeln!(std::io::stderr().lock(), "domainguard: {message}");
}

fn main() -> ExitCode {
    let done = match parse(lexopt::Parser::from_env()) {
        Ok(Request::Help(text)) => Ok(Done::ok(text + "\n")),
        Ok(Request::Version) => Ok(Done::ok(format!(
            "domainguard {}\n",
            env!("CARGO_PKG_VERSION")
        ))),
        Ok(Request::Run(spec, args)) => run(spec, &args),
        Err(e) => Err(e),
    };
    let done = match done {
        Ok(done) => done,
        Err(Failure::Usage(message, spec)) => {
            let hint = match spec {
                Some(spec) => format!("see `domainguard {} --help`", spec.name),
                None => "see `domainguard --help`".to_string(),
            };
            say(&format!("{message}; {hint}"));
            return ExitCode::from(EXIT_USAGE);
        }
        Err(Failure::NoInput(message)) => {
            say(&message);
            return ExitCode::from(EXIT_NO_INPUT);
        }
        Err(Failure::Io(message)) => {
            say(&message);
            return ExitCode::from(EXIT_IO);
        }
    };
    let mut out = std::io::stdout().lock();
    let written = match &done.stdout {
        Stdout::Text(text) => out.write_all(text.as_bytes()),
        Stdout::Report(report, format, pretty) => write_report(&mut out, report, *format, *pretty),
    };
    match written.and_then(|()| out.flush()) {
        Ok(()) => ExitCode::from(done.status),
        // The reader went away (`| head -1`): it has what it wanted.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::from(done.status),
        Err(e) => {
            say(&format!("cannot write to standard output: {e}"));
            ExitCode::from(EXIT_IO)
        }
    }
}
