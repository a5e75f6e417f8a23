//! The `veille` command. Parses arguments, runs the build, maps the outcome
//! to an exit code: 0 built, 1 built nothing or failed under `--strict`, 2 usage.

use std::process::ExitCode;

use clap::Parser;
use veille_cli::args::{Cli, Command};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(err) => {
            eprintln!(
                "veille: error: {}",
                veille_cli::message::describe(err.as_ref())
            );
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Build(args) => {
            let outcome = veille_cli::build::run(&args.to_options())?;
            eprintln!("{}", outcome.report.summary_line());
            Ok(if outcome.failed {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            })
        }
        Command::Site(args) => {
            let opts = args.to_options()?;
            let outcome = veille_cli::site::run(&opts)?;
            eprintln!("{}", outcome.summary_line(&opts.out));
            Ok(ExitCode::SUCCESS)
        }
    }
}
