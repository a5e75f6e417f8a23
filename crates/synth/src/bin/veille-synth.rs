//! `veille-synth --count 100000 --seed 42 --out DIR`: writes generated
//! articles as Markdown files into `DIR/papers/`.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;

/// Writes deterministic synthetic news articles for benchmarks.
#[derive(Debug, Parser)]
#[command(name = "veille-synth", version, about)]
struct Args {
    /// How many articles to write.
    #[arg(long, default_value_t = 1000)]
    count: usize,
    /// The seed; the same seed always writes the same files.
    #[arg(long, default_value_t = 42)]
    seed: u64,
    /// The folder to write `papers/*.md` into (created if missing).
    #[arg(long, value_name = "DIR")]
    out: PathBuf,
}

fn main() -> ExitCode {
    let args = Args::parse();
    match veille_synth::write_folder(&args.out, args.seed, args.count) {
        Ok(paths) => {
            eprintln!(
                "wrote {} articles to {}",
                paths.len(),
                args.out.join("papers").display()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("veille-synth: error: {e}");
            ExitCode::FAILURE
        }
    }
}
