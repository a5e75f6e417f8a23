//! Typo candidates: the dictionary's words within a few edits of a word,
//! found without computing a distance to every word.
//!
//! The sorted surface words are walked like a trie: the edit-distance rows
//! of a prefix are shared by every word that starts with it, and once a
//! prefix is more than `max_edits` edits from every prefix of the word,
//! the whole block of words starting with it is skipped (galloping to its
//! end). Only the diagonal band of each row that can stay within the
//! bound is computed (`2 · max_edits + 1` cells, whatever the word's
//! length). Edits are insertions, deletions, substitutions and swaps of
//! neighbours (optimal string alignment).
//!
//! [`Vocabulary::within_edits_same_start`] keeps the first letter as
//! typed: a first letter is rarely the mistyped one, and the walk then
//! covers one letter's block of the dictionary instead of all of it.

use super::Vocabulary;

impl Vocabulary {
    /// The terms of the surface words within `max_edits` edits of `word`
    /// (and not equal to it), each with its distance.
    pub fn within_edits(&self, word: &str, max_edits: u32) -> Vec<(u32, u32)> {
        self.walk_edits(word, max_edits, 0, self.surface_count())
    }

    /// [`Vocabulary::within_edits`] among the surface words that start
    /// with the same letter as `word`.
    pub fn within_edits_same_start(&self, word: &str, max_edits: u32) -> Vec<(u32, u32)> {
        let Some(first) = word.chars().next() else {
            return Vec::new();
        };
        let mut buf = [0; 4];
        let first: &str = first.encode_utf8(&mut buf);
        let lo = self.surface_partition(0, |s| s < first);
        let hi = if lo < self.surface_count() && self.surface(lo).starts_with(first) {
            self.skip_prefix(lo, first)
        } else {
            lo
        };
        self.walk_edits(word, max_edits, lo, hi)
    }

    /// The walk over the surface words `lo..hi`.
    fn walk_edits(&self, word: &str, max_edits: u32, lo: usize, hi: usize) -> Vec<(u32, u32)> {
        let q: Vec<char> = word.chars().collect();
        let n = q.len();
        let w = n + 1;
        let k = max_edits.min(250) as usize;
        // Cells hold distances capped at k + 1 ("too far").
        let far = k as u8 + 1;
        // rows[r * w..(r + 1) * w]: distances between path[..r] and q[..j].
        let mut rows: Vec<u8> = (0..=n).map(|j| j.min(k + 1) as u8).collect();
        let mut mins: Vec<u8> = vec![0];
        let mut path: Vec<char> = Vec::new();
        let mut out = Vec::new();
        let surface_terms = self.surface_terms.of(self.blob());
        let mut i = lo;
        while i < hi {
            let s = self.surface(i);
            let mut chars = s.char_indices();
            let mut lcp = 0;
            let mut next = chars.next();
            while let Some((_, c)) = next {
                if lcp < path.len() && path[lcp] == c {
                    lcp += 1;
                    next = chars.next();
                } else {
                    break;
                }
            }
            path.truncate(lcp);
            rows.truncate((lcp + 1) * w);
            mins.truncate(lcp + 1);
            let mut dead_at = None;
            while let Some((at, c)) = next {
                let d = path.len();
                let base = d * w;
                rows.resize(base + 2 * w, far);
                let r = d + 1;
                let mut min = r.min(k + 1) as u8;
                rows[base + w] = min;
                // Cells off the band |j - r| <= k are too far already.
                for j in r.saturating_sub(k).max(1)..=(r + k).min(n) {
                    let cost = u8::from(q[j - 1] != c);
                    let mut v = (rows[base + j] + 1)
                        .min(rows[base + w + j - 1] + 1)
                        .min(rows[base + j - 1] + cost);
                    if d >= 1 && j >= 2 && q[j - 1] == path[d - 1] && q[j - 2] == c {
                        v = v.min(rows[base - w + j - 2] + 1);
                    }
                    let v = v.min(far);
                    rows[base + w + j] = v;
                    min = min.min(v);
                }
                path.push(c);
                mins.push(min);
                // Later rows derive from this one (+0) and, by a swap, from
                // the previous one (+1): past both, no word can come back.
                if min > k as u8 && mins[d] >= k as u8 {
                    dead_at = Some(at + c.len_utf8());
                    break;
                }
                next = chars.next();
            }
            match dead_at {
                // The dead prefix is the start of this very word.
                Some(bytes) => i = self.skip_prefix(i, &s[..bytes]),
                None => {
                    let d = rows[path.len() * w + n];
                    if d <= k as u8 && d > 0 {
                        out.push((surface_terms[i], u32::from(d)));
                    }
                    i += 1;
                }
            }
        }
        out
    }
}
