//! Typo candidates: the dictionary's words within a few edits of a word,
//! found without computing a distance to every word.
//!
//! The sorted surface words are walked as the trie they form (the words
//! under a prefix are one block of the sorted list), with one row of
//! edit distances per letter of the prefix, shared by every word under
//! it. Only the diagonal band of each row that can stay within the bound
//! is computed (`2 · max_edits + 1` cells, whatever the word's length).
//! Once a row has no slack left (every cell at the bound or beyond), only
//! a letter the word has at a place where the row is at the bound (or
//! that a swap of neighbours brings there) can continue: the walk seeks
//! those letters' blocks by binary search and never visits the others,
//! so its cost follows the words near the query, not the dictionary's
//! size. Edits are insertions, deletions, substitutions and swaps of
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
        let mut walk = Walk::new(self, word, max_edits);
        walk.node(0, self.surface_count());
        walk.out
    }

    /// [`Vocabulary::within_edits`] among the surface words that start
    /// with the same letter as `word`.
    pub fn within_edits_same_start(&self, word: &str, max_edits: u32) -> Vec<(u32, u32)> {
        let Some(first) = word.chars().next() else {
            return Vec::new();
        };
        let mut walk = Walk::new(self, word, max_edits);
        let (lo, hi) = walk.block(0, self.surface_count(), 0, first);
        if lo < hi {
            walk.path.push(first);
            walk.child(first, lo, hi);
        }
        walk.out
    }
}

/// The state of one walk: the query, the current prefix and its rows.
struct Walk<'a> {
    vocab: &'a Vocabulary,
    q: Vec<char>,
    /// The row width (the query's length + 1).
    w: usize,
    k: usize,
    /// Distances are capped at `k + 1` ("too far").
    far: u8,
    /// `rows[r * w..(r + 1) * w]`: distances between `chars[..r]` and `q[..j]`.
    rows: Vec<u8>,
    /// Each row's smallest cell.
    mins: Vec<u8>,
    /// The current prefix, as text and as letters.
    path: String,
    chars: Vec<char>,
    surface_terms: &'a [u32],
    /// The letters each node without slack continues with, as a stack.
    letters: Vec<char>,
    out: Vec<(u32, u32)>,
}

impl<'a> Walk<'a> {
    fn new(vocab: &'a Vocabulary, word: &str, max_edits: u32) -> Self {
        let q: Vec<char> = word.chars().collect();
        let k = max_edits.min(250) as usize;
        Self {
            vocab,
            w: q.len() + 1,
            rows: (0..=q.len()).map(|j| j.min(k + 1) as u8).collect(),
            q,
            k,
            far: k as u8 + 1,
            mins: vec![0],
            path: String::new(),
            chars: Vec::new(),
            surface_terms: vocab.surface_terms.of(vocab.blob()),
            letters: Vec::new(),
            out: Vec::new(),
        }
    }

    /// The first index in `from..hi` where `inside` is false (it holds
    /// for a first run of indices, then not), by galloping then binary
    /// search: cheap for the short blocks most prefixes have.
    fn gallop(from: usize, hi: usize, inside: impl Fn(usize) -> bool) -> usize {
        let (mut lo, mut step) = (from, 1);
        let mut probe = from;
        while probe < hi && inside(probe) {
            lo = probe + 1;
            probe += step;
            step *= 2;
        }
        let (mut a, mut b) = (lo, probe.min(hi));
        while a < b {
            let mid = (a + b) / 2;
            if inside(mid) {
                a = mid + 1;
            } else {
                b = mid;
            }
        }
        a
    }

    /// The block of words in `lo..hi` (which all start with the `plen`
    /// bytes of the prefix and are longer) whose next letter is `c`:
    /// only that letter's bytes are compared.
    fn block(&self, lo: usize, hi: usize, plen: usize, c: char) -> (usize, usize) {
        let v = self.vocab;
        if c.is_ascii() {
            // One byte to compare: read it in place (most letters are).
            let (offs, text) = (v.surface_offs.of(v.blob()), v.surface_text.as_bytes());
            let next = |i: usize| {
                let at = offs[i] as usize + plen;
                (at < offs[i + 1] as usize).then(|| text[at])
            };
            let cb = Some(c as u8);
            let start = Self::gallop(lo, hi, |i| next(i) < cb);
            return (start, Self::gallop(start, hi, |i| next(i) == cb));
        }
        let mut buf = [0; 4];
        let cb = c.encode_utf8(&mut buf).as_bytes();
        let next = |i: usize| {
            let rest = &v.surface(i).as_bytes()[plen..];
            &rest[..rest.len().min(cb.len())]
        };
        let start = Self::gallop(lo, hi, |i| next(i) < cb);
        (start, Self::gallop(start, hi, |i| next(i) == cb))
    }

    /// Visits the words `lo..hi`, which all start with `self.path`, whose
    /// last row is computed.
    fn node(&mut self, lo: usize, hi: usize) {
        let (d, n, w, k) = (self.chars.len(), self.q.len(), self.w, self.k);
        let plen = self.path.len();
        let mut i = lo;
        // The prefix itself, as a word, sorts first.
        while i < hi && self.vocab.surface(i).len() == plen {
            let dist = self.rows[d * w + n];
            if usize::from(dist) <= k && dist > 0 {
                self.out.push((self.surface_terms[i], u32::from(dist)));
            }
            i += 1;
        }
        if i >= hi {
            return;
        }
        let slack = usize::from(self.mins[d]) < k || d < k;
        if slack {
            // Any next letter may stay within the bound: visit each block.
            while i < hi {
                let s = self.vocab.surface(i);
                let c = s[plen..].chars().next().expect("longer than the prefix");
                let (_, end) = self.block(i, hi, plen, c);
                self.path.push(c);
                self.child(c, i, end);
                self.path.truncate(plen);
                i = end;
            }
            return;
        }
        // No slack: only letters at the bound's places, or brought there by
        // a swap, can continue.
        // The letters go on a stack shared by the whole walk (the nodes
        // below push theirs after them and take them off again).
        let start = self.letters.len();
        let row = d * w;
        for j in 1..=n {
            if usize::from(self.rows[row + j - 1]) <= k {
                self.letters.push(self.q[j - 1]);
            }
        }
        if d >= 1 {
            for j in 2..=n {
                if self.q[j - 1] == self.chars[d - 1] && usize::from(self.rows[row - w + j - 2]) < k
                {
                    self.letters.push(self.q[j - 2]);
                }
            }
        }
        self.letters[start..].sort_unstable();
        let mut end = start;
        for x in start..self.letters.len() {
            if end == start || self.letters[end - 1] != self.letters[x] {
                self.letters[end] = self.letters[x];
                end += 1;
            }
        }
        self.letters.truncate(end);
        // In increasing order, as their blocks are.
        for x in start..end {
            let c = self.letters[x];
            let (a, b) = self.block(i, hi, plen, c);
            if a < b {
                self.path.push(c);
                self.child(c, a, b);
                self.path.truncate(plen);
                i = b;
            }
        }
        self.letters.truncate(start);
    }

    /// Extends the prefix (already in `self.path`) by `c`, whose words are
    /// `lo..hi`: computes its row and visits them unless no word under it
    /// can be within the bound.
    fn child(&mut self, c: char, lo: usize, hi: usize) {
        let (d, n, w, k, far) = (self.chars.len(), self.q.len(), self.w, self.k, self.far);
        let base = d * w;
        self.rows.truncate(base + w);
        self.rows.resize(base + 2 * w, far);
        let r = d + 1;
        let mut min = r.min(k + 1) as u8;
        self.rows[base + w] = min;
        // Cells off the band |j - r| <= k are too far already.
        for j in r.saturating_sub(k).max(1)..=(r + k).min(n) {
            let rows = &self.rows;
            let cost = u8::from(self.q[j - 1] != c);
            let mut v = (rows[base + j] + 1)
                .min(rows[base + w + j - 1] + 1)
                .min(rows[base + j - 1] + cost);
            if d >= 1 && j >= 2 && self.q[j - 1] == self.chars[d - 1] && self.q[j - 2] == c {
                v = v.min(rows[base - w + j - 2] + 1);
            }
            let v = v.min(far);
            self.rows[base + w + j] = v;
            min = min.min(v);
        }
        // Later rows derive from this one (+0) and, by a swap, from the
        // previous one (+1): past both, no word can come back.
        if usize::from(min) > k && usize::from(self.mins[d]) >= k {
            return;
        }
        self.chars.push(c);
        self.mins.push(min);
        self.node(lo, hi);
        self.chars.pop();
        self.mins.truncate(d + 1);
    }
}
