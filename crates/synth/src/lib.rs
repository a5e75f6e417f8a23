//! Deterministic synthetic news articles for Veille's benchmarks.
//!
//! [`Generator`] turns a seed into a stream of [`SynthArticle`]s shaped like
//! the Astro collections Veille reads: frontmatter with `title`, `date`,
//! `publishedDate` (`14 décembre 2023`), `summary`, `sourceUrl`, `tags`,
//! `permalink: /papers/<slug>`, `imageUrl`, `imageCredit`, and a Markdown body
//! with `## L’essentiel` and `## Lien source` sections. Tags (200, two to five
//! per article) and words are drawn with Zipf-like frequencies; dates span
//! 2000 to 2026. The same seed always gives the same articles, byte for byte.
//!
//! All text is invented from a small vocabulary: no real article is shipped.

mod article;
mod rng;
mod words;

use std::fmt::Write as _;
use std::io;
use std::path::{Path, PathBuf};

pub use article::SynthArticle;
pub use rng::{SplitMix64, Zipf};

/// The number of distinct tags articles draw from.
pub const TAG_COUNT: usize = 200;

/// A word of the long tail that few articles contain (see
/// [`Generator::with_long_tail`]).
pub const RARE_WORD: &str = "zotarolimus";

/// The vocabulary rank of [`RARE_WORD`].
pub const RARE_WORD_RANK: usize = 12_000;

/// Generates articles from a seed.
#[derive(Clone, Debug)]
pub struct Generator {
    rng: SplitMix64,
    vocabulary: Vec<String>,
    words: Zipf,
    tag_ranks: Zipf,
    tags: Vec<String>,
    next_index: usize,
}

impl Generator {
    /// A generator whose articles depend only on `seed`.
    pub fn new(seed: u64) -> Self {
        Self::with_long_tail(seed, 0)
    }

    /// A generator whose running text also draws from `extra` invented
    /// words ranked after the built-in vocabulary, so that a large corpus has
    /// a dictionary as large as a real one's (the search engine's benchmarks
    /// use 30,000). [`RARE_WORD`] is the word at rank [`RARE_WORD_RANK`] when
    /// the vocabulary reaches it. `extra = 0` is [`Generator::new`]: the
    /// same articles, byte for byte.
    pub fn with_long_tail(seed: u64, extra: usize) -> Self {
        let mut vocabulary: Vec<String> =
            words::VOCABULARY.iter().map(|w| (*w).to_owned()).collect();
        words::extend_with_invented(&mut vocabulary, extra);
        if vocabulary.len() > RARE_WORD_RANK {
            vocabulary[RARE_WORD_RANK] = RARE_WORD.to_owned();
        }
        let tags = words::TAG_TOPICS
            .iter()
            .flat_map(|topic| {
                words::TAG_FORMS
                    .iter()
                    .map(move |form| format!("{topic}{form}"))
            })
            .collect::<Vec<_>>();
        debug_assert_eq!(tags.len(), TAG_COUNT);
        // Interleave so that the most frequent tags are the topics' bare forms.
        let mut ordered: Vec<String> = Vec::with_capacity(tags.len());
        for form in 0..words::TAG_FORMS.len() {
            ordered.extend(
                tags.iter()
                    .skip(form)
                    .step_by(words::TAG_FORMS.len())
                    .cloned(),
            );
        }
        Self {
            rng: SplitMix64::new(seed),
            words: Zipf::new(vocabulary.len(), 1.0),
            vocabulary,
            tag_ranks: Zipf::new(TAG_COUNT, 1.0),
            tags: ordered,
            next_index: 0,
        }
    }

    /// The 200 tags, most frequent first.
    pub fn tags(&self) -> &[String] {
        &self.tags
    }

    /// The next article.
    pub fn next_article(&mut self) -> SynthArticle {
        let index = self.next_index;
        self.next_index += 1;
        let r = &mut self.rng;
        let year = 2000 + r.below(27) as i32;
        let month = 1 + r.below(12) as u8;
        let day = 1 + r.below(28) as u8;
        let (hh, mm, ss) = (r.below(24), r.below(60), r.below(60));
        let date = format!("{year:04}-{month:02}-{day:02}T{hh:02}:{mm:02}:{ss:02}.000Z");
        let published_label = format!("{day} {} {year}", words::MONTHS_FR[usize::from(month) - 1]);

        let title = self.title();
        let slug = format!("{year:04}-{month:02}-{day:02}-{}-{index}", slugify(&title));
        let permalink = format!("/papers/{slug}");
        let host = *self.rng.pick(words::HOSTS);
        let source_url = format!(
            "https://{host}/news/{}/{}/",
            slugify(&title),
            100_000 + index
        );
        let image_url = format!("https://images.example/{}/{index}.jpg", &host[..3]);
        let image_credit =
            format!("Image de l’article — droits possiblement réservés — {source_url}");
        let tag_count = self.rng.between(2, 5);
        let mut tags: Vec<String> = Vec::with_capacity(tag_count);
        while tags.len() < tag_count {
            let tag = &self.tags[self.tag_ranks.sample(&mut self.rng)];
            if !tags.contains(tag) {
                tags.push(tag.clone());
            }
        }
        let summary = self.sentences(1, 2);
        let body = self.body(&title, &image_url, &image_credit, &summary, &source_url);
        SynthArticle {
            title,
            slug,
            permalink,
            date,
            published_label,
            ymd: (year, month, day),
            summary,
            source_url,
            tags,
            image_url,
            image_credit,
            body,
        }
    }

    fn title(&mut self) -> String {
        let r = &mut self.rng;
        let subject = words::TITLE_WORDS[r.below(words::TITLE_WORDS.len())];
        let subject = capitalize(subject);
        let verb = r.pick(words::TITLE_VERBS);
        let object = r.pick(words::TITLE_WORDS);
        let tail = r.pick(words::TITLE_WORDS);
        format!("{subject} {verb} {object} in {tail} study")
    }

    fn word(&mut self) -> &str {
        &self.vocabulary[self.words.sample(&mut self.rng)]
    }

    fn sentence(&mut self) -> String {
        let len = self.rng.between(8, 22);
        let mut s = String::with_capacity(len * 8);
        for i in 0..len {
            let w = self.word();
            if i == 0 {
                s.push_str(&capitalize(w));
            } else {
                s.push(' ');
                s.push_str(w);
                if i + 1 < len && self.rng.chance(0.06) {
                    s.push(',');
                }
            }
        }
        s.push('.');
        s
    }

    fn sentences(&mut self, lo: usize, hi: usize) -> String {
        let n = self.rng.between(lo, hi);
        (0..n)
            .map(|_| self.sentence())
            .collect::<Vec<_>>()
            .join(" ")
    }

    fn body(
        &mut self,
        title: &str,
        image: &str,
        credit: &str,
        summary: &str,
        source: &str,
    ) -> String {
        let mut b = String::with_capacity(2048);
        let _ = writeln!(
            b,
            "![{title}]({image})\n\n*Crédit image : {credit}*\n\n## L’essentiel\n\n{summary}\n"
        );
        for _ in 0..self.rng.between(2, 4) {
            let para = self.sentences(2, 4);
            let _ = writeln!(b, "{para}\n");
        }
        if self.rng.chance(0.3) {
            for _ in 0..self.rng.between(2, 4) {
                let item = self.sentence();
                let _ = writeln!(b, "- {item}");
            }
            b.push('\n');
        }
        if self.rng.chance(0.1) {
            let (a, c) = (self.word().to_owned(), self.word().to_owned());
            let _ = writeln!(b, "| Group | {a} | {c} |\n|---|---|---|\n| Device | {} | {} |\n| Control | {} | {} |\n",
                self.rng.below(100), self.rng.below(100), self.rng.below(100), self.rng.below(100));
        }
        let _ = write!(b, "## Lien source\n\n{source}\n");
        b
    }
}

impl Iterator for Generator {
    type Item = SynthArticle;

    /// Never ends; take as many as needed.
    fn next(&mut self) -> Option<SynthArticle> {
        Some(self.next_article())
    }
}

/// The first `count` articles of `seed`.
pub fn articles(seed: u64, count: usize) -> Vec<SynthArticle> {
    Generator::new(seed).take(count).collect()
}

/// Writes the first `count` articles of `seed` as Markdown files into
/// `dir/papers/`, and returns their paths in generation order.
pub fn write_folder(dir: &Path, seed: u64, count: usize) -> io::Result<Vec<PathBuf>> {
    let folder = dir.join("papers");
    std::fs::create_dir_all(&folder)?;
    Generator::new(seed)
        .take(count)
        .map(|a| {
            let path = folder.join(a.file_name());
            std::fs::write(&path, a.to_markdown())?;
            Ok(path)
        })
        .collect()
}

fn capitalize(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn slugify(text: &str) -> String {
    let mut slug = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    slug.trim_end_matches('-').to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_articles_byte_for_byte() {
        let a: Vec<String> = articles(42, 50)
            .iter()
            .map(SynthArticle::to_markdown)
            .collect();
        let b: Vec<String> = articles(42, 50)
            .iter()
            .map(SynthArticle::to_markdown)
            .collect();
        assert_eq!(a, b);
        let c: Vec<String> = articles(43, 50)
            .iter()
            .map(SynthArticle::to_markdown)
            .collect();
        assert_ne!(a, c);
    }

    #[test]
    fn seed_42_still_gives_the_articles_it_gave_when_the_benchmarks_were_recorded() {
        let first = Generator::new(42).next_article();
        assert_eq!(first.title, "FDA enters heart pump in robot study");
        assert_eq!(first.date, "2020-02-08T08:02:52.000Z");
        assert_eq!(first.published_label, "8 février 2020");
        assert_eq!(
            first.tags,
            ["Imaging", "Artificial intelligence", "Impella"]
        );
    }

    #[test]
    fn a_long_tail_adds_distinct_words_and_the_rare_word_and_no_tail_changes_nothing() {
        let plain: Vec<SynthArticle> = articles(42, 20);
        let no_tail: Vec<SynthArticle> = Generator::with_long_tail(42, 0).take(20).collect();
        assert_eq!(plain, no_tail);
        let gen = Generator::with_long_tail(42, 30_000);
        let base = words::VOCABULARY.len();
        let tail: std::collections::HashSet<&String> = gen.vocabulary[base..].iter().collect();
        assert_eq!(tail.len(), 30_000);
        assert!(words::VOCABULARY
            .iter()
            .all(|w| !tail.contains(&(*w).to_owned())));
        assert_eq!(gen.vocabulary.len(), words::VOCABULARY.len() + 30_000);
        assert_eq!(gen.vocabulary[RARE_WORD_RANK], RARE_WORD);
    }

    #[test]
    fn articles_have_two_to_five_distinct_tags_from_two_hundred_and_dates_from_2000_to_2026() {
        let gen = Generator::new(1);
        let all: std::collections::HashSet<&String> = gen.tags().iter().collect();
        assert_eq!(all.len(), TAG_COUNT);
        for a in articles(1, 500) {
            assert!((2..=5).contains(&a.tags.len()), "{:?}", a.tags);
            let distinct: std::collections::HashSet<_> = a.tags.iter().collect();
            assert_eq!(distinct.len(), a.tags.len());
            assert!((2000..=2026).contains(&a.ymd.0), "{}", a.date);
            assert!(a.permalink.starts_with("/papers/") && a.permalink.ends_with(&a.slug));
        }
    }

    #[test]
    fn a_generated_file_has_the_publishers_frontmatter_and_sections() {
        let a = Generator::new(5).next_article();
        let md = a.to_markdown();
        for key in [
            "title: ",
            "date: ",
            "publishedDate: ",
            "summary: ",
            "sourceUrl: ",
            "tags: [",
            "permalink: \"/papers/",
            "imageUrl: ",
            "imageCredit: ",
        ] {
            assert!(md.contains(&format!("\n{key}")), "{key} missing in {md}");
        }
        assert!(md.starts_with("---\n"));
        assert!(
            md.contains("## L’essentiel") && md.contains("## Lien source"),
            "{md}"
        );
    }

    #[test]
    fn write_folder_writes_each_article_once_under_papers() {
        let dir = tempfile::tempdir().unwrap();
        let paths = write_folder(dir.path(), 9, 20).unwrap();
        assert_eq!(paths.len(), 20);
        let expected = articles(9, 20);
        for (path, article) in paths.iter().zip(&expected) {
            assert_eq!(
                std::fs::read_to_string(path).unwrap(),
                article.to_markdown()
            );
        }
    }
}
