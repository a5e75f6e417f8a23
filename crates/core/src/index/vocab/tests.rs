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
fn the_trie_walk_matches_a_brute_force_scan_over_many_words() {
    let mut x = 42u64;
    let mut rand = |m: u64| {
        x = x
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (x >> 33) % m
    };
    let mut words: Vec<String> = (0..3000)
        .map(|_| {
            let len = 1 + rand(9) as usize;
            (0..len).map(|_| (b'a' + rand(4) as u8) as char).collect()
        })
        .collect();
    words.sort();
    words.dedup();
    let words: Vec<&str> = words.iter().map(String::as_str).collect();
    agrees_with_brute_force(
        &words,
        [
            "abcab",
            "dddd",
            "abcdabcd",
            "cab",
            "bbbbbbbbb",
            "dacb",
            "abdcabdc",
        ],
        1..=2,
    );
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
        "étude",
        "étudé",
        "etude",
        "éa",
    ];
    let queries =
        words
            .iter()
            .copied()
            .chain(["stet", "xyz", "fibrlation", "cateter", "", "étud", "ètude"]);
    agrees_with_brute_force(&words, queries, 0..=2);
}

/// Checks the trie walk of a vocabulary of `words` (`within_edits`, and
/// `within_edits_same_start`) against a brute-force scan with
/// [`bounded_distance`], for every query and bound.
fn agrees_with_brute_force<'a>(
    words: &[&str],
    queries: impl IntoIterator<Item = &'a str>,
    bounds: std::ops::RangeInclusive<u32>,
) {
    let terms: Vec<Box<str>> = (0..words.len())
        .map(|i| format!("t{i:05}").into())
        .collect();
    let surfaces = words
        .iter()
        .enumerate()
        .map(|(i, w)| (Box::from(*w), i as u32))
        .collect();
    let v = Vocabulary::new(terms, surfaces);
    for query in queries {
        for k in bounds.clone() {
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
            let mut same = v.within_edits_same_start(query, k);
            same.sort_unstable();
            let first = query.chars().next();
            slow.retain(|&(i, _)| words[i as usize].chars().next() == first);
            assert_eq!(same, slow, "{query} within {k}, same first letter");
        }
    }
}

/// The reference the trie walk is checked against: the optimal-string-
/// alignment distance between `a` and `b` (insertions,
/// deletions, substitutions and swaps of two neighbours each count one), or
/// `None` when it exceeds `max`.
fn bounded_distance(a: &[char], b: &[char], max: u32) -> Option<u32> {
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
