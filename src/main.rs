//! The `cyrdate` command line: `parse`, `extract` and `normalise` (SPEC §4).

use std::io::{self, BufRead, Write};
use std::process::ExitCode;

use chrono::DateTime;
use clap::{Args, Parser, Subcommand, ValueEnum};
use cyrdate::{Context, Disambiguation, Parsed, Prefer, Tz};
use serde_json::{json, Map, Value as Json};

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
    #[arg(long, global = true, value_enum, default_value_t = PreferArg::Past)]
    prefer: PreferArg,
    /// What to do with a local time that happens twice or never.
    #[arg(long, global = true, value_enum, default_value_t = DisambiguationArg::Compatible)]
    disambiguation: DisambiguationArg,
}

#[derive(Clone, Copy, ValueEnum)]
enum PreferArg {
    Past,
    Future,
    Nearest,
}

#[derive(Clone, Copy, ValueEnum)]
enum DisambiguationArg {
    Compatible,
    Earlier,
    Later,
    Reject,
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
        let mut ctx = Context::new()
            .with_tz(self.tz)
            .with_prefer(match self.prefer {
                PreferArg::Past => Prefer::Past,
                PreferArg::Future => Prefer::Future,
                PreferArg::Nearest => Prefer::Nearest,
            })
            .with_disambiguation(match self.disambiguation {
                DisambiguationArg::Compatible => Disambiguation::Compatible,
                DisambiguationArg::Earlier => Disambiguation::Earlier,
                DisambiguationArg::Later => Disambiguation::Later,
                DisambiguationArg::Reject => Disambiguation::Reject,
            });
        if let Some(now) = self.now {
            ctx = ctx.with_now(now);
        }
        ctx
    }
}

/// The JSON fields shared by `parse` and `extract`.
fn value_json(p: &Parsed, obj: &mut Map<String, Json>) {
    obj.insert("value".into(), json!(p.to_string()));
    obj.insert("granularity".into(), json!(p.granularity.name()));
    let flags: Map<String, Json> = p.flags.all().iter().map(|(k, v)| ((*k).to_string(), json!(v))).collect();
    obj.insert("flags".into(), Json::Object(flags));
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
                    let mut obj = Map::new();
                    obj.insert("input".into(), json!(input));
                    value_json(&p, &mut obj);
                    obj.insert("start".into(), json!(rfc3339(&p.start)));
                    obj.insert("end".into(), json!(rfc3339(&p.end)));
                    // Keep the SPEC's key order: input, value, granularity, start, end, flags.
                    let ordered = ["input", "value", "granularity", "start", "end", "flags"]
                        .iter()
                        .filter_map(|k| obj.get(*k).map(|v| ((*k).to_string(), v.clone())))
                        .collect::<Map<_, _>>();
                    writeln!(out, "{}", Json::Object(ordered))?;
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

fn main() -> ExitCode {
    let cli = Cli::parse();
    let ctx = cli.common.context();
    let result = match cli.command {
        Command::Parse { json, text } => run_parse(&ctx, json, text),
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
