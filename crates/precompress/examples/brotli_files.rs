//! Writes `FILE.br` beside each `FILE` given, with the same brotli (quality
//! 11) as the site's siblings; `scripts/embed-app.sh` stores the app so.
//!
//! `cargo run --release -p veille-precompress --example brotli_files -- FILE...`

use std::process::ExitCode;

fn main() -> ExitCode {
    let mut failed = false;
    for path in std::env::args_os().skip(1) {
        let mut out = path.clone();
        out.push(".br");
        let done = std::fs::read(&path)
            .and_then(|bytes| std::fs::write(&out, veille_precompress::brotli(&bytes)));
        if let Err(e) = done {
            eprintln!("brotli_files: {}: {e}", path.to_string_lossy());
            failed = true;
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
