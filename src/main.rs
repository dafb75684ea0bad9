//! The `cyrdate` command line: `parse`, `extract` and `normalise` (SPEC §4).

use std::io::{self, BufRead, IsTerminal, Write};
use std::process::ExitCode;
use std::time::Instant;

use chrono::DateTime;
use clap::builder::{PossibleValuesParser, TypedValueParser};
use clap::{Args, Parser, Subcommand};
use cyrdate::{Context, Disambiguation, Format, Parsed, Piece, Prefer, Stream, Tz};
use serde_json::json;

#[derive(Parser)]
#[command(name = "cyrdate", version, about = "Find and normalise Russian and Ukrainian dates and timestamps")]
struct Cli {
    #[command(flatten)]
    common: Common,
    #[command(subcommand)]
    command: Command,
}

#[derive(Args, Clone)]
struct Common {
    /// Reference instant, RFC 3339 (default: now).
    #[arg(long, global = true, value_parser = parse_now)]
    now: Option<DateTime<chrono::FixedOffset>>,
    /// Output time zone, an IANA name.
    #[arg(long, global = true, default_value = "Europe/Kyiv", value_parser = parse_tz)]
    tz: Tz,
    /// Which date a text without a year means.
    #[arg(long, global = true, default_value = "past", value_parser = named::<Prefer>(Prefer::NAMES))]
    prefer: Prefer,
    /// What to do with a local time that happens twice or never.
    #[arg(long, global = true, default_value = "compatible", value_parser = named::<Disambiguation>(Disambiguation::NAMES))]
    disambiguation: Disambiguation,
}

/// A value read by its name: clap lists `names` in the help and checks
/// them; the library's `FromStr` maps them.
fn named<T>(names: &'static [&'static str]) -> impl TypedValueParser<Value = T>
where
    T: std::str::FromStr + Clone + Send + Sync + 'static,
{
    PossibleValuesParser::new(names).map(|s| s.parse::<T>().ok().expect("a name clap has checked"))
}

#[derive(Subcommand)]
enum Command {
    /// Parse each TEXT (or each line of standard input) as one date expression.
    Parse {
        /// One JSON object per input.
        #[arg(long)]
        json: bool,
        /// The expressions; standard input, one per line, when none is given.
        text: Vec<String>,
    },
    /// Find every date in the files (or standard input): one line per match.
    Extract {
        /// One JSON object per match.
        #[arg(long)]
        json: bool,
        /// Files to read; standard input when none is given.
        files: Vec<std::path::PathBuf>,
    },
    /// Copy the text with every date replaced by its value, or annotated.
    #[command(alias = "normalize")]
    Normalise {
        /// `iso` replaces each date by its value; `annotate` adds ` [value]` after it.
        #[arg(long, default_value = "iso", value_parser = named::<Format>(Format::NAMES))]
        format: Format,
        /// Files to read; standard input when none is given.
        files: Vec<std::path::PathBuf>,
    },
}

fn parse_now(s: &str) -> Result<DateTime<chrono::FixedOffset>, String> {
    DateTime::parse_from_rfc3339(s)
        .map_err(|e| format!("not an RFC 3339 instant ({e}), e.g. 2025-09-07T12:00:00+03:00"))
}

fn parse_tz(s: &str) -> Result<Tz, String> {
    s.parse::<Tz>().map_err(|_| format!("unknown IANA time zone {s:?}, e.g. Europe/Kyiv"))
}

impl Common {
    fn context(&self) -> Context {
        let mut ctx =
            Context::new().with_tz(self.tz).with_prefer(self.prefer).with_disambiguation(self.disambiguation);
        if let Some(now) = self.now {
            ctx = ctx.with_now(now);
        }
        ctx
    }
}

/// One JSON object written a field at a time, in order, as serde_json
/// prints it compactly: no map is built per line.
struct JsonObject<'w> {
    out: &'w mut dyn Write,
    empty: bool,
}

impl<'w> JsonObject<'w> {
    fn new(out: &'w mut dyn Write) -> io::Result<Self> {
        out.write_all(b"{")?;
        Ok(JsonObject { out, empty: true })
    }

    fn key(&mut self, key: &str) -> io::Result<()> {
        if !self.empty {
            self.out.write_all(b",")?;
        }
        self.empty = false;
        serde_json::to_writer(&mut *self.out, key)?;
        self.out.write_all(b":")
    }

    /// A string, escaped by serde_json.
    fn string(&mut self, key: &str, value: &str) -> io::Result<()> {
        self.key(key)?;
        serde_json::to_writer(&mut *self.out, value).map_err(Into::into)
    }

    /// A number or a boolean.
    fn plain(&mut self, key: &str, value: &dyn std::fmt::Display) -> io::Result<()> {
        self.key(key)?;
        write!(self.out, "{value}")
    }

    fn end(self) -> io::Result<()> {
        self.out.write_all(b"}")
    }
}

/// The JSON fields shared by `parse` and `extract`, in SPEC order: value,
/// granularity, the `[start, end)` bounds when asked for (`parse`), flags.
fn value_json(p: &Parsed, bounds: bool, obj: &mut JsonObject<'_>) -> io::Result<()> {
    // Values, names and RFC 3339 stamps need no escaping, but are
    // escaped all the same: one way to write a string.
    obj.string("value", &p.to_string())?;
    obj.string("granularity", p.granularity.name())?;
    if bounds {
        obj.string("start", &rfc3339(&p.start))?;
        obj.string("end", &rfc3339(&p.end))?;
    }
    obj.key("flags")?;
    let mut flags = JsonObject::new(&mut *obj.out)?;
    for (k, v) in p.flags.all() {
        flags.plain(k, &v)?;
    }
    flags.end()?;
    if let Some(p) = p.part_of_day {
        obj.string("part_of_day", p.name())?;
    }
    Ok(())
}

fn rfc3339(t: &DateTime<Tz>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Secs, false)
}

fn run_parse(ctx: &Context, json: bool, texts: Vec<String>) -> io::Result<ExitCode> {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut failed = false;
    // Writes one input's line; true when it failed.
    let one = |input: &str, out: &mut dyn Write| -> io::Result<bool> {
        match ctx.parse(input) {
            Ok(p) => {
                if json {
                    let mut obj = JsonObject::new(&mut *out)?;
                    obj.string("input", input)?;
                    value_json(&p, true, &mut obj)?;
                    obj.end()?;
                    writeln!(out)?;
                } else {
                    writeln!(out, "{p}")?;
                }
                Ok(false)
            }
            Err(e) => {
                out.flush()?;
                eprintln!("cyrdate: {input:?}: {e}");
                if json {
                    writeln!(out, "{}", json!({"input": input, "error": e.to_string()}))?;
                }
                Ok(true)
            }
        }
    };
    if texts.is_empty() {
        let stdin = io::stdin();
        let mut lock = stdin.lock();
        let mut line = Vec::new();
        loop {
            line.clear();
            if lock.read_until(b'\n', &mut line)? == 0 {
                break;
            }
            let l = line.strip_suffix(b"\n").unwrap_or(&line);
            let l = l.strip_suffix(b"\r").unwrap_or(l);
            match std::str::from_utf8(l) {
                Ok(s) => failed |= one(s, &mut out)?,
                Err(e) => {
                    failed = true;
                    out.flush()?;
                    let shown = String::from_utf8_lossy(l);
                    eprintln!("cyrdate: {shown:?}: not UTF-8 at byte {}", e.valid_up_to());
                    if json {
                        writeln!(
                            out,
                            "{}",
                            json!({"input": shown, "error": format!("not UTF-8 at byte {}", e.valid_up_to())})
                        )?;
                    }
                }
            }
        }
    } else {
        for t in &texts {
            failed |= one(t, &mut out)?;
        }
    }
    out.flush()?;
    Ok(if failed { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// Opens an input (`-` is standard input). A file read from a terminal
/// session that is large enough to take a while shows its progress on
/// standard error; never when standard error is a pipe or a file.
fn open(path: &std::path::Path) -> io::Result<Box<dyn io::Read>> {
    if path.as_os_str() == "-" {
        return Ok(Box::new(io::stdin().lock()));
    }
    let file = std::fs::File::open(path)?;
    if file.metadata()?.is_dir() {
        return Err(io::Error::new(io::ErrorKind::InvalidInput, "is a directory"));
    }
    let size = file.metadata().map(|m| m.len()).unwrap_or(0);
    if size >= PROGRESS_MIN && io::stderr().is_terminal() {
        Ok(Box::new(Progress {
            inner: file,
            size,
            done: 0,
            shown: Instant::now(),
            name: path.display().to_string(),
        }))
    } else {
        Ok(Box::new(file))
    }
}

/// Files from this size on show progress.
const PROGRESS_MIN: u64 = 64 << 20;

/// A reader that reports how far it got, about once a second.
struct Progress<R> {
    inner: R,
    size: u64,
    done: u64,
    shown: Instant,
    name: String,
}

impl<R: io::Read> io::Read for Progress<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.done += n as u64;
        if n == 0 || self.shown.elapsed().as_secs() >= 1 {
            self.shown = Instant::now();
            let pct = (self.done * 100).checked_div(self.size).unwrap_or(100);
            eprint!(
                "\rcyrdate: {}: {pct:3}% ({} MiB){}",
                self.name,
                self.done >> 20,
                if n == 0 { "\n" } else { "" }
            );
        }
        Ok(n)
    }
}

fn run_scan(ctx: &Context, files: Vec<std::path::PathBuf>, mode: Mode) -> io::Result<ExitCode> {
    let stdout = io::stdout();
    let mut out = io::BufWriter::with_capacity(64 * 1024, stdout.lock());
    let inputs: Vec<std::path::PathBuf> = if files.is_empty() { vec!["-".into()] } else { files };
    let mut status = ExitCode::SUCCESS;
    for path in &inputs {
        let name = if path.as_os_str() == "-" { "-".to_string() } else { path.display().to_string() };
        let reader = match open(path) {
            Ok(r) => r,
            Err(e) => {
                out.flush()?;
                eprintln!("cyrdate: {name}: {e}");
                status = ExitCode::from(2);
                continue;
            }
        };
        let mut stream = Stream::new(*ctx);
        let mut sink = |p: Piece<'_>| -> io::Result<()> {
            match (mode, p) {
                (Mode::Extract { .. }, Piece::Text(_)) => Ok(()),
                (Mode::Extract { json: false }, Piece::Date(m)) => {
                    writeln!(out, "{}\t{}\t{}\t{}", m.start, m.end, m.parsed, one_line(m.text))
                }
                (Mode::Extract { json: true }, Piece::Date(m)) => {
                    let mut obj = JsonObject::new(&mut out)?;
                    obj.string("file", &name)?;
                    obj.plain("start", &m.start)?;
                    obj.plain("end", &m.end)?;
                    obj.string("text", m.text)?;
                    value_json(&m.parsed, false, &mut obj)?;
                    obj.end()?;
                    writeln!(out)
                }
                (Mode::Normalise(_), Piece::Text(t)) => out.write_all(t),
                (Mode::Normalise(format), Piece::Date(m)) => format.write(&m, &mut out),
            }
        };
        if let Err(e) = stream.read_all(reader, &mut sink) {
            if e.kind() == io::ErrorKind::BrokenPipe {
                return Err(e);
            }
            out.flush()?;
            eprintln!("cyrdate: {name}: {e}");
            status = ExitCode::from(2);
        }
    }
    out.flush()?;
    Ok(status)
}

/// A matched text on one output line: line breaks inside it become spaces.
fn one_line(s: &str) -> std::borrow::Cow<'_, str> {
    if s.contains(['\n', '\r', '\t']) {
        s.replace(['\n', '\r', '\t'], " ").into()
    } else {
        s.into()
    }
}

#[derive(Clone, Copy)]
enum Mode {
    Extract { json: bool },
    Normalise(Format),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let ctx = cli.common.context();
    let result = match cli.command {
        Command::Parse { json, text } => run_parse(&ctx, json, text),
        Command::Extract { json, files } => run_scan(&ctx, files, Mode::Extract { json }),
        Command::Normalise { format, files } => run_scan(&ctx, files, Mode::Normalise(format)),
    };
    match result {
        Ok(code) => code,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("cyrdate: {e}");
            ExitCode::from(2)
        }
    }
}
