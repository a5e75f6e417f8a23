//! Images hot-linked from a publisher's site, on a site served over https.

use std::borrow::Cow;

/// `url` as a page served over https may load it: an `http://` address
/// asked for over `https://` instead (the host's same path), so that a
/// thumbnail is never mixed content, which browsers block or flag; other
/// addresses as they are.
pub fn secure_url(url: &str) -> Cow<'_, str> {
    match url.get(..7) {
        Some(scheme) if scheme.eq_ignore_ascii_case("http://") => {
            Cow::Owned(format!("https://{}", &url[7..]))
        }
        _ => Cow::Borrowed(url),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_http_image_is_asked_for_over_https_and_others_are_left_alone() {
        assert_eq!(
            secure_url("http://img.example/a.jpg"),
            "https://img.example/a.jpg"
        );
        assert_eq!(
            secure_url("HTTP://img.example/a.jpg"),
            "https://img.example/a.jpg"
        );
        assert_eq!(
            secure_url("https://img.example/a.jpg"),
            "https://img.example/a.jpg"
        );
        assert_eq!(secure_url("/data/a.jpg"), "/data/a.jpg");
    }
}
