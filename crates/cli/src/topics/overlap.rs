//! How much two groups' article sets overlap: the Jaccard index, and the
//! merges of groups whose articles are nearly the same.

/// Jaccard similarity of two sorted lists of article numbers.
pub fn jaccard(a: &[u32], b: &[u32]) -> f64 {
    let (mut i, mut j, mut both) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                both += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let union = a.len() + b.len() - both;
    if union == 0 {
        0.0
    } else {
        both as f64 / union as f64
    }
}

/// Whether the Jaccard index of two sorted lists is at least `threshold`,
/// giving up as soon as too many elements of either are missing from the
/// other: most pairs are far apart, and the lists may be long.
fn at_least(a: &[u32], b: &[u32], threshold: f64) -> bool {
    // both / (|a| + |b| - both) >= t  <=>  both >= t (|a| + |b|) / (1 + t)
    let needed = (threshold * (a.len() + b.len()) as f64 / (1.0 + threshold)).ceil() as usize;
    let (mut miss_a, mut miss_b) = (
        a.len().saturating_sub(needed),
        b.len().saturating_sub(needed),
    );
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => {
                if miss_a == 0 {
                    return false;
                }
                miss_a -= 1;
                i += 1;
            }
            std::cmp::Ordering::Greater => {
                if miss_b == 0 {
                    return false;
                }
                miss_b -= 1;
                j += 1;
            }
            std::cmp::Ordering::Equal => {
                i += 1;
                j += 1;
            }
        }
    }
    jaccard(a, b) >= threshold
}

/// The fewest articles both groups need before their overlap says they are
/// one topic: two groups that share their only two articles may just have
/// been written about together.
pub const MERGE_MIN_ARTICLES: usize = 5;

/// The merges of groups whose article sets overlap with a Jaccard index of
/// at least `threshold`: for each group (in the order given, largest
/// first), the earlier group it joins, if any. Chains join the first.
pub fn merges(docs: &[Vec<u32>], threshold: f64) -> Vec<Option<usize>> {
    let mut into: Vec<Option<usize>> = vec![None; docs.len()];
    for j in 0..docs.len() {
        for i in 0..j {
            if into[i].is_some() {
                continue;
            }
            let (a, b) = (docs[i].len() as f64, docs[j].len() as f64);
            if docs[j].len().min(docs[i].len()) < MERGE_MIN_ARTICLES
                || a.min(b) < threshold * a.max(b)
            {
                continue;
            }
            if at_least(&docs[i], &docs[j], threshold) {
                into[j] = Some(i);
                break;
            }
        }
    }
    into
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_with_nearly_the_same_articles_merge_into_the_larger() {
        let docs = vec![
            vec![1, 2, 3, 4, 5, 6],
            vec![1, 2, 3, 4, 5],
            vec![7, 8],
            vec![7, 8],
        ];
        assert_eq!(merges(&docs, 0.8), vec![None, Some(0), None, None]);
        assert_eq!(jaccard(&[1, 2], &[3]), 0.0);
        assert!(at_least(&[1, 2, 3, 4, 5], &[1, 2, 3, 4], 0.8));
        assert!(!at_least(&[1, 2, 3, 4, 5], &[1, 2, 3, 9], 0.8));
    }
}
