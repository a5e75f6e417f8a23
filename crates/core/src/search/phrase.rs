//! Phrases: the documents where a phrase's words follow each other
//! ([`phrase_docs`]), and its common case, two words with one term each
//! (`"heart failure"`, [`pair_docs`]), in one walk.
//!
//! The rarer word's postings drive; a cursor walks the other's postings
//! in step (or gallops when they are much longer), and each list's
//! position offset is carried along instead of being summed from its
//! block for every document. The positions of a document holding both
//! words are compared by a merge of the two sorted lists. The result is
//! exactly that of the general walk (tests compare them).

use crate::index::{Index, Postings};
use crate::search::resolve::gallop;

/// The documents where the words of a phrase follow each other, with the
/// sum of the words' score contributions; sorted by doc id.
///
/// `words[i]` lists the terms word `i` may be (`None`: a stop word, any
/// word). The rarest word's postings drive the search; the other words'
/// postings are walked alongside with galloping cursors, and positions are
/// compared only in documents holding every word.
pub fn phrase_docs(index: &Index, words: &[Option<Vec<u32>>]) -> Vec<(u32, f32)> {
    // (offset in the phrase, term) pairs, per present word.
    let present: Vec<(u32, &Vec<u32>)> = words
        .iter()
        .enumerate()
        .filter_map(|(i, w)| w.as_ref().map(|w| (i as u32, w)))
        .collect();
    if present.is_empty() || present.iter().any(|(_, w)| w.is_empty()) {
        return Vec::new();
    }
    let df = |terms: &Vec<u32>| -> usize { terms.iter().map(|&t| index.postings(t).len()).sum() };
    let anchor_word = (0..present.len())
        .min_by_key(|&i| df(present[i].1))
        .expect("not empty");
    let (anchor_at, anchor_terms) = present[anchor_word];
    let others: Vec<(u32, &Vec<u32>)> = present
        .iter()
        .enumerate()
        .filter(|&(i, _)| i != anchor_word)
        .map(|(_, &w)| w)
        .collect();
    if let ([ta], [(at, tb)]) = (anchor_terms.as_slice(), others.as_slice()) {
        if let [tb] = tb.as_slice() {
            return pair_docs(index, (*ta, anchor_at), (*tb, *at));
        }
    }
    walk_phrase(index, anchor_at, anchor_terms, &others)
}

/// [`phrase_docs`] in general: any number of words and terms per word.
pub(crate) fn walk_phrase(
    index: &Index,
    anchor_at: u32,
    anchor_terms: &[u32],
    others: &[(u32, &Vec<u32>)],
) -> Vec<(u32, f32)> {
    let mut out: Vec<(u32, f32)> = Vec::new();
    // found: (word, term index, posting index) of each other word's terms
    // present in the current doc.
    let mut found: Vec<(usize, usize, usize)> = Vec::with_capacity(others.len() * 2);
    let mut word_ends: Vec<usize> = Vec::with_capacity(others.len());
    // Each other word's terms' postings, looked up once.
    let other_postings: Vec<Vec<Postings<'_>>> = others
        .iter()
        .map(|(_, ts)| ts.iter().map(|&t| index.postings(t)).collect())
        .collect();
    for &ta in anchor_terms {
        let pa = index.postings(ta);
        let mut cursors: Vec<Vec<usize>> = others.iter().map(|(_, ts)| vec![0; ts.len()]).collect();
        'docs: for i in 0..pa.len() {
            let doc = pa.docs[i];
            found.clear();
            word_ends.clear();
            for (w, postings) in other_postings.iter().enumerate() {
                let before = found.len();
                for (k, p) in postings.iter().enumerate() {
                    let c = gallop(p.docs, cursors[w][k], doc);
                    cursors[w][k] = c;
                    if c < p.len() && p.docs[c] == doc {
                        found.push((w, k, c));
                    }
                }
                if found.len() == before {
                    continue 'docs;
                }
                word_ends.push(found.len());
            }
            let starts = pa
                .positions(i)
                .iter()
                .filter_map(|&p| u32::from(p).checked_sub(anchor_at));
            let mut matched = false;
            for start in starts {
                let mut all = true;
                let mut from = 0;
                for (w, &(at, _)) in others.iter().enumerate() {
                    let end = word_ends[w];
                    let want = start + at;
                    let here = want <= u32::from(u16::MAX)
                        && found[from..end].iter().any(|&(w, k, j)| {
                            other_postings[w][k]
                                .positions(j)
                                .binary_search(&(want as u16))
                                .is_ok()
                        });
                    from = end;
                    if !here {
                        all = false;
                        break;
                    }
                }
                if all {
                    matched = true;
                    break;
                }
            }
            if matched {
                let mut score = index.idf[ta as usize] * pa.saturation(i);
                let mut from = 0;
                for &end in &word_ends {
                    let (w, k, j) = found[from];
                    let t = others[w].1[k];
                    score += index.idf[t as usize] * other_postings[w][k].saturation(j);
                    from = end;
                }
                out.push((doc, score));
            }
        }
    }
    if anchor_terms.len() > 1 {
        out.sort_unstable_by_key(|&(d, _)| d);
        out.dedup_by_key(|&mut (d, _)| d);
    }
    out
}

/// The documents where term `a` at phrase offset `a_at` and term `b` at
/// `b_at` stand at those distances, with `a`'s contribution plus `b`'s;
/// `a` should be the rarer.
pub fn pair_docs(index: &Index, (a, a_at): (u32, u32), (b, b_at): (u32, u32)) -> Vec<(u32, f32)> {
    let (pa, pb) = (index.postings(a), index.postings(b));
    let (idf_a, idf_b) = (index.idf[a as usize], index.idf[b as usize]);
    let mut out = Vec::new();
    if pa.is_empty() || pb.is_empty() {
        return out;
    }
    let galloping = pa.len() * 8 < pb.len();
    let mut a_start = pa.position_start(0);
    let (mut j, mut b_start) = (0, pb.position_start(0));
    for i in 0..pa.len() {
        let doc = pa.docs[i];
        let here = a_start;
        a_start += pa.position_count(i);
        if galloping {
            let to = gallop(pb.docs, j, doc);
            if to != j {
                j = to;
                if j == pb.len() {
                    break;
                }
                b_start = pb.position_start(j);
            }
        } else {
            while j < pb.len() && pb.docs[j] < doc {
                b_start += pb.position_count(j);
                j += 1;
            }
        }
        if j == pb.len() {
            break;
        }
        if pb.docs[j] != doc {
            continue;
        }
        let (ps, qs) = (pa.positions_at(i, here), pb.positions_at(j, b_start));
        if adjacent(ps, a_at, qs, b_at) {
            out.push((doc, idf_a * pa.saturation(i) + idf_b * pb.saturation(j)));
        }
    }
    out
}

/// Whether some position `p` of `ps` (increasing) has `p - a_at + b_at`
/// in `qs` (increasing), positions before the phrase's start not counting.
fn adjacent(ps: &[u16], a_at: u32, qs: &[u16], b_at: u32) -> bool {
    let mut k = 0;
    for &p in ps {
        let Some(start) = u32::from(p).checked_sub(a_at) else {
            continue;
        };
        let want = start + b_at;
        if want > u32::from(u16::MAX) {
            return false;
        }
        while k < qs.len() && u32::from(qs[k]) < want {
            k += 1;
        }
        if k == qs.len() {
            return false;
        }
        if u32::from(qs[k]) == want {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::pair_docs;
    use super::walk_phrase;
    use crate::{Article, Engine};

    fn article(i: usize, body: String) -> Article {
        Article::new("papers", &format!("a{i}"), &format!("Title {i}"), "", &body)
    }

    #[test]
    fn a_two_word_phrase_finds_exactly_what_the_general_walk_finds() {
        let mut rand = crate::search::engine::tests::seeded(11);
        let words = ["heart", "failure", "valve", "stent", "renal", "trial"];
        let articles: Vec<Article> = (0..1500)
            .map(|i| {
                // Skewed: the first words are the most frequent.
                let len = 1 + rand(40) as usize;
                let body: Vec<&str> = (0..len)
                    .map(|_| words[(rand(6) * rand(6) / 5) as usize])
                    .collect();
                article(i, body.join(" "))
            })
            .collect();
        let e = Engine::new(articles);
        let term = |w: &str| crate::search::resolve::exact_terms(&e.index, &e.stemmers, w)[0];
        let mut compared = 0;
        for a in words {
            for b in words {
                for (a_at, b_at) in [(0, 1), (1, 0), (0, 2), (2, 0), (3, 1)] {
                    let (ta, tb) = (term(a), term(b));
                    let want = walk_phrase(&e.index, a_at, &[ta], &[(b_at, &vec![tb])]);
                    let got = pair_docs(&e.index, (ta, a_at), (tb, b_at));
                    assert_eq!(got, want, "{a}@{a_at} {b}@{b_at}");
                    compared += usize::from(!want.is_empty());
                }
            }
        }
        assert!(compared > 100, "{compared} pairs found documents");
    }
}
