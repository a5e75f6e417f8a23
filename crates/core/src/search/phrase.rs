//! Phrases of two words with one term each (`"heart failure"`), the
//! common case of [`crate::search::resolve::phrase_docs`], in one walk.
//!
//! The rarer word's postings drive; a cursor walks the other's postings
//! in step (or gallops when they are much longer), and each list's
//! position offset is carried along instead of being summed from its
//! block for every document. The positions of a document holding both
//! words are compared by a merge of the two sorted lists. The result is
//! exactly that of the general walk (tests compare them).

use crate::index::Index;
use crate::search::resolve::gallop;

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
    use crate::search::resolve::walk_phrase;
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
