//! The shape of an article's permalink, which is also the path of its page
//! below the site's base path.

/// An article's permalink: `/<collection>/<slug>`.
pub fn permalink(collection: &str, slug: &str) -> String {
    format!("/{collection}/{slug}")
}

#[cfg(test)]
mod tests {
    use super::permalink;

    #[test]
    fn a_permalink_is_the_collection_then_the_slug() {
        assert_eq!(permalink("papers", "a-b"), "/papers/a-b");
    }
}
