//! The published site's Content-Security-Policy, and the shell's inline
//! scripts moved into files so that the policy needs no `'unsafe-inline'`.
//!
//! Trunk writes its loader inline (`<script type="module">import init ...`)
//! and `index.html` has an early script (it starts the first view's
//! request while the app loads). `veille site` writes each into a file
//! named after its content (`veille-early-<hash>.js`,
//! `veille-start-<hash>.js`, cached for ever like Trunk's own hashed
//! files), in the same place in the page: the early script a classic
//! script with `defer` (it runs before the loader, a module), the loader a
//! module. The loader also imports
//! the app's code dynamically inside a `try`, so that a missing or broken
//! JavaScript or wasm file reaches `window.veilleStartFailed` (the early
//! script's message) instead of an uncaught error.

/// The policy, for the `<meta http-equiv>` of every page: scripts and
/// styles only from the site's own files (and the wasm compiled from one),
/// data fetched from the site only, images from the site or over https
/// (articles hot-link their publishers' images; `data:` for inline icons).
pub const POLICY: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; \
style-src 'self'; img-src 'self' https: data:; connect-src 'self'; object-src 'none'; \
base-uri 'self'; form-action 'self'";

/// The policy as an HTTP header (`_headers`, nginx): [`POLICY`] plus what
/// a `<meta>` cannot say (browsers ignore `frame-ancestors` there).
pub fn header_policy() -> String {
    format!("{POLICY}; frame-ancestors 'self'")
}

/// The shell with its inline scripts replaced by files, and those files.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Strict {
    /// The shell's HTML: the policy's `<meta>` before `<title>`, each inline
    /// script replaced by a `<script src>`.
    pub html: String,
    /// Each file to write at the top of the site: its name and its text.
    pub files: Vec<(String, String)>,
}

/// Moves the inline scripts of `html` into files under `base_path` (`""`
/// or `/veille`) and adds the policy's `<meta>`. The app's wasm (its URL
/// read from Trunk's loader, its size before compression given by
/// `wasm_len`) is requested by the early script instead of a preload in
/// the page ([`wasm_by_early_script`]).
pub fn strict_shell(
    html: &str,
    base_path: &str,
    wasm_len: impl Fn(&str) -> Option<usize>,
) -> Strict {
    let wasm = wasm_url(html).map(|url| (url.to_owned(), wasm_len(url).unwrap_or(0)));
    let html = match &wasm {
        Some((url, _)) => without_preload(html, url),
        None => html.to_owned(),
    };
    let mut out = String::with_capacity(html.len());
    let mut files = Vec::new();
    let mut rest = html.as_str();
    while let Some(start) = rest.find("<script") {
        let Some(tag_len) = rest[start..].find('>') else {
            break;
        };
        let tag = &rest[start..start + tag_len + 1];
        let body_start = start + tag_len + 1;
        let Some(body_len) = rest[body_start..].find("</script>") else {
            break;
        };
        let body = &rest[body_start..body_start + body_len];
        let end = body_start + body_len + "</script>".len();
        out.push_str(&rest[..start]);
        if tag.contains(" src=") || body.trim().is_empty() {
            out.push_str(&rest[start..end]);
        } else if tag.contains("type=\"module\"") {
            let text = guarded_loader(&wasm_by_early_script(body));
            let name = format!("veille-start-{}.js", hash(&text));
            out.push_str(&format!(
                "<script type=\"module\" src=\"{base_path}/{name}\"></script>"
            ));
            files.push((name, text));
        } else {
            let named = wasm.as_ref().map(|(url, len)| {
                format!("window.veilleWasmFile = {{ url: '{url}', bytes: {len} }};\n")
            });
            let text = format!("{}{}\n", named.unwrap_or_default(), body.trim());
            let name = format!("veille-early-{}.js", hash(&text));
            // Deferred: as a file, a blocking script held every request
            // after it back by a round trip (the browser requested the
            // stylesheet and the app's files only once it had run); deferred
            // scripts and modules run in order, so it still runs before the
            // loader.
            out.push_str(&format!(
                "<script defer src=\"{base_path}/{name}\"></script>"
            ));
            files.push((name, text));
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    let meta =
        format!("<meta http-equiv=\"Content-Security-Policy\" content=\"{POLICY}\" />\n    ");
    if let Some(title) = out.find("<title>") {
        out.insert_str(title, &meta);
    }
    Strict { html: out, files }
}

/// Where Trunk's loader in `html` says `module_or_path: '<url>'`.
const WASM_ARG: &str = "module_or_path: '";

/// The wasm's URL, as Trunk's loader in `html` names it.
fn wasm_url(html: &str) -> Option<&str> {
    let at = html.find(WASM_ARG)? + WASM_ARG.len();
    let len = html[at..].find('\'')?;
    Some(&html[at..at + len]).filter(|url| url.ends_with(".wasm") && !url.contains(['\\', '<']))
}

/// `html` without Trunk's `<link rel="preload">` of the wasm at `url`.
fn without_preload(html: &str, url: &str) -> String {
    let mut out = html.to_owned();
    let mut from = 0;
    while let Some(at) = out[from..].find("<link rel=\"preload\"").map(|i| i + from) {
        let Some(len) = out[at..].find('>') else {
            break;
        };
        if out[at..at + len].contains(&format!("href=\"{url}\"")) {
            out.replace_range(at..at + len + 1, "");
        } else {
            from = at + len;
        }
    }
    out
}

/// Trunk's loader asking the early script for the wasm
/// (`window.veilleWasm()`, a promise of its response) when the page has
/// that script: it starts the request when the page needs it (on a page
/// whose text is painted without the app, once it is painted; see
/// `index.html`). Without the early script, the URL as before.
fn wasm_by_early_script(body: &str) -> String {
    let Some(url) = wasm_url(body) else {
        return body.to_owned();
    };
    body.replacen(
        &format!("{WASM_ARG}{url}'"),
        &format!("module_or_path: window.veilleWasm ? window.veilleWasm() : '{url}'"),
        1,
    )
}

/// Trunk's loader with its static import made dynamic and the whole in a
/// `try`: a module whose static import fails never runs, so nothing could
/// say that the app did not start.
fn guarded_loader(body: &str) -> String {
    let marker = "import init, * as bindings from ";
    let body = body.trim();
    let body = match body.find(marker) {
        Some(at) => {
            let after = &body[at + marker.len()..];
            let end = after.find(';').unwrap_or(after.len());
            let url = &after[..end];
            let tail = after[end..].strip_prefix(';').unwrap_or(&after[end..]);
            format!(
                "{}const bindings = await import({url});\nconst init = bindings.default;{tail}",
                &body[..at],
            )
        }
        None => body.to_owned(),
    };
    format!(
        "// Trunk's loader, moved out of the page by `veille site` (crates/cli/src/site/csp.rs).\n\
try {{\n{body}\n}} catch (error) {{\n  if (typeof window.veilleStartFailed === 'function') window.veilleStartFailed(error);\n  else throw error;\n}}\n"
    )
}

/// 16 lowercase hex digits of FNV-1a over `text`: a stable name for the
/// same content, which [`super::is_hashed`] recognizes.
fn hash(text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHELL: &str = "<html><head><meta charset=\"utf-8\" />\n<title>V</title>\n\
<script>window.early = 1;</script>\n<script type=\"module\">\n\
import init, * as bindings from '/veille/veille-app-1.js';\n\
const wasm = await init({ module_or_path: '/veille/veille-app-1_bg.wasm' });\n\
window.wasmBindings = bindings;\n</script>\n<script src=\"/x.js\"></script>\n</head><body></body></html>";

    #[test]
    fn inline_scripts_become_hashed_files_in_place_and_the_meta_comes_first() {
        let strict = strict_shell(SHELL, "/veille", |_| None);
        assert!(!strict.html.contains("window.early"));
        assert!(!strict.html.contains("import init"));
        assert_eq!(strict.files.len(), 2);
        let (early, start) = (&strict.files[0], &strict.files[1]);
        assert!(super::super::is_hashed(&early.0) && early.0.starts_with("veille-early-"));
        assert!(super::super::is_hashed(&start.0) && start.0.starts_with("veille-start-"));
        assert_eq!(
            early.1,
            "window.veilleWasmFile = { url: '/veille/veille-app-1_bg.wasm', bytes: 0 };\nwindow.early = 1;\n"
        );
        let meta = strict
            .html
            .find("http-equiv=\"Content-Security-Policy\"")
            .unwrap();
        assert!(meta < strict.html.find("<title>").unwrap());
        assert!(strict.html.contains(&format!(
            "<script defer src=\"/veille/{}\"></script>",
            early.0
        )));
        assert!(strict.html.contains(&format!(
            "<script type=\"module\" src=\"/veille/{}\"></script>",
            start.0
        )));
        assert!(strict.html.contains("<script src=\"/x.js\"></script>"));
    }

    #[test]
    fn the_loader_imports_the_app_inside_a_try() {
        let strict = strict_shell(SHELL, "/veille", |_| None);
        let loader = &strict.files[1].1;
        assert!(loader.contains("try {\nconst bindings = await import('/veille/veille-app-1.js');\nconst init = bindings.default;\n"), "{loader}");
        assert!(loader.contains("window.veilleStartFailed(error)"));
        assert!(!loader.contains("import init"));
    }

    #[test]
    fn the_wasm_is_asked_of_the_early_script_with_its_size_and_not_preloaded() {
        let shell = SHELL.replace(
            "</head>",
            "<link rel=\"modulepreload\" href=\"/veille/veille-app-1.js\" crossorigin=\"anonymous\"><link rel=\"preload\" href=\"/veille/veille-app-1_bg.wasm\" crossorigin=\"anonymous\" as=\"fetch\" type=\"application/wasm\"></head>",
        );
        let strict = strict_shell(&shell, "/veille", |url| {
            (url == "/veille/veille-app-1_bg.wasm").then_some(1234)
        });
        assert!(!strict.html.contains("rel=\"preload\""), "{}", strict.html);
        assert!(strict
            .html
            .contains("<link rel=\"modulepreload\" href=\"/veille/veille-app-1.js\""));
        assert_eq!(
            strict.files[0].1,
            "window.veilleWasmFile = { url: '/veille/veille-app-1_bg.wasm', bytes: 1234 };\nwindow.early = 1;\n"
        );
        assert!(strict.files[1].1.contains(
            "init({ module_or_path: window.veilleWasm ? window.veilleWasm() : '/veille/veille-app-1_bg.wasm' })"
        ));
    }

    #[test]
    fn a_shell_without_trunks_loader_is_left_as_it_was_but_for_its_scripts() {
        let strict = strict_shell(
            "<html><head><title>V</title><script>a();</script></head></html>",
            "",
            |_| Some(1),
        );
        assert_eq!(strict.files[0].1, "a();\n");
        assert_eq!(wasm_url("module_or_path: '/x.js'"), None);
    }

    #[test]
    fn the_policy_allows_no_inline_script_or_style() {
        assert!(!POLICY.contains("unsafe-inline") && !POLICY.contains("'unsafe-eval'"));
        assert!(header_policy().ends_with("frame-ancestors 'self'"));
    }
}
