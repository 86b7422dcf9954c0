//! One page per view of the explorer (the view in the route picks it); the pieces they are
//! made of are in `components`.

mod collection;
mod compare;
mod people;
mod search;

pub use collection::CollectionPage;
pub use compare::ComparePage;
pub use people::PeoplePage;
pub use search::SearchPage;
