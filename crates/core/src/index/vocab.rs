//! The term dictionary: sorted stems, and the sorted surface words that
//! lead to them, for exact look-ups, prefix completion and typo tolerance.
//!
//! Typo candidates are found without computing a distance to every word:
//! the sorted surface words are walked like a trie, sharing the distance
//! rows of common prefixes and skipping every word under a prefix that is
//! already too far (see [`Vocabulary::within_edits`]).

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
    /// Where each term's surface indices start in `term_surfaces`.
    term_surface_offsets: Vec<u32>,
    /// Surface indices grouped by term.
    term_surfaces: Vec<u32>,
}

impl Vocabulary {
    /// A vocabulary from sorted, unique `terms` and `(surface, term id)` pairs.
    pub fn new(terms: Vec<Box<str>>, mut surfaces: Vec<(Box<str>, u32)>) -> Self {
        surfaces.sort_unstable();
        surfaces.dedup();
        let (surfaces, surface_terms): (Vec<Box<str>>, Vec<u32>) = surfaces.into_iter().unzip();
        let mut term_surface_offsets = vec![0u32; terms.len() + 1];
        for &t in &surface_terms {
            term_surface_offsets[t as usize + 1] += 1;
        }
        for i in 1..term_surface_offsets.len() {
            term_surface_offsets[i] += term_surface_offsets[i - 1];
        }
        let mut next = term_surface_offsets.clone();
        let mut term_surfaces = vec![0u32; surface_terms.len()];
        for (i, &t) in surface_terms.iter().enumerate() {
            term_surfaces[next[t as usize] as usize] = i as u32;
            next[t as usize] += 1;
        }
        Self {
            terms,
            surfaces,
            surface_terms,
            term_surface_offsets,
            term_surfaces,
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
        strings
            + self.surface_terms.len() * 4
            + self.surfaces.len() * 4
            + self.term_surfaces.len() * 4
            + self.term_surface_offsets.len() * 4
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

    /// The surface words that lead to a term.
    pub fn surfaces_of(&self, term: u32) -> impl Iterator<Item = &str> + '_ {
        let (a, b) = (
            self.term_surface_offsets[term as usize] as usize,
            self.term_surface_offsets[term as usize + 1] as usize,
        );
        self.term_surfaces[a..b]
            .iter()
            .map(|&i| &*self.surfaces[i as usize])
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

    /// The index of the first surface word after `from` that does not start
    /// with `prefix` (the one at `from` does), found by galloping: blocks
    /// under a dead prefix are usually short.
    fn skip_prefix(&self, from: usize, prefix: &str) -> usize {
        let inside = |i: usize| self.surfaces[i].starts_with(prefix);
        let (mut lo, mut step) = (from + 1, 1);
        while lo < self.surfaces.len() && inside(lo) {
            lo += step;
            step *= 2;
        }
        // The answer is in (lo - step / 2 - 1, lo]: the last probe inside
        // was at lo - step / 2 (or `from`).
        let start = if step == 1 { from + 1 } else { lo - step / 2 };
        let end = lo.min(self.surfaces.len());
        start + self.surfaces[start..end].partition_point(|s| s.starts_with(prefix))
    }

    /// The terms of the surface words within `max_edits` edits of `word`
    /// (and not equal to it), each with its distance.
    ///
    /// The sorted surface words are walked like a trie: the edit-distance
    /// rows of a prefix are shared by every word that starts with it, and
    /// once a prefix is more than `max_edits` edits from every prefix of
    /// `word`, the whole block of words starting with it is skipped.
    pub fn within_edits(&self, word: &str, max_edits: u32) -> Vec<(u32, u32)> {
        let q: Vec<char> = word.chars().collect();
        let n = q.len();
        let w = n + 1;
        let k = max_edits;
        // rows[r * w..(r + 1) * w]: distances between path[..r] and q[..j].
        let mut rows: Vec<u32> = (0..=n as u32).collect();
        let mut mins: Vec<u32> = vec![0];
        let mut path: Vec<char> = Vec::new();
        let mut chars: Vec<char> = Vec::new();
        let mut out = Vec::new();
        let mut i = 0;
        while i < self.surfaces.len() {
            chars.clear();
            chars.extend(self.surfaces[i].chars());
            let lcp = path.iter().zip(&chars).take_while(|(a, b)| a == b).count();
            path.truncate(lcp);
            rows.truncate((lcp + 1) * w);
            mins.truncate(lcp + 1);
            let mut dead_at = None;
            for d in lcp..chars.len() {
                let c = chars[d];
                let base = d * w;
                rows.push(d as u32 + 1);
                let mut min = d as u32 + 1;
                for j in 1..=n {
                    let cost = u32::from(q[j - 1] != c);
                    let mut v = (rows[base + j] + 1)
                        .min(rows[base + w + j - 1] + 1)
                        .min(rows[base + j - 1] + cost);
                    if d >= 1 && j >= 2 && q[j - 1] == chars[d - 1] && q[j - 2] == c {
                        v = v.min(rows[base - w + j - 2] + 1);
                    }
                    rows.push(v);
                    min = min.min(v);
                }
                path.push(c);
                mins.push(min);
                // Later rows derive from this one (+0) and, by a swap, from
                // the previous one (+1): past both, no word can come back.
                if min > k && mins[d] >= k {
                    dead_at = Some(d + 1);
                    break;
                }
            }
            match dead_at {
                Some(len) => {
                    let prefix: String = chars[..len].iter().collect();
                    i = self.skip_prefix(i, &prefix);
                }
                None => {
                    let d = rows[chars.len() * w + n];
                    if d <= k && d > 0 {
                        out.push((self.surface_terms[i], d));
                    }
                    i += 1;
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
    let mut prev_min = 0;
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
        // A swap reaches back two rows, so both must be out of reach.
        if row_min > max && prev_min >= max {
            return None;
        }
        prev_min = row_min;
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
    fn typo_candidates_are_one_edit_away_and_not_the_word_itself() {
        let v = vocab();
        assert_eq!(v.within_edits("anerysm", 1), vec![(0, 1)]);
        assert_eq!(v.within_edits("cathter", 1), vec![(1, 1)]);
        assert!(
            v.within_edits("stent", 1).is_empty(),
            "the word itself is not a typo"
        );
    }

    #[test]
    fn each_term_knows_the_surface_words_leading_to_it() {
        let v = vocab();
        assert_eq!(
            v.surfaces_of(0).collect::<Vec<_>>(),
            ["aneurysm", "aneurysms"]
        );
        assert_eq!(v.surfaces_of(2).collect::<Vec<_>>(), ["stent", "stenting"]);
    }

    #[test]
    fn the_trie_walk_finds_exactly_what_a_brute_force_scan_finds() {
        let words = [
            "stent",
            "stents",
            "stint",
            "stunt",
            "sent",
            "tent",
            "stnet",
            "steam",
            "aneurysm",
            "aneurysms",
            "anerysm",
            "aneursym",
            "catheter",
            "catheters",
            "cathter",
            "cather",
            "a",
            "ab",
            "ba",
            "abc",
            "acb",
            "bca",
            "fibrillation",
            "fibrilation",
            "fibrillatoin",
        ];
        let terms: Vec<Box<str>> = (0..words.len())
            .map(|i| format!("t{i:02}").into())
            .collect();
        let surfaces = words
            .iter()
            .enumerate()
            .map(|(i, w)| (Box::from(*w), i as u32))
            .collect();
        let v = Vocabulary::new(terms, surfaces);
        for query in words
            .iter()
            .chain(&["stet", "xyz", "fibrlation", "cateter", ""])
        {
            for k in 0..=2 {
                let mut fast = v.within_edits(query, k);
                fast.sort_unstable();
                let q: Vec<char> = query.chars().collect();
                let mut slow: Vec<(u32, u32)> = words
                    .iter()
                    .enumerate()
                    .filter_map(|(i, w)| {
                        let wc: Vec<char> = w.chars().collect();
                        bounded_distance(&q, &wc, k)
                            .filter(|&d| d > 0)
                            .map(|d| (i as u32, d))
                    })
                    .collect();
                slow.sort_unstable();
                assert_eq!(fast, slow, "{query} within {k}");
            }
        }
    }
}
