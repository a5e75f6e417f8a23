//! How close the builder's bounded related articles are to the exact ones,
//! and what each costs: `related-agreement INDEX.bin [P,L,T ...]` loads an
//! index written by `veille build` and, for every article, finds its five
//! related articles exactly (`RelatedFinder::new`) and with each budget
//! (`P` postings, `L` look-ups, `T` tag-list entries; default
//! `RelatedBudget::BUILD`), one thread each. Prints the time per article,
//! the work per article, the share of the exact top 5 kept, the share of
//! articles whose top 5 is the same list and the sum of the top 5's scores
//! against the exact one's. `RELATED_EXACT=0` skips the exact
//! pass (then only times are printed); `RELATED_STEP=10` takes every tenth
//! article only.

use std::time::Instant;

use veille_core::{Engine, Related, RelatedBudget, RelatedFinder};

/// Every `step`-th article's related articles with `finder`, and the
/// seconds taken.
fn every(
    engine: &Engine,
    finder: &mut RelatedFinder<'_>,
    step: usize,
) -> (Vec<Vec<(u32, f32)>>, f64) {
    let t = Instant::now();
    let all = (0..engine.len())
        .step_by(step)
        .map(|doc| {
            finder
                .related(doc, 5)
                .iter()
                .map(|r: &Related| (r.doc, r.score))
                .collect()
        })
        .collect();
    (all, t.elapsed().as_secs_f64())
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let path = args
        .first()
        .expect("usage: related-agreement INDEX.bin [P,L,T ...]");
    let engine = Engine::from_vec(veille_enginebench::read_index(path).expect("read the index"))
        .expect("a valid index");
    let step: usize = std::env::var("RELATED_STEP")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1);
    let n = engine.len();
    let asked = n.div_ceil(step);
    let mut budgets: Vec<RelatedBudget> = args[1..]
        .iter()
        .map(|a| {
            let v: Vec<usize> = a.split(',').map(|x| x.parse().expect("a number")).collect();
            RelatedBudget {
                postings: v[0],
                lookups: v[1],
                tag_docs: v[2],
            }
        })
        .collect();
    if budgets.is_empty() {
        budgets.push(RelatedBudget::BUILD);
    }
    let exact = (std::env::var("RELATED_EXACT").as_deref() != Ok("0")).then(|| {
        let mut finder = RelatedFinder::new(&engine);
        let (all, secs) = every(&engine, &mut finder, step);
        println!(
            "{n} articles, exact: {:.0} µs per article, work {:.0} per article",
            secs * 1e6 / asked as f64,
            finder.work() as f64 / asked as f64
        );
        all
    });
    for b in budgets {
        let mut finder = RelatedFinder::with_budget(&engine, b);
        let (all, secs) = every(&engine, &mut finder, step);
        let mut line = format!(
            "{n} articles, budget {},{},{}: {:.0} µs per article, work {:.0} per article",
            b.postings,
            b.lookups,
            b.tag_docs,
            secs * 1e6 / asked as f64,
            finder.work() as f64 / asked as f64
        );
        if let Some(exact) = &exact {
            let (mut kept, mut total, mut same) = (0usize, 0usize, 0usize);
            let (mut got, mut best) = (0f64, 0f64);
            for (e, a) in exact.iter().zip(&all) {
                total += e.len();
                kept += e.iter().filter(|d| a.iter().any(|x| x.0 == d.0)).count();
                same += usize::from(e.iter().map(|x| x.0).eq(a.iter().map(|x| x.0)));
                best += e.iter().map(|x| f64::from(x.1)).sum::<f64>();
                got += a.iter().map(|x| f64::from(x.1)).sum::<f64>();
            }
            line += &format!(
                "; exact top 5 kept {:.2} %, same list {:.2} %, score of the top 5 {:.2} % of the exact",
                100.0 * kept as f64 / total.max(1) as f64,
                100.0 * same as f64 / asked.max(1) as f64,
                100.0 * got / best.max(f64::MIN_POSITIVE)
            );
        }
        println!("{line}");
    }
}
