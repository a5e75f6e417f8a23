//! Reusable pieces of the pages. Each wires signals to logic that lives on
//! plain types in `veille-core` (or in a plain function next to it).

mod active_filters;
mod article_nav;
mod article_view;
mod citation;
mod facet_group;
pub mod fold;
mod highlighted;
mod list_tools;
mod load_error;
mod loaded;
mod pager;
mod related_list;
mod result_list;
mod search_box;
pub mod search_input;
mod settings;
mod share_button;
mod sort_control;
mod tag_links;
mod timeline;
pub mod timeline_bars;
mod timeline_dom;
pub mod timeline_input;

pub use active_filters::{chip_label, ActiveFilters};
pub use article_nav::{ArticleNav, NavPhase, Place};
pub use article_view::ArticleView;
pub use citation::{record_of, Citation};
pub use facet_group::{visible_values, FacetGroup, SHORT_LIST};
pub use highlighted::{highlighted, pieces, runs, Highlighted};
pub use list_tools::{feed_of, ListTools};
pub use load_error::LoadErrorView;
pub use loaded::{Loaded, Skeleton};
pub use pager::{page_window, Pager};
pub use related_list::RelatedList;
pub use result_list::{ResultList, THUMBNAILS_AFTER_TYPING_MS};
pub use search_box::{SearchBox, SEARCH_INPUT_ID};
pub use settings::Settings;
pub use share_button::ShareButton;
pub use sort_control::SortControl;
pub use tag_links::{TagLinks, TopicLinks};
pub use timeline::TimelineChart;
