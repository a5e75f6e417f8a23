//! A deterministic synthetic corpus of medical-news-like articles.
//!
//! Same seed, same articles, on every machine. About 200 tags drawn
//! Zipf-like, 2 to 5 per article; dates spread over 2000–2026 (1 % undated);
//! about 50 sources; titles of 6–11 words, summaries of 18–30, bodies of
//! 90–160, made of sentences mixing English stop words with a vocabulary of
//! 30,000 words drawn Zipf-like (Zipf–Mandelbrot, `q = 30`): a few hundred real medical-news words at
//! the head, then pronounceable made-up words for the long tail, so the
//! dictionary is as large as a real one. Common two-word terms (`heart
//! failure`, `drug-coated balloon`) are inserted as such, so phrases match.
//!
//! Kept in one module with one entry point, [`generate`], so it can be
//! swapped for the project's `crates/synth` generator.

use std::collections::BTreeMap;

use veille_core::{Article, ArticleDate};

/// A word that occurs in few articles (placed deep in the Zipf tail).
pub const RARE_WORD: &str = "zotarolimus ";
/// The most frequent tag.
pub const MOST_COMMON_TAG: &str = "Cardiology";

/// SplitMix64: tiny, fast, and good enough for test data.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed.
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A float in `0..1`.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// An integer in `lo..=hi`.
    pub fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.next_u64() % (hi - lo + 1)
    }
}

/// Draws ranks `0..n` with probability proportional to `1 / (rank + q)^s`
/// (Zipf–Mandelbrot; `q = 1` is plain Zipf).
#[derive(Clone, Debug)]
pub struct Zipf {
    cdf: Vec<f64>,
}

impl Zipf {
    /// A Zipf distribution over `n` ranks with exponent `s`.
    pub fn new(n: usize, s: f64) -> Self {
        Self::mandelbrot(n, s, 1.0)
    }

    /// A Zipf–Mandelbrot distribution: a flatter head for `q > 1`.
    pub fn mandelbrot(n: usize, s: f64, q: f64) -> Self {
        let mut cdf = Vec::with_capacity(n);
        let mut acc = 0.0;
        for r in 0..n {
            acc += 1.0 / (r as f64 + q).powf(s);
            cdf.push(acc);
        }
        for c in &mut cdf {
            *c /= acc;
        }
        Self { cdf }
    }

    /// A rank.
    pub fn sample(&self, rng: &mut Rng) -> usize {
        let u = rng.unit();
        self.cdf.partition_point(|&c| c < u).min(self.cdf.len() - 1)
    }
}

const HEAD: &[&str] = &[
    "patients",
    "study",
    "trial",
    "clinical",
    "device",
    "heart",
    "treatment",
    "data",
    "risk",
    "results",
    "care",
    "health",
    "medical",
    "new",
    "valve",
    "stent",
    "surgery",
    "outcomes",
    "approval",
    "fda",
    "therapy",
    "cardiac",
    "disease",
    "hospital",
    "research",
    "system",
    "procedure",
    "years",
    "patient",
    "cancer",
    "stroke",
    "imaging",
    "artery",
    "failure",
    "implant",
    "safety",
    "market",
    "company",
    "coronary",
    "blood",
    "aortic",
    "pressure",
    "cardiology",
    "monitoring",
    "diagnosis",
    "evidence",
    "randomized",
    "mortality",
    "report",
    "guidance",
    "regulatory",
    "technology",
    "digital",
    "software",
    "robotic",
    "catheter",
    "balloon",
    "vascular",
    "pulmonary",
    "renal",
    "diabetes",
    "insulin",
    "glucose",
    "sensor",
    "wearable",
    "ablation",
    "atrial",
    "fibrillation",
    "pacemaker",
    "defibrillator",
    "lead",
    "thrombectomy",
    "aneurysm",
    "endovascular",
    "transcatheter",
    "replacement",
    "repair",
    "implantation",
    "registry",
    "cohort",
    "follow",
    "month",
    "primary",
    "endpoint",
    "secondary",
    "analysis",
    "adverse",
    "events",
    "rate",
    "reduction",
    "increase",
    "compared",
    "group",
    "control",
    "placebo",
    "dose",
    "drug",
    "coated",
    "eluting",
    "bioresorbable",
    "scaffold",
    "vessel",
    "lesion",
    "occlusion",
    "bleeding",
    "infection",
    "complication",
    "recovery",
    "rehabilitation",
    "orthopedic",
    "spine",
    "knee",
    "hip",
    "joint",
    "fracture",
    "bone",
    "neurology",
    "brain",
    "neurostimulation",
    "epilepsy",
    "oncology",
    "tumor",
    "radiation",
    "biopsy",
    "screening",
    "detection",
    "artificial",
    "intelligence",
    "algorithm",
    "model",
    "learning",
    "ultrasound",
    "mri",
    "ct",
    "scan",
    "echocardiography",
    "angiography",
    "physicians",
    "surgeons",
    "nurses",
    "clinicians",
    "centers",
    "europe",
    "united",
    "states",
    "china",
    "japan",
    "france",
    "germany",
    "approved",
    "launch",
    "funding",
    "acquisition",
    "investment",
    "million",
    "billion",
    "quarter",
    "revenue",
    "growth",
    "recall",
    "warning",
    "cybersecurity",
    "privacy",
    "reimbursement",
    "coverage",
    "policy",
    "standard",
    "iso",
    "mdr",
    "notified",
    "body",
    "certification",
    "submission",
    "clearance",
    "breakthrough",
    "designation",
    "pediatric",
    "elderly",
    "women",
    "chronic",
    "acute",
    "severe",
    "mild",
    "symptoms",
    "quality",
    "life",
    "cost",
    "effectiveness",
    "long",
    "term",
    "short",
    "early",
    "late",
    "first",
    "novel",
    "minimally",
    "invasive",
    "percutaneous",
    "surgical",
    "mechanical",
    "circulatory",
    "support",
    "pump",
    "impella",
    "shock",
    "cardiogenic",
    "mitral",
    "tricuspid",
    "regurgitation",
    "stenosis",
    "tavr",
    "tavi",
    "pci",
    "cabg",
    "graft",
    "bypass",
    "cardiologist",
    "cardiovascular",
    "cardiomyopathy",
    "hypertension",
    "cholesterol",
    "obesity",
    "kidney",
    "liver",
    "lung",
    "respiratory",
    "ventilator",
    "oxygen",
    "covid",
    "pandemic",
    "vaccine",
    "telehealth",
    "remote",
    "home",
    "app",
    "platform",
    "startup",
    "partnership",
    "agreement",
];

/// Words that open a fixed two-word term, and the word that follows.
const BIGRAMS: &[(&str, &str)] = &[
    ("heart", "failure"),
    ("atrial", "fibrillation"),
    ("clinical", "trial"),
    ("drug-coated", "balloon"),
    ("artificial", "intelligence"),
    ("heart", "valve"),
];

const STOP: &[&str] = &[
    "the", "of", "and", "in", "to", "a", "with", "for", "was", "on", "by", "at", "is", "from",
    "that", "as", "were", "an", "than", "this", "after", "or", "be", "their", "which", "had",
];

const SYLLABLES: &[&str] = &[
    "ba", "ce", "di", "fo", "gu", "ha", "je", "ki", "lo", "mu", "na", "pe", "ri", "so", "tu", "va",
    "xe", "zo", "bra", "cre", "pli", "sto", "tra", "gle", "mon", "ter", "vin", "dal", "cor", "nex",
    "pha", "lin", "ost", "rem", "sul", "qua",
];

const TAG_HEAD: &[&str] = &[
    "Cardiology",
    "Regulatory",
    "FDA",
    "Digital Health",
    "Orthopedics",
    "Neurology",
    "Oncology",
    "Diabetes",
    "Imaging",
    "AI",
    "Surgery",
    "Vascular",
    "Structural Heart",
    "Funding",
    "Europe",
    "MDR",
    "Cybersecurity",
    "Wearables",
    "Robotics",
    "Respiratory",
];

const SOURCES: &[&str] = &[
    "fda.gov",
    "medtechdive.com",
    "cardiovascularnews.com",
    "fiercebiotech.com",
    "nice.org.uk",
    "ema.europa.eu",
    "massdevice.com",
    "tctmd.com",
    "imdrf.org",
    "healthcareitnews.com",
];

fn made_up_word(rng: &mut Rng) -> String {
    let n = rng.range(2, 4);
    (0..n)
        .map(|_| SYLLABLES[rng.range(0, SYLLABLES.len() as u64 - 1) as usize])
        .collect()
}

/// The vocabulary, most frequent first: the real words, then made-up ones,
/// with [`RARE_WORD`] at rank 12,000.
pub fn vocabulary(size: usize) -> Vec<String> {
    let mut rng = Rng::new(0x5EED_0001);
    let mut words: Vec<String> = HEAD.iter().map(|w| (*w).to_owned()).collect();
    let mut seen: std::collections::HashSet<String> = words.iter().cloned().collect();
    while words.len() < size {
        let w = made_up_word(&mut rng);
        if seen.insert(w.clone()) {
            words.push(w);
        }
    }
    let rare = RARE_WORD.trim().to_owned();
    if size > 12_000 {
        words[12_000] = rare;
    }
    words
}

fn tags() -> Vec<String> {
    let mut out: Vec<String> = TAG_HEAD.iter().map(|t| (*t).to_owned()).collect();
    let mut rng = Rng::new(0x5EED_0002);
    while out.len() < 200 {
        let mut t = made_up_word(&mut rng);
        t[..1].make_ascii_uppercase();
        if !out.contains(&t) {
            out.push(t);
        }
    }
    out
}

struct Words {
    vocab: Vec<String>,
    zipf: Zipf,
    stop_zipf: Zipf,
}

impl Words {
    fn sentence(&self, rng: &mut Rng, n: usize, out: &mut String) {
        for i in 0..n {
            if i > 0 {
                out.push(' ');
            }
            let start = out.len();
            let u = rng.unit();
            if u < 0.35 {
                out.push_str(STOP[self.stop_zipf.sample(rng)]);
            } else if u < 0.38 {
                let (a, b) = BIGRAMS[rng.range(0, BIGRAMS.len() as u64 - 1) as usize];
                out.push_str(a);
                out.push(' ');
                out.push_str(b);
            } else {
                out.push_str(&self.vocab[self.zipf.sample(rng)]);
            }
            if i == 0 {
                out[start..start + 1].make_ascii_uppercase();
            }
        }
        out.push('.');
    }

    fn text(&self, rng: &mut Rng, words: usize) -> String {
        let mut out = String::with_capacity(words * 8);
        let mut left = words;
        while left > 0 {
            let n = (rng.range(8, 16) as usize).min(left);
            if !out.is_empty() {
                out.push(' ');
            }
            self.sentence(rng, n, &mut out);
            left -= n;
        }
        out
    }
}

/// `n` articles, the same for the same `n` and `seed`.
pub fn generate(n: usize, seed: u64) -> Vec<Article> {
    let words = Words {
        vocab: vocabulary(30_000),
        // A flatter head than plain Zipf: the most common content word
        // ("patients") is about 0.5 % of content words and appears in about
        // half of the articles, as in real medical news.
        zipf: Zipf::mandelbrot(30_000, 1.0, 30.0),
        stop_zipf: Zipf::new(STOP.len(), 1.0),
    };
    let tags = tags();
    let tag_zipf = Zipf::new(tags.len(), 1.0);
    let source_zipf = Zipf::new(SOURCES.len(), 1.0);
    let mut rng = Rng::new(seed);
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        let len = rng.range(6, 11) as usize;
        let mut title = words.text(&mut rng, len);
        title.pop();
        let len = rng.range(18, 30) as usize;
        let summary = words.text(&mut rng, len);
        let len = rng.range(90, 160) as usize;
        let body = words.text(&mut rng, len);
        let mut article_tags: Vec<String> = Vec::new();
        let want = rng.range(2, 5) as usize;
        while article_tags.len() < want {
            let t = &tags[tag_zipf.sample(&mut rng)];
            if !article_tags.contains(t) {
                article_tags.push(t.clone());
            }
        }
        let date = if rng.unit() < 0.01 {
            None
        } else {
            let year = rng.range(2000, 2026) as i32;
            let month = rng.range(1, 12) as u8;
            let day = rng.range(1, 28) as u8;
            ArticleDate::from_ymd(year, month, day)
        };
        let collection = if rng.unit() < 0.7 {
            "papers"
        } else {
            "articles"
        };
        let slug = format!("article-{i:06}");
        let source = SOURCES[source_zipf.sample(&mut rng)];
        out.push(Article {
            permalink: format!("/{collection}/{slug}"),
            slug,
            collection: collection.to_owned(),
            title,
            date,
            published_label: None,
            summary: Some(summary),
            source_url: Some(format!("https://{source}/news/{i}")),
            source_host: Some(source.to_owned()),
            tags: article_tags,
            image_url: None,
            image_credit: None,
            body_html: String::new(),
            body_text: body,
            extra: BTreeMap::new(),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_articles() {
        assert_eq!(generate(50, 7), generate(50, 7));
        assert_ne!(generate(50, 7), generate(50, 8));
    }

    #[test]
    fn articles_have_two_to_five_tags_and_dates_from_2000_to_2026() {
        for a in generate(500, 1) {
            assert!((2..=5).contains(&a.tags.len()));
            if let Some(y) = a.year() {
                assert!((2000..=2026).contains(&y));
            }
        }
    }
}
