//! The timeline's state machine, [`BarInput`]: which bar has the keyboard
//! focus, where a range starts, the range previewed while dragging.
//!
//! Click a bar to choose it (again to undo), drag across bars or
//! Shift+click for a range. From the keyboard: arrow keys, Home and End
//! move between bars, Enter chooses, Shift+Enter chooses the range from the
//! bar where the focus was before moving with Shift held (or the last bar
//! clicked). The chart's component (`TimelineChart`) turns pointer, mouse,
//! focus and key events into calls on bar indexes and carries out what they
//! return: a [`Choice`] to turn into a query, a bar to focus.

/// The axis the bars stand on: `None` for the years, `Some(y)` for the
/// months of year `y`. A bar index of another axis is another period.
pub type Axis = Option<i32>;

/// The bars from `from` to `to` (one bar when equal) to choose.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Choice {
    /// Where the range starts.
    pub from: usize,
    /// Where it ends: the bar clicked, released on or focused.
    pub to: usize,
}

/// What the chart does after a key press on a bar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyAction {
    /// Not a key of the chart: leave it to the browser.
    Ignore,
    /// Move the keyboard focus to this bar (the key's default prevented);
    /// call [`BarInput::focus_moved`] once it has moved.
    Focus(usize),
    /// Shift+Enter or Shift+Space: choose the range, if its bars exist
    /// (the key's default prevented), then focus the chosen bar once the
    /// chart is redrawn.
    ChooseRange(Option<Choice>),
    /// Enter or Space: the click that follows chooses the bar; then the bars
    /// are rebuilt, and the keyboard focus must stay in them.
    RefocusAfterClick,
}

/// The chart's interaction state.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BarInput {
    /// The bar where a range starts (Shift+click, Shift+Enter), on its axis.
    anchor: Option<(Axis, usize)>,
    /// The range previewed while dragging: the bar pressed and the bar
    /// under the pointer.
    preview: Option<(usize, usize)>,
    /// Whether a drag is on (the primary button pressed on a bar).
    dragging: bool,
    /// Whether the click that ends a drag across bars is to be ignored (the
    /// drag chose the range).
    suppress_click: bool,
    /// The bar with the keyboard focus, on its axis.
    focus: Option<(Axis, usize)>,
    /// Whether the focus is moving with Shift held: it does not move the
    /// range's start.
    extending: bool,
}

impl BarInput {
    /// The range previewed while dragging, if any.
    pub fn preview(&self) -> Option<(usize, usize)> {
        self.preview
    }

    /// The bar with the keyboard focus, on its axis.
    pub fn focus(&self) -> Option<(Axis, usize)> {
        self.focus
    }

    /// Whether a drag is on: only then does moving the pointer matter.
    pub fn dragging(&self) -> bool {
        self.dragging
    }

    /// Where a range starts on `axis`, if there.
    fn anchor_on(&self, axis: Axis) -> Option<usize> {
        self.anchor.filter(|(a, _)| *a == axis).map(|(_, i)| i)
    }

    /// Chooses the bars `from` to `to` among `n` bars, if they exist: the
    /// range's next start is `from`.
    fn choose(&mut self, axis: Axis, n: usize, from: usize, to: usize) -> Option<Choice> {
        if from >= n || to >= n {
            return None;
        }
        self.anchor = Some((axis, from));
        Some(Choice { from, to })
    }

    /// A button pressed on the chart, on bar `bar` if any: the primary
    /// button on a bar starts a drag.
    pub fn pointer_down(&mut self, primary: bool, bar: Option<usize>) {
        self.suppress_click = false;
        if !primary {
            return;
        }
        if let Some(i) = bar {
            self.dragging = true;
            self.preview = Some((i, i));
        }
    }

    /// The pointer moved over the chart, to bar `bar` if any: a drag
    /// previews the range to it.
    pub fn pointer_move(&mut self, bar: Option<usize>) {
        if !self.dragging {
            return;
        }
        if let (Some(i), Some((a, _))) = (bar, self.preview) {
            self.preview = Some((a, i));
        }
    }

    /// The button released over the chart (`n` bars on `axis`): a drag
    /// across bars chooses them, and the click that follows is ignored.
    pub fn pointer_up(&mut self, axis: Axis, n: usize) -> Option<Choice> {
        if !self.dragging {
            return None;
        }
        self.dragging = false;
        let (a, b) = self.preview.take()?;
        if a == b {
            return None;
        }
        self.suppress_click = true;
        self.choose(axis, n, a, b)
    }

    /// The button released anywhere (after [`BarInput::pointer_up`] when
    /// over the chart): a drag ends without choosing.
    pub fn pointer_up_anywhere(&mut self) {
        self.dragging = false;
        self.preview = None;
    }

    /// A click on the chart (`n` bars on `axis`), on bar `bar` if any:
    /// chooses it, or the range from where one starts with Shift held. The
    /// click that ends a drag is ignored.
    pub fn click(
        &mut self,
        axis: Axis,
        n: usize,
        bar: Option<usize>,
        shift: bool,
    ) -> Option<Choice> {
        if self.suppress_click {
            self.suppress_click = false;
            return None;
        }
        let i = bar?;
        let from = if shift {
            self.anchor_on(axis).unwrap_or(i)
        } else {
            i
        };
        self.focus = Some((axis, i));
        self.choose(axis, n, from, i)
    }

    /// Bar `bar` (if it is one) got the keyboard focus: reached without
    /// Shift held, it becomes where a range starts.
    pub fn focus_in(&mut self, axis: Axis, bar: Option<usize>) {
        if let (Some(i), false) = (bar, self.extending) {
            self.anchor = Some((axis, i));
        }
    }

    /// `key` pressed on bar `bar` (if it is one) among `n` bars on `axis`.
    pub fn key_down(
        &mut self,
        axis: Axis,
        n: usize,
        bar: Option<usize>,
        key: &str,
        shift: bool,
    ) -> KeyAction {
        let Some(i) = bar else {
            return KeyAction::Ignore;
        };
        let last = n.saturating_sub(1);
        let to = match key {
            "ArrowLeft" | "ArrowDown" => i.saturating_sub(1),
            "ArrowRight" | "ArrowUp" => (i + 1).min(last),
            "Home" => 0,
            "End" => last,
            "Enter" | " " if shift => {
                let from = self.anchor_on(axis).unwrap_or(i);
                return KeyAction::ChooseRange(self.choose(axis, n, from, i));
            }
            "Enter" | " " => return KeyAction::RefocusAfterClick,
            _ => return KeyAction::Ignore,
        };
        self.focus = Some((axis, to));
        self.extending = shift;
        KeyAction::Focus(to)
    }

    /// The focus moved as [`KeyAction::Focus`] said.
    pub fn focus_moved(&mut self) {
        self.extending = false;
    }
}

/// Whether bar `i` is in the range `preview` (either way round).
pub fn in_preview(preview: Option<(usize, usize)>, i: usize) -> bool {
    preview.is_some_and(|(a, b)| (a.min(b)..=a.max(b)).contains(&i))
}

/// The one bar of `n` in the Tab order: the focused one (`focus`, if on
/// `axis`), else the first chosen (`selected_at`), else the latest.
pub fn tab_stop(
    focus: Option<(Axis, usize)>,
    axis: Axis,
    n: usize,
    selected_at: Option<usize>,
) -> usize {
    focus
        .filter(|&(a, i)| a == axis && i < n)
        .map(|(_, i)| i)
        .or(selected_at)
        .unwrap_or(n.saturating_sub(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    const YEARS: Axis = None;
    const MONTHS_2023: Axis = Some(2023);

    fn choice(from: usize, to: usize) -> Option<Choice> {
        Some(Choice { from, to })
    }

    #[test]
    fn a_click_chooses_its_bar_and_shift_click_the_range_from_the_last_one_clicked() {
        let mut bars = BarInput::default();
        assert_eq!(bars.click(YEARS, 10, Some(3), false), choice(3, 3));
        assert_eq!(bars.focus(), Some((YEARS, 3)));
        assert_eq!(bars.click(YEARS, 10, Some(7), true), choice(3, 7));
        assert_eq!(bars.click(YEARS, 10, None, false), None);
        // A start on another axis is another period: ignored.
        assert_eq!(bars.click(MONTHS_2023, 12, Some(5), true), choice(5, 5));
        // A bar that is not there (the chart was redrawn) chooses nothing.
        assert_eq!(bars.click(YEARS, 4, Some(6), false), None);
    }

    #[test]
    fn a_drag_across_bars_previews_then_chooses_the_range_and_swallows_its_click() {
        let mut bars = BarInput::default();
        bars.pointer_down(true, Some(2));
        assert_eq!(bars.preview(), Some((2, 2)));
        bars.pointer_move(None);
        bars.pointer_move(Some(5));
        assert_eq!(bars.preview(), Some((2, 5)));
        assert!(in_preview(bars.preview(), 4));
        assert!(!in_preview(bars.preview(), 6));
        assert_eq!(bars.pointer_up(YEARS, 10), choice(2, 5));
        bars.pointer_up_anywhere();
        assert_eq!(bars.preview(), None);
        assert_eq!(
            bars.click(YEARS, 10, Some(5), false),
            None,
            "the drag's click"
        );
        assert_eq!(bars.click(YEARS, 10, Some(5), false), choice(5, 5));
        // The range's start is where the drag started.
        assert_eq!(bars.click(YEARS, 10, Some(8), true), choice(5, 8));
    }

    #[test]
    fn a_press_and_release_on_one_bar_leaves_the_choice_to_its_click() {
        let mut bars = BarInput::default();
        bars.pointer_down(true, Some(4));
        assert_eq!(bars.pointer_up(YEARS, 10), None);
        assert_eq!(bars.click(YEARS, 10, Some(4), false), choice(4, 4));
        // Another button, or a release elsewhere, does not drag.
        bars.pointer_down(false, Some(1));
        bars.pointer_move(Some(3));
        assert_eq!(bars.preview(), None);
        bars.pointer_down(true, Some(1));
        bars.pointer_move(Some(3));
        bars.pointer_up_anywhere();
        assert_eq!(bars.preview(), None);
        assert_eq!(bars.pointer_up(YEARS, 10), None);
    }

    #[test]
    fn keys_move_the_focus_between_bars_and_shift_enter_chooses_the_range_from_where_it_was() {
        let mut bars = BarInput::default();
        bars.focus_in(YEARS, Some(4));
        assert_eq!(
            bars.key_down(YEARS, 10, Some(4), "ArrowLeft", false),
            KeyAction::Focus(3)
        );
        bars.focus_in(YEARS, Some(3));
        bars.focus_moved();
        assert_eq!(bars.focus(), Some((YEARS, 3)));
        // With Shift held, the focus moves but the range still starts at 3.
        assert_eq!(
            bars.key_down(YEARS, 10, Some(3), "ArrowRight", true),
            KeyAction::Focus(4)
        );
        bars.focus_in(YEARS, Some(4));
        bars.focus_moved();
        assert_eq!(
            bars.key_down(YEARS, 10, Some(4), "End", true),
            KeyAction::Focus(9)
        );
        bars.focus_in(YEARS, Some(9));
        bars.focus_moved();
        assert_eq!(
            bars.key_down(YEARS, 10, Some(9), "Enter", true),
            KeyAction::ChooseRange(choice(3, 9))
        );
        assert_eq!(
            bars.key_down(YEARS, 10, Some(0), "Home", false),
            KeyAction::Focus(0)
        );
        assert_eq!(
            bars.key_down(YEARS, 10, Some(0), "ArrowDown", false),
            KeyAction::Focus(0)
        );
        assert_eq!(
            bars.key_down(YEARS, 10, Some(9), "ArrowUp", false),
            KeyAction::Focus(9)
        );
        assert_eq!(
            bars.key_down(YEARS, 10, Some(2), " ", false),
            KeyAction::RefocusAfterClick
        );
        assert_eq!(
            bars.key_down(YEARS, 10, Some(2), "a", false),
            KeyAction::Ignore
        );
        assert_eq!(
            bars.key_down(YEARS, 10, None, "Enter", false),
            KeyAction::Ignore
        );
    }

    #[test]
    fn the_tab_stop_is_the_focused_bar_else_the_first_chosen_else_the_latest() {
        assert_eq!(tab_stop(Some((YEARS, 2)), YEARS, 10, Some(5)), 2);
        assert_eq!(tab_stop(Some((MONTHS_2023, 2)), YEARS, 10, Some(5)), 5);
        assert_eq!(tab_stop(Some((YEARS, 12)), YEARS, 10, None), 9);
        assert_eq!(tab_stop(None, YEARS, 0, None), 0);
    }
}
