use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = claimtrack::cli::Cli::parse();
    match claimtrack::cli::run(cli) {
        Ok(code) => code,
        Err(e) => claimtrack::cli::report_error(&e),
    }
}
