//! Counts per year and month, of the results and of their date-free context.
//!
//! Two counts per bucket: `count`, the results themselves, and `context`,
//! the results had the year and from/to filters been left out (every other
//! filter and the text still apply), so a chart can draw the selection over
//! the whole span it was taken from.
//!
//! **Outlier policy.** Only years inside a plausible window (by default
//! 1900 to 2100, see [`crate::EngineOptions::plausible_years`]) are put on
//! the axis. A dated article outside it (year 2325, a typo for 2025) is
//! counted in [`Timeline::outliers`], per year, so it is visible and can be
//! fixed at the source, but it does not stretch the axis over three
//! centuries of empty years. The year facet still lists such years, so they
//! can be filtered on. Undated articles are counted in `undated`.

use crate::counting::doc_values::DocValues;
use crate::counting::filter::{ALL, RANGE, YEAR};
use crate::search::results::{Count, MonthCount, Timeline, YearCount};

/// The slot of an undated document.
pub const UNDATED: u32 = u32::MAX;
/// Added to a year's index in `DocValues::years` for a year outside the window.
pub const OUTLIER: u32 = 1 << 31;

/// Each document's bucket: a month index from the window's first January,
/// [`OUTLIER`] plus its year's index, or [`UNDATED`]. Computed once, so
/// counting costs one load and two increments per document.
pub fn timeline_slots(meta: &DocValues, plausible: (i32, i32)) -> Vec<u32> {
    (0..meta.len())
        .map(|d| {
            let day = meta.doc_day[d];
            if day == 0 {
                return UNDATED;
            }
            let year = (day / 10_000) as i32;
            if year < plausible.0 || year > plausible.1 {
                OUTLIER + meta.doc_year[d]
            } else {
                (year - plausible.0) as u32 * 12 + day / 100 % 100 - 1
            }
        })
        .collect()
}

/// Counts per bucket: months of the window, undated, outlier years.
#[derive(Clone, Debug)]
pub struct Buckets {
    months: Vec<Count>,
    undated: Count,
    /// Outside the window, by index into `DocValues::years`.
    outliers: Vec<Count>,
}

impl Buckets {
    #[inline(always)]
    fn at(&mut self, slot: u32) -> &mut Count {
        if slot == UNDATED {
            &mut self.undated
        } else if slot >= OUTLIER {
            &mut self.outliers[(slot - OUTLIER) as usize]
        } else {
            &mut self.months[slot as usize]
        }
    }

    fn counts_mut(&mut self) -> impl Iterator<Item = &mut Count> {
        self.months
            .iter_mut()
            .chain(std::iter::once(&mut self.undated))
            .chain(self.outliers.iter_mut())
    }
}

/// Accumulates timeline counts.
#[derive(Debug)]
pub struct TimelineCounter<'a> {
    first_year: i32,
    slots: &'a [u32],
    buckets: Buckets,
}

impl<'a> TimelineCounter<'a> {
    /// Zero counts for a window of plausible years, given the documents'
    /// slots from [`timeline_slots`] for the same window.
    pub fn new(meta: &DocValues, plausible: (i32, i32), slots: &'a [u32]) -> Self {
        let (first_year, last_year) = plausible;
        let span = (last_year - first_year + 1).max(0) as usize;
        Self {
            first_year,
            slots,
            buckets: Buckets {
                months: vec![Count::default(); span * 12],
                undated: Count::default(),
                outliers: vec![Count::default(); meta.years.len()],
            },
        }
    }

    /// Counts `doc`, whose filter mask is `mask`, where it belongs.
    #[inline(always)]
    pub fn add(&mut self, doc: u32, mask: u8) {
        if (mask | YEAR | RANGE) != ALL {
            return;
        }
        let bucket = self.buckets.at(self.slots[doc as usize]);
        bucket.context += 1;
        bucket.count += usize::from(mask == ALL);
    }

    /// The counts so far, to start another counter from
    /// ([`Self::start_from`]); after every document was added with
    /// [`ALL`], each bucket's number of documents.
    pub fn buckets(&self) -> &Buckets {
        &self.buckets
    }

    /// Counts every document of `all` (what [`Self::buckets`] gave after
    /// adding every document) as a result and its context, to take the
    /// documents that are not away with [`Self::remove`].
    pub fn start_from(&mut self, all: &Buckets) {
        self.buckets.clone_from(all);
    }

    /// Takes `doc` away from both counts of its bucket.
    #[inline(always)]
    pub fn remove(&mut self, doc: u32) {
        let bucket = self.buckets.at(self.slots[doc as usize]);
        bucket.context -= 1;
        bucket.count -= 1;
    }

    /// Sets every result count to zero, keeping the context.
    pub fn clear_counts(&mut self) {
        self.buckets.counts_mut().for_each(|c| c.count = 0);
    }

    /// Counts `doc` as a result only (its context counted already).
    #[inline(always)]
    pub fn add_result(&mut self, doc: u32) {
        self.buckets.at(self.slots[doc as usize]).count += 1;
    }

    /// The timeline: dense years between the first and last with context,
    /// sparse months.
    pub fn finish(self, meta: &DocValues) -> Timeline {
        let mut months = Vec::new();
        let mut years: Vec<YearCount> = Vec::new();
        for (i, chunk) in self.buckets.months.chunks(12).enumerate() {
            let year = self.first_year + i as i32;
            let mut total = Count::default();
            for (m, c) in chunk.iter().enumerate() {
                if c.context > 0 {
                    months.push(MonthCount {
                        year,
                        month: m as u8 + 1,
                        counts: *c,
                    });
                }
                total.count += c.count;
                total.context += c.context;
            }
            if total.context > 0 || !years.is_empty() {
                years.push(YearCount {
                    year,
                    counts: total,
                });
            }
        }
        while years.last().is_some_and(|y| y.counts.context == 0) {
            years.pop();
        }
        let outliers = self
            .buckets
            .outliers
            .iter()
            .enumerate()
            .filter(|(_, c)| c.context > 0)
            .map(|(i, c)| YearCount {
                year: meta.years[i],
                counts: *c,
            })
            .collect();
        Timeline {
            years,
            months,
            undated: self.buckets.undated,
            outliers,
        }
    }
}
