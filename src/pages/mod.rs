//! One component per route.

mod article;
mod home;
mod not_found;

pub use article::ArticlePage;
pub use home::HomePage;
pub use not_found::NotFound;
