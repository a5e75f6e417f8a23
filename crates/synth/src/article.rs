//! One generated article, and how it is written as a Markdown file.

/// One generated article, as data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SynthArticle {
    /// The title.
    pub title: String,
    /// The last segment of the permalink: `<date>-<title words>-<index>`.
    pub slug: String,
    /// `/papers/<slug>`.
    pub permalink: String,
    /// `YYYY-MM-DDTHH:MM:SS.000Z`, as the publisher writes `date`.
    pub date: String,
    /// The same day as the publisher writes `publishedDate`: `14 décembre 2023`.
    pub published_label: String,
    /// Year, month and day of [`date`](Self::date).
    pub ymd: (i32, u8, u8),
    /// One or two sentences.
    pub summary: String,
    /// The article reported on.
    pub source_url: String,
    /// Two to five distinct tags.
    pub tags: Vec<String>,
    /// An illustration.
    pub image_url: String,
    /// Who the illustration belongs to.
    pub image_credit: String,
    /// The Markdown body (without frontmatter).
    pub body: String,
}

impl SynthArticle {
    /// The frontmatter block, `---` lines included.
    pub fn frontmatter(&self) -> String {
        let tags: Vec<String> = self.tags.iter().map(|t| quote(t)).collect();
        format!(
            "---\ntitle: {}\ndate: {}\npublishedDate: {}\nsummary: {}\nimportance: \"\"\nsourceUrl: {}\ntags: [{}]\npermalink: {}\nimageUrl: {}\nimageCredit: {}\n---\n",
            quote(&self.title),
            quote(&self.date),
            quote(&self.published_label),
            quote(&self.summary),
            quote(&self.source_url),
            tags.join(", "),
            quote(&self.permalink),
            quote(&self.image_url),
            quote(&self.image_credit),
        )
    }

    /// The whole file: frontmatter, a blank line, the body.
    pub fn to_markdown(&self) -> String {
        format!("{}\n{}", self.frontmatter(), self.body)
    }

    /// The file name the article is written under: `<slug>.md`.
    pub fn file_name(&self) -> String {
        format!("{}.md", self.slug)
    }
}

/// A YAML double-quoted string.
fn quote(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}
