//! The explorer's components, one per file with its props beside it.

mod adding_files;
mod annotated_text;
mod app;
mod empty_collection;
mod events;
mod facet_panel;
mod import_button;
mod import_notice;
mod keyboard;
mod marked_text;
mod reader;
mod related_articles;
mod result_count;
mod result_item;
mod result_list;
mod search_box;
mod sort_control;
mod suggestion;
mod update_notice;
mod who_said_what;

pub use adding_files::{AddingFiles, AddingFilesProps};
pub use annotated_text::{AnnotatedText, AnnotatedTextProps};
pub use app::App;
pub use empty_collection::EmptyCollection;
pub use facet_panel::{FacetPanel, FacetPanelProps};
pub use import_button::{ImportButton, ImportButtonProps};
pub use import_notice::{ImportNotice, ImportNoticeProps};
pub use marked_text::MarkedText;
pub use reader::{Reader, ReaderProps};
pub use related_articles::{RelatedArticles, RelatedArticlesProps};
pub use result_count::{ResultCount, ResultCountProps};
pub use result_item::{ResultItem, ResultItemProps};
pub use result_list::{ResultList, ResultListProps};
pub use search_box::{SearchBox, SearchBoxProps};
pub use sort_control::{SortControl, SortControlProps};
pub use suggestion::{Suggestion, SuggestionProps};
pub use update_notice::{UpdateNotice, UpdateNoticeProps};
pub use who_said_what::{WhoSaidWhat, WhoSaidWhatProps};

mod added_articles;
pub use added_articles::{AddedArticles, AddedArticlesProps};
