//! The term dictionary: sorted stems, and the sorted surface words that
//! lead to them, for exact look-ups, prefix completion and typo tolerance.
//!
//! Typo candidates are found without scanning every word: surface words are
//! bucketed by length (a word within `k` edits differs in length by at most
//! `k`), and each carries a bit mask of the letters it contains. One edit
//! changes at most two bits of that mask, so a word whose mask differs from
//! the query word's in more than `2k` bits is skipped before the (bounded)
//! edit distance is computed.

/// Sorted stems and the surface words that lead to them.
#[derive(Debug, Default)]
pub struct Vocabulary {
    /// Stems, sorted; a term's id is its index here.
    terms: Vec<Box<str>>,
    /// Folded surface words, sorted (a word may appear twice when English
    /// and French stemming give it two stems).
    surfaces: Vec<Box<str>>,
    /// The term each surface word leads to, parallel to `surfaces`.
    surface_terms: Vec<u32>,
    /// Surface indices grouped by length in characters.
    by_len: Vec<Vec<u32>>,
    /// Letter masks, parallel to `surfaces`.
    masks: Vec<u64>,
}

/// A bit per letter or digit (other characters share 27 bits by code point).
pub fn letter_mask(word: &str) -> u64 {
    let mut m = 0u64;
    for c in word.chars() {
        let bit = match c {
            'a'..='z' => c as u32 - 'a' as u32,
            '0'..='9' => 26 + c as u32 - '0' as u32,
            _ => 36 + (c as u32 % 28),
        };
        m |= 1 << bit;
    }
    m
}

impl Vocabulary {
    /// A vocabulary from sorted, unique `terms` and `(surface, term id)` pairs.
    pub fn new(terms: Vec<Box<str>>, mut surfaces: Vec<(Box<str>, u32)>) -> Self {
        surfaces.sort_unstable();
        surfaces.dedup();
        let mut by_len: Vec<Vec<u32>> = Vec::new();
        let mut masks = Vec::with_capacity(surfaces.len());
        for (i, (s, _)) in surfaces.iter().enumerate() {
            let len = s.chars().count();
            if by_len.len() <= len {
                by_len.resize_with(len + 1, Vec::new);
            }
            by_len[len].push(i as u32);
            masks.push(letter_mask(s));
        }
        let (surfaces, surface_terms) = surfaces.into_iter().unzip();
        Self {
            terms,
            surfaces,
            surface_terms,
            by_len,
            masks,
        }
    }

    /// The number of distinct terms.
    pub fn len(&self) -> usize {
        self.terms.len()
    }

    /// Whether there is no term at all.
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// The id of a stem, if indexed.
    pub fn term_id(&self, stem: &str) -> Option<u32> {
        self.terms
            .binary_search_by(|t| (**t).cmp(stem))
            .ok()
            .map(|i| i as u32)
    }

    /// An estimate of the heap bytes used.
    pub fn heap_bytes(&self) -> usize {
        let strings: usize = self
            .terms
            .iter()
            .chain(&self.surfaces)
            .map(|s| s.len() + 16)
            .sum();
        strings + self.surface_terms.len() * 4 + self.masks.len() * 8 + self.surfaces.len() * 4
    }

    /// The number of distinct surface words.
    pub fn surface_count(&self) -> usize {
        self.surfaces.len()
    }

    /// The stem of a term id.
    pub fn term(&self, id: u32) -> &str {
        &self.terms[id as usize]
    }

    /// The terms a folded surface word leads to (usually one).
    pub fn surface_terms(&self, folded: &str) -> &[u32] {
        let lo = self.surfaces.partition_point(|s| (**s) < *folded);
        let hi = lo + self.surfaces[lo..].partition_point(|s| (**s) == *folded);
        &self.surface_terms[lo..hi]
    }

    /// The `(surface, term)` pairs whose surface starts with `prefix`.
    pub fn with_prefix<'a>(&'a self, prefix: &'a str) -> impl Iterator<Item = (&'a str, u32)> + 'a {
        let lo = self.surfaces.partition_point(|s| (**s) < *prefix);
        self.surfaces[lo..]
            .iter()
            .zip(&self.surface_terms[lo..])
            .take_while(move |(s, _)| s.starts_with(prefix))
            .map(|(s, &t)| (&**s, t))
    }

    /// The terms of the surface words within `max_edits` edits of `word`
    /// (and not equal to it), each with its distance.
    pub fn within_edits(&self, word: &str, max_edits: u32) -> Vec<(u32, u32)> {
        let chars: Vec<char> = word.chars().collect();
        let mask = letter_mask(word);
        let k = max_edits as usize;
        let mut out = Vec::new();
        let lo = chars.len().saturating_sub(k);
        let hi = (chars.len() + k).min(self.by_len.len().saturating_sub(1));
        let mut other = Vec::new();
        for len in lo..=hi {
            let Some(bucket) = self.by_len.get(len) else {
                continue;
            };
            for &i in bucket {
                if (self.masks[i as usize] ^ mask).count_ones() > 2 * max_edits {
                    continue;
                }
                other.clear();
                other.extend(self.surfaces[i as usize].chars());
                if let Some(d) = bounded_distance(&chars, &other, max_edits) {
                    if d > 0 {
                        out.push((self.surface_terms[i as usize], d));
                    }
                }
            }
        }
        out
    }
}

/// The optimal-string-alignment distance between `a` and `b` (insertions,
/// deletions, substitutions and swaps of two neighbours each count one), or
/// `None` when it exceeds `max`.
pub fn bounded_distance(a: &[char], b: &[char], max: u32) -> Option<u32> {
    let (n, m) = (a.len(), b.len());
    if n.abs_diff(m) > max as usize {
        return None;
    }
    let mut prev2 = vec![0u32; m + 1];
    let mut prev: Vec<u32> = (0..=m as u32).collect();
    let mut cur = vec![0u32; m + 1];
    for i in 1..=n {
        cur[0] = i as u32;
        let mut row_min = cur[0];
        for j in 1..=m {
            let cost = u32::from(a[i - 1] != b[j - 1]);
            let mut v = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(prev2[j - 2] + 1);
            }
            cur[j] = v;
            row_min = row_min.min(v);
        }
        if row_min > max {
            return None;
        }
        std::mem::swap(&mut prev2, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    let d = prev[m];
    (d <= max).then_some(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dist(a: &str, b: &str, max: u32) -> Option<u32> {
        let a: Vec<char> = a.chars().collect();
        let b: Vec<char> = b.chars().collect();
        bounded_distance(&a, &b, max)
    }

    #[test]
    fn one_deletion_insertion_substitution_or_swap_is_one_edit() {
        assert_eq!(dist("anerysm", "aneurysm", 2), Some(1));
        assert_eq!(dist("cathter", "catheter", 2), Some(1));
        assert_eq!(dist("stnet", "stent", 2), Some(1));
        assert_eq!(dist("stint", "stent", 2), Some(1));
    }

    #[test]
    fn distances_beyond_the_bound_are_none() {
        assert_eq!(dist("orchid", "or", 1), None);
        assert_eq!(dist("kitten", "sitting", 2), None);
        assert_eq!(dist("kitten", "sitting", 3), Some(3));
    }

    fn vocab() -> Vocabulary {
        let terms: Vec<Box<str>> = ["aneurysm", "cathet", "stent"].map(Box::from).to_vec();
        let surfaces = vec![
            (Box::from("aneurysm"), 0),
            (Box::from("aneurysms"), 0),
            (Box::from("catheter"), 1),
            (Box::from("stent"), 2),
            (Box::from("stenting"), 2),
        ];
        Vocabulary::new(terms, surfaces)
    }

    #[test]
    fn prefixes_list_every_completion_in_order() {
        let v = vocab();
        let got: Vec<&str> = v.with_prefix("sten").map(|(s, _)| s).collect();
        assert_eq!(got, ["stent", "stenting"]);
        assert_eq!(v.with_prefix("x").count(), 0);
    }

    #[test]
    fn typo_candidates_are_found_through_the_length_buckets() {
        let v = vocab();
        assert_eq!(v.within_edits("anerysm", 1), vec![(0, 1)]);
        assert_eq!(v.within_edits("cathter", 1), vec![(1, 1)]);
        assert!(
            v.within_edits("stent", 1).is_empty(),
            "the word itself is not a typo"
        );
    }
}
