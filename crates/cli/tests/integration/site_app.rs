//! `veille site` without `--dist`: the app it carries (crates/cli/app) is
//! written into the site, under the site's base path, with no wasm
//! toolchain anywhere (the command runs with an empty PATH).

use std::path::Path;

use super::util::content;
use super::util::site::BASE_URL;

fn site_without_dist(out: &Path, base_path: &str) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_veille"))
        .env_clear()
        .arg("site")
        .arg(content())
        .args(["--out".as_ref(), out.as_os_str()])
        .args(["--base-url", BASE_URL, "--base-path", base_path, "--quiet"])
        .output()
        .unwrap()
}

fn top_files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn without_dist_the_site_has_the_embedded_app_under_its_base_path() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("site");
    let run = site_without_dist(&out, "/veille/");
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let names = top_files(&out);
    let wasm = names
        .iter()
        .find(|n| n.ends_with("_bg.wasm"))
        .expect("a wasm");
    let script = names
        .iter()
        .find(|n| n.starts_with("veille-app-") && n.ends_with(".js"))
        .expect("the app's script");
    assert!(names.iter().any(|n| n.ends_with(".css")), "{names:?}");
    let wasm_bytes = std::fs::read(out.join(wasm)).unwrap();
    assert_eq!(&wasm_bytes[..4], b"\0asm");
    // The loader, moved out of the page for the Content-Security-Policy,
    // asks for the app's files under the base path.
    let home = std::fs::read_to_string(out.join("index.html")).unwrap();
    let start = names
        .iter()
        .find(|n| n.starts_with("veille-start-") && n.ends_with(".js"))
        .expect("the loader's file");
    assert!(home.contains(&format!("/veille/{start}")), "{home}");
    let loader = std::fs::read_to_string(out.join(start)).unwrap();
    assert!(loader.contains(&format!("'/veille/{script}'")), "{loader}");
    assert!(loader.contains(&format!("/veille/{wasm}")), "{loader}");
    assert!(!home.contains("__veille_base__"));
    assert!(!loader.contains("__veille_base__"));
    // The wasm's brotli sibling is the embedded bytes, which decode to it.
    let br = std::fs::read(out.join(format!("{wasm}.br"))).unwrap();
    assert_eq!(veille_precompress::unbrotli(&br).unwrap(), wasm_bytes);
    let headers = std::fs::read_to_string(out.join("_headers")).unwrap();
    assert!(headers.contains(&format!("/veille/{wasm}\n")), "{headers}");
}

#[test]
fn at_the_root_the_shell_points_at_the_root() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("site");
    let run = site_without_dist(&out, "/");
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let start = top_files(&out)
        .into_iter()
        .find(|n| n.starts_with("veille-start-") && n.ends_with(".js"))
        .expect("the loader's file");
    let home = std::fs::read_to_string(out.join("index.html")).unwrap();
    assert!(home.contains(&format!("src=\"/{start}\"")), "{home}");
    let loader = std::fs::read_to_string(out.join(&start)).unwrap();
    assert!(loader.contains("import('/veille-app-"), "{loader}");
}

#[test]
fn with_no_precompress_there_are_no_siblings() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("site");
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_veille"))
        .arg("site")
        .arg(content())
        .args(["--out".as_ref(), out.as_os_str()])
        .args(["--base-url", BASE_URL, "--quiet", "--no-precompress"])
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let mut stack = vec![out.clone()];
    let mut files = 0;
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let path = e.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                files += 1;
                let name = path.to_string_lossy().into_owned();
                assert!(!name.ends_with(".br") && !name.ends_with(".gz"), "{name}");
            }
        }
    }
    assert!(files > 20);
}
