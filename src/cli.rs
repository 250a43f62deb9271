//! Command-line surface: global options, the subcommand list, the shared context, and how errors
//! become exit codes (0 success, 1 nothing found, 2 error; a closed pipe is a quiet success).

use crate::cmd;
use crate::render::Style;
use crate::store::{Store, StoreError};
use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

/// Track quotes and factual claims across news articles, and fact-check them.
#[derive(Debug, Parser)]
#[command(name = "claimtrack", version, about, long_about = None)]
pub struct Cli {
    /// Database file [default: $XDG_DATA_HOME/claimtrack/claims.db]
    #[arg(long, global = true, env = "CLAIMTRACK_DB", value_name = "PATH")]
    pub db: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    Ingest(cmd::ingest::Ingest),
    Extract(cmd::extract::Extract),
    List(cmd::list::List),
    Show(cmd::show::Show),
    Search(cmd::search::Search),
    Status(cmd::status::StatusCmd),
    Articles(cmd::articles::Articles),
    Review(cmd::review::Review),
    Merge(cmd::merge::Merge),
    Split(cmd::split::Split),
    Attribute(cmd::attribute::Attribute),
    Compare(cmd::compare::Compare),
    Export(cmd::export::Export),
    Score(cmd::score::Score),
    Eval(cmd::eval::Eval),
}

/// What every command may need: where the database is, how to print.
pub struct Ctx {
    pub db: PathBuf,
    pub style: Style,
    store: Option<Store>,
}

impl Ctx {
    pub fn new(db: Option<PathBuf>) -> Ctx {
        Ctx {
            db: db.unwrap_or_else(crate::store::default_path),
            style: Style::detect(),
            store: None,
        }
    }

    /// The database, opened (and created or migrated) on first use.
    pub fn store(&mut self) -> anyhow::Result<&mut Store> {
        if self.store.is_none() {
            let store = Store::open(&self.db)?;
            if let Some(n) = store.reindexed() {
                eprintln!(
                    "claimtrack: re-normalised {n} stored claims for this version's matching ({})",
                    self.db.display()
                );
            }
            self.store = Some(store);
        }
        Ok(self.store.as_mut().expect("opened above"))
    }
}

pub fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let mut ctx = Ctx::new(cli.db);
    match &cli.command {
        Command::Ingest(c) => c.run(&mut ctx),
        Command::Extract(c) => c.run(&mut ctx),
        Command::List(c) => c.run(&mut ctx),
        Command::Show(c) => c.run(&mut ctx),
        Command::Search(c) => c.run(&mut ctx),
        Command::Status(c) => c.run(&mut ctx),
        Command::Articles(c) => c.run(&mut ctx),
        Command::Review(c) => c.run(&mut ctx),
        Command::Merge(c) => c.run(&mut ctx),
        Command::Split(c) => c.run(&mut ctx),
        Command::Attribute(c) => c.run(&mut ctx),
        Command::Compare(c) => c.run(&mut ctx),
        Command::Export(c) => c.run(&mut ctx),
        Command::Score(c) => c.run(&mut ctx),
        Command::Eval(c) => c.run(&mut ctx),
    }
}

/// Print an error on one line and choose the exit code.
pub fn report_error(e: &anyhow::Error) -> ExitCode {
    if e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    }) {
        return ExitCode::SUCCESS;
    }
    eprintln!("claimtrack: {e:#}");
    let not_found = e.chain().any(|c| {
        c.downcast_ref::<StoreError>()
            .is_some_and(StoreError::is_not_found)
    });
    if not_found {
        ExitCode::from(1)
    } else {
        ExitCode::from(2)
    }
}

/// Who is acting: `--by`, else $USER, else "unknown".
pub fn who(by: &Option<String>) -> String {
    by.clone()
        .or_else(|| std::env::var("USER").ok().filter(|u| !u.is_empty()))
        .unwrap_or_else(|| "unknown".to_string())
}
