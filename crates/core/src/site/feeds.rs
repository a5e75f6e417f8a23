//! Where the published site's Atom feeds are: written by `veille site`,
//! linked by the app from the views they follow.

/// The main feed (the newest articles), relative to the site root.
pub const MAIN_FEED: &str = "feeds/atom.xml";

/// A tag's slug in its feed's file name: folded (case and accents aside),
/// ASCII letters and digits with runs of anything else as one `-`.
pub fn tag_slug(tag: &str) -> String {
    let mut slug = String::with_capacity(tag.len());
    for c in crate::fold(tag).chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    slug.trim_end_matches('-').to_owned()
}

/// A tag's feed relative to the site root (`feeds/tags/<slug>.xml`), or
/// `None` for a tag with no letter or digit (it has no feed).
pub fn tag_feed(tag: &str) -> Option<String> {
    let slug = tag_slug(tag);
    (!slug.is_empty()).then(|| format!("feeds/tags/{slug}.xml"))
}

/// A topic's feed relative to the site root (`feeds/topics/<slug>.xml`,
/// from its id), or `None` for an id with no letter or digit.
pub fn topic_feed(id: &str) -> Option<String> {
    let slug = tag_slug(id);
    (!slug.is_empty()).then(|| format!("feeds/topics/{slug}.xml"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_topic_feed_is_named_after_the_topic_s_id() {
        assert_eq!(
            topic_feed("drug-coated-balloon").as_deref(),
            Some("feeds/topics/drug-coated-balloon.xml")
        );
        assert_eq!(topic_feed("TAVI").as_deref(), Some("feeds/topics/tavi.xml"));
        assert_eq!(topic_feed("?"), None);
    }

    #[test]
    fn a_tag_feed_is_named_after_the_folded_tag() {
        assert_eq!(
            tag_feed("Santé connectée").as_deref(),
            Some("feeds/tags/sante-connectee.xml")
        );
        assert_eq!(
            tag_feed("Cardio Weekly — Industry").as_deref(),
            Some("feeds/tags/cardio-weekly-industry.xml")
        );
        assert_eq!(tag_feed("—"), None);
    }
}
