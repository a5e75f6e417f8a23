//! The articles a site publishes: a bundle given with `--bundle`, read and
//! checked before anything is written, or the builder's output written into
//! the site's data folder; either way cleaned of control characters and
//! without the articles whose pages cannot be written.

use std::path::Path;

use veille_core::site::DATA_DIR;
use veille_core::Bundle;

use super::writer::Writer;
use super::{validate, SiteError, Source};
use crate::build::{self, BuildOptions, BUNDLE_FILE};
use crate::controls;

/// A bundle as read from `path` (its text, when it needs no change) and as
/// it will be published: cleaned of control characters, without the
/// articles whose pages [`validate::check`] refuses (each said on stderr).
pub(super) struct Given {
    text: Option<String>,
    bundle: Bundle,
}

pub(super) fn read_bundle(path: &Path, app: &[String]) -> Result<Given, SiteError> {
    let text = std::fs::read_to_string(path).map_err(|source| SiteError::ReadBundle {
        path: path.to_owned(),
        source,
    })?;
    let bundle = Bundle::from_json(&text).map_err(|source| SiteError::Bundle {
        path: path.to_owned(),
        source,
    })?;
    let before = bundle.articles.clone();
    // A bundle from elsewhere is not trusted to carry sanitized bodies: a
    // body with markup the builder's sanitizer never lets through goes
    // through it (the others are kept byte for byte: re-serializing them
    // would change the pages of a bundle the builder wrote).
    let mut bundle = bundle;
    for a in &mut bundle.articles {
        if validate::may_be_unsafe(&a.body_html) {
            a.body_html = crate::markdown::sanitize(&a.body_html);
        }
    }
    let bundle = publishable(bundle, path, app);
    let text = (bundle.articles == before).then_some(text);
    Ok(Given { text, bundle })
}

/// `bundle` cleaned and checked; each refusal printed, naming `path`.
fn publishable(mut bundle: Bundle, path: &Path, app: &[String]) -> Bundle {
    bundle.articles.iter_mut().for_each(controls::clean_article);
    let (kept, refused) = validate::check(std::mem::take(&mut bundle.articles), app);
    for r in refused {
        eprintln!(
            "{}: {r}",
            controls::escape_for_terminal(&path.display().to_string())
        );
    }
    bundle.articles = kept;
    bundle
}

fn write_given(given: Given, w: &mut Writer<'_>) -> Result<Bundle, SiteError> {
    let text = given.text.unwrap_or_else(|| given.bundle.to_json());
    w.file(&format!("{DATA_DIR}/{BUNDLE_FILE}"), text.as_bytes(), "")?;
    Ok(given.bundle)
}

/// Writes `data/bundle.json` (the `given` bundle, or, when building, the
/// builder's outputs) into the site's [`DATA_DIR`] and returns the bundle
/// to publish.
pub(super) fn write_bundle(
    source: &Source,
    given: Option<Given>,
    app: &[String],
    w: &mut Writer<'_>,
) -> Result<Bundle, SiteError> {
    let opts = match (source, given) {
        (_, Some(given)) => return write_given(given, w),
        (Source::Bundle(path), None) => return write_given(read_bundle(path, app)?, w),
        (Source::Content(opts), None) => opts,
    };
    let data = w.out.join(DATA_DIR);
    let opts = BuildOptions {
        out: data.clone(),
        strict: opts.strict,
        ..opts.clone()
    };
    if build::run(&opts)?.failed {
        return Err(SiteError::NothingBuilt);
    }
    let path = data.join(BUNDLE_FILE);
    let text = std::fs::read_to_string(&path).map_err(|source| SiteError::ReadBundle {
        path: path.clone(),
        source,
    })?;
    let bundle = Bundle::from_json(&text).map_err(|source| SiteError::Bundle {
        path: path.clone(),
        source,
    })?;
    w.count_tree(&data)?;
    Ok(publishable(bundle, &path, app))
}
