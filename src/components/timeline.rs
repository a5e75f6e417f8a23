//! The timeline: articles per year (per month once a year is chosen) for
//! the current results, over the whole date range.
//!
//! Each bar shows the results in its period and, behind it, the results
//! without the date filter. Click a bar to filter to it (again to undo),
//! drag across bars or Shift+click for a range. From the keyboard: arrow
//! keys, Home and End move between bars, Enter chooses, Shift+Enter
//! chooses the range from the bar where the focus was before moving with
//! Shift held (or the last bar clicked).

use leptos::ev;
use leptos::prelude::*;
use veille_core::{DateScope, Query, Results};

use super::timeline_bars::{bars, choose, undated_view, Bar, Period};
use super::timeline_dom::{bar_at, focus_bar, refocus_chosen, target_bar};
use super::timeline_input::{in_preview, tab_stop, Axis, BarInput, Choice, KeyAction};
use crate::catch_up::RestOfPage;
use crate::i18n::{I18n, Lang};
use crate::messages::fill;
use crate::search_view::SearchView;
use crate::state::use_go;

/// The timeline chart with its heading, "All years", the undated count and
/// the outliers, for the rest of the search page (`view.rest`): its query
/// and results. Until the first frame is painted (`rest.drawn`) the bars
/// and their labels are left out; their box keeps its height without them,
/// so the page can paint its first results a frame earlier and the bars
/// appear in place. While it is about to follow a search being typed
/// (`rest.behind`, see `catch_up`) or waits for the index (`rest.ready`
/// false), `aria-busy` says so to assistive technology; while it waits for
/// the index it says it is loading, never that no dated article matches. Pointer, mouse, focus and key events go through
/// [`BarInput`].
#[component]
pub fn TimelineChart(
    /// The search page's state.
    view: SearchView,
) -> impl IntoView {
    let RestOfPage {
        query,
        results,
        drawn,
        behind,
        ready,
        ..
    } = view.rest;
    let busy = move || behind.get() || !ready.get();
    let i18n = I18n::expect();
    let go = use_go();
    let scope = Memo::new(move |_| query.with(Query::date_scope));
    let bar_list: Memo<Vec<Bar>> =
        Memo::new(move |_| results.with(|r| bars(&r.timeline, scope.get())));
    let input = RwSignal::new(BarInput::default());
    // What the bars show of it: they update only when these change.
    let preview = Memo::new(move |_| input.with(BarInput::preview));
    let focus = Memo::new(move |_| input.with(BarInput::focus));
    let axis: Memo<Axis> = Memo::new(move |_| match scope.get() {
        DateScope::Years { .. } => None,
        DateScope::Months { year, .. } => Some(year),
    });
    let n = move || bar_list.with_untracked(Vec::len);

    // Chooses the bars of `choice`, as a new history entry.
    let commit = {
        let go = go.clone();
        move |choice: Option<Choice>| {
            let Some(Choice { from, to }) = choice else {
                return;
            };
            let periods =
                bar_list.with_untracked(|l| Some((l.get(from)?.period, l.get(to)?.period)));
            if let Some((a, b)) = periods {
                go(&choose(&query.get_untracked(), a, b), false);
            }
        }
    };

    let on_pointerdown = move |e: ev::PointerEvent| {
        let primary = e.button() == 0;
        let bar = primary
            .then(|| bar_at(e.client_x(), e.client_y()))
            .flatten();
        input.update(|s| s.pointer_down(primary, bar));
    };
    let on_pointermove = move |e: ev::PointerEvent| {
        if input.with_untracked(BarInput::dragging) {
            let bar = bar_at(e.client_x(), e.client_y());
            input.update(|s| s.pointer_move(bar));
        }
    };
    let on_pointerup = {
        let commit = commit.clone();
        move |_e: ev::PointerEvent| {
            let axis = axis.get_untracked();
            commit(input.try_update(|s| s.pointer_up(axis, n())).flatten());
        }
    };
    let cancel = window_event_listener(ev::pointerup, move |_| {
        input.try_update(BarInput::pointer_up_anywhere);
    });
    on_cleanup(move || cancel.remove());

    let on_click = {
        let commit = commit.clone();
        move |e: ev::MouseEvent| {
            let (axis, bar) = (axis.get_untracked(), target_bar(e.target()));
            commit(
                input
                    .try_update(|s| s.click(axis, n(), bar, e.shift_key()))
                    .flatten(),
            );
        }
    };
    let on_focusin = move |e: ev::FocusEvent| {
        let (axis, bar) = (axis.get_untracked(), target_bar(e.target()));
        input.update(|s| s.focus_in(axis, bar));
    };
    let on_keydown = {
        let commit = commit.clone();
        move |e: ev::KeyboardEvent| {
            let (axis, bar) = (axis.get_untracked(), target_bar(e.target()));
            let action = input
                .try_update(|s| s.key_down(axis, n(), bar, &e.key(), e.shift_key()))
                .unwrap_or(KeyAction::Ignore);
            match action {
                KeyAction::Ignore => {}
                KeyAction::Focus(to) => {
                    e.prevent_default();
                    focus_bar(to);
                    input.update(BarInput::focus_moved);
                }
                KeyAction::ChooseRange(choice) => {
                    e.prevent_default();
                    commit(choice);
                    refocus_chosen();
                }
                KeyAction::RefocusAfterClick => refocus_chosen(),
            }
        }
    };

    let title = move || {
        let t = i18n.t();
        match scope.get() {
            DateScope::Years { .. } => t.per_year.to_owned(),
            DateScope::Months { year, .. } => fill(t.per_month, &[&year.to_string()]),
        }
    };
    let all_years = {
        let go = go.clone();
        move |_| {
            let mut q = query.get_untracked();
            q.clear_dates();
            go(&q, false);
            // The button goes away with the month view: keep the focus in the chart.
            refocus_chosen();
        }
    };

    // The one bar in the Tab order: the focused one, else the first chosen,
    // else the latest.
    let tab_at = Memo::new(move |_| {
        bar_list.with(|list| {
            let selected_at = list.iter().position(|b| b.selected);
            tab_stop(focus.get(), axis.get(), list.len(), selected_at)
        })
    });
    // Bars are rebuilt only when the results change; focus and the drag
    // preview update attributes in place, so the focused bar stays focused.
    // The bars are built again only when the periods change (another scope,
    // another range of years); while typing, each bar's height, label and
    // state update in place.
    let periods =
        Memo::new(move |_| bar_list.with(|l| l.iter().map(|b| b.period).collect::<Vec<_>>()));
    let max = Memo::new(move |_| {
        bar_list.with(|l| {
            l.iter()
                .map(|b| b.context.max(b.count))
                .max()
                .unwrap_or(0)
                .max(1)
        })
    });
    let signals = BarSignals {
        bar_list,
        periods,
        max,
        preview,
        tab_at,
    };
    let chart = move || bar_buttons(signals, i18n);

    view! {
        <section class="timeline" aria-labelledby="timeline-title" data-testid="timeline" aria-busy=move || busy().then_some("true")>
            <div class="timeline-head">
                <h2 id="timeline-title">{title}</h2>
                <Show when=move || matches!(scope.get(), DateScope::Months { .. })>
                    <button type="button" class="link-button" data-testid="all-years" on:click=all_years.clone()>
                        {move || format!("← {}", i18n.t().all_years)}
                    </button>
                </Show>
            </div>
            <div
                class="bars"
                role="group"
                aria-labelledby="timeline-title"
                aria-describedby="timeline-help"
                on:pointerdown=on_pointerdown
                on:pointermove=on_pointermove
                on:pointerup=on_pointerup
                on:click=on_click
                on:keydown=on_keydown
                on:focusin=on_focusin
            >
                // No bars, not even a chosen year's empty months, before
                // there is an answer: they would say that nothing matches.
                {move || (drawn.get() && ready.get()).then(chart)}
                {move || {
                    (drawn.get() && ready.get() && periods.with(Vec::is_empty))
                        .then(|| {
                            view! {
                                <p class="timeline-empty" data-testid="timeline-empty">
                                    {i18n.t().timeline_empty}
                                </p>
                            }
                        })
                }}
                {move || {
                    (!ready.get())
                        .then(|| {
                            view! {
                                <p class="timeline-empty" role="status" data-testid="timeline-loading">
                                    {move || i18n.t().loading}
                                </p>
                            }
                        })
                }}
            </div>
            <div class="ticks" aria-hidden="true">
                {move || (drawn.get() && ready.get()).then(|| periods.with(|p| ticks(i18n.lang(), p)))}
            </div>
            <p id="timeline-help" class="visually-hidden">{move || i18n.t().timeline_help}</p>
            <div class="timeline-foot">
                {move || {
                    let lang = i18n.lang();
                    results.with(|r| foot(lang, &query.get_untracked(), r))
                }}
            </div>
        </section>
    }
}

/// The labels under the bars of `periods` (see [`Bar::tick`]).
fn ticks(lang: Lang, periods: &[Period]) -> Vec<impl IntoView + use<>> {
    let n = periods.len();
    periods
        .iter()
        .enumerate()
        .map(|(i, &period)| {
            let bar = Bar {
                period,
                count: 0,
                context: 0,
                selected: false,
            };
            view! { <span>{bar.tick(lang, i, n)}</span> }
        })
        .collect()
}

/// Under the chart: a link to the undated articles of `q`'s results, and to
/// each year with results outside the chart's range.
fn foot(lang: Lang, q: &Query, results: &Results) -> impl IntoView + use<> {
    let t = lang.t();
    let timeline = &results.timeline;
    let undated = timeline.undated;
    let undated_at = undated_view(q, timeline, results.page_size);
    let outlier_items = timeline
        .outliers
        .iter()
        .filter(|o| o.counts.count > 0)
        .map(|o| {
            let mut q = q.clone();
            q.select_years(o.year, o.year);
            let href = crate::state::list_href(&q);
            view! { <li><a href=href>{format!("{} ({})", o.year, lang.number(o.counts.count))}</a></li> }
        })
        .collect::<Vec<_>>();
    view! {
        {undated_at.map(|q| view! {
            <p class="undated">
                <a href=crate::state::list_href(&q) data-testid="undated">
                    {format!("{}{} {}", t.undated, lang.colon(), lang.articles(undated.context))}
                </a>
            </p>
        })}
        {(!outlier_items.is_empty()).then(|| view! {
            <div class="outliers" data-testid="outliers"><span>{t.outliers}</span><ul>{outlier_items}</ul></div>
        })}
    }
}

/// What the bars are drawn from.
#[derive(Clone, Copy)]
struct BarSignals {
    /// The bars.
    bar_list: Memo<Vec<Bar>>,
    /// Their periods: the bars are built again only when these change.
    periods: Memo<Vec<Period>>,
    /// The highest count or context of a bar, at least 1.
    max: Memo<usize>,
    /// The range previewed while dragging.
    preview: Memo<Option<(usize, usize)>>,
    /// The one bar in the Tab order.
    tab_at: Memo<usize>,
}

/// The chart's bars, one button per period; each bar's height, label and
/// state update in place.
fn bar_buttons(signals: BarSignals, i18n: I18n) -> Vec<impl IntoView + use<>> {
    let BarSignals {
        bar_list,
        periods,
        max,
        preview,
        tab_at,
    } = signals;
    periods
        .get()
        .into_iter()
        .enumerate()
        .map(|(i, period)| {
            let bar = move || bar_list.with(|l| l.get(i).cloned());
            // A period with results is never drawn flat: at least 3 px. Set
            // through the element's style object (`style:height`), which a
            // strict Content-Security-Policy allows, never as a `style`
            // attribute, which it blocks (docs/publishing.md, "CSP").
            let height = move |pick: fn(&Bar) -> usize| {
                move || match bar().map(|b| pick(&b)).unwrap_or(0) {
                    0 => "0".to_owned(),
                    v => format!("max(3px, {:.1}%)", v as f64 * 100.0 / max.get() as f64),
                }
            };
            let selected = move || bar().is_some_and(|b| b.selected);
            let describe = move || bar().map(|b| b.describe(i18n.lang())).unwrap_or_default();
            let previewed = move || in_preview(preview.get(), i);
            let month = matches!(period, Period::Month(..));
            view! {
                <button
                    type="button"
                    class="bar"
                    class:selected=selected
                    class:preview=previewed
                    class:empty=move || bar().is_none_or(|b| b.count == 0)
                    class:month=month
                    data-index=i
                    data-testid="timeline-bar"
                    tabindex=move || if tab_at.get() == i { "0" } else { "-1" }
                    aria-pressed=move || selected().to_string()
                    aria-label=describe
                    title=describe
                >
                    <span class="bar-track" aria-hidden="true">
                        <span class="bar-context" style:height=height(|b| b.context)></span>
                        <span class="bar-count" style:height=height(|b| b.count)></span>
                    </span>
                </button>
            }
        })
        .collect::<Vec<_>>()
}
