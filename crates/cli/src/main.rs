//! The `veille` command. Parses arguments, runs the build, maps the outcome
//! to an exit code: 0 built, 1 built nothing or failed under `--strict`, 2 usage.
//! `veille check`: 0 passed, 1 failed, 2 usage or a folder that cannot be read.

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
        Command::Check(args) => {
            let github = std::env::var("GITHUB_ACTIONS").ok();
            match veille_cli::check::run(&args.to_options(github.as_deref())) {
                Ok(checked) => {
                    print!("{}", checked.output);
                    Ok(if checked.passed {
                        ExitCode::SUCCESS
                    } else {
                        ExitCode::FAILURE
                    })
                }
                Err(e) => {
                    eprintln!("veille: error: {e}");
                    Ok(ExitCode::from(2))
                }
            }
        }
        Command::Site(args) => {
            let opts = args.to_options()?;
            let outcome = veille_cli::site::run(&opts)?;
            eprintln!("{}", outcome.summary_line(&opts.out));
            Ok(ExitCode::SUCCESS)
        }
    }
}
