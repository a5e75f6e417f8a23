//! Fuzzes `veille site --bundle`: arbitrary bytes as the bundle (most are
//! not JSON; seed the corpus with real bundles, such as the one
//! `veille build content --out DIR` writes, to reach the site). The
//! property is `site_check::check`, which the CLI's tests also replay on
//! stable.
#![no_main]

use libfuzzer_sys::fuzz_target;

mod site_check;

fuzz_target!(|data: &[u8]| site_check::check(data));
