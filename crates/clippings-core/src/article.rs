//! The shape of an understood article, as CONTRACT.md gives it to JavaScript.

use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::sync::Arc;

/// A run of an article's own text (its headline, a paragraph, a quote, a keyword): borrowed from the collection's bytes
/// when they live as long as the program does (the collection the page embeds, read with
/// `Corpus::from_static_bytes`), so that the page holds the text once, not once in its data
/// and again on its heap; owned when parsed or read from bytes that go away.
pub type Text = Cow<'static, str>;

/// A name an article gives (a person, place or organisation; a quote's speaker), shared: read
/// from a collection's bytes, every mention of one name holds the one copy of it, not a string
/// of its own (BBC's articles mention names some 75,000 times). Written in JSON as a string.
pub type Name = Arc<str>;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Article {
    pub id: String,
    pub headline: Text,
    pub source: Option<String>,
    pub dateline: Option<Dateline>,
    pub published: Option<String>,
    pub credits: Vec<Credit>,
    pub captions: Vec<Caption>,
    pub paragraphs: Vec<Text>,
    pub boilerplate: Vec<String>,
    pub quotes: Vec<Quote>,
    pub entities: Entities,
    /// Where the entities are named in the body, for marking them (added to CONTRACT.md's shape).
    #[serde(default)]
    pub mentions: Vec<EntityMention>,
    pub dates: Vec<DateMention>,
    pub keywords: Vec<Text>,
    pub language: String,
    pub word_count: u32,
    pub reading_minutes: u32,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dateline {
    pub place: String,
    pub agency: Option<String>,
    /// The state, province or country written after the place, as what it names: `COMMACK,
    /// N.Y.` gives "New York", `BEIRUT, Lebanon` "Lebanon" (added to CONTRACT.md's shape).
    #[serde(default)]
    pub region: Option<String>,
    /// The country the place is in, when the dateline says so: "United States" for a US state,
    /// or the country named (added to CONTRACT.md's shape).
    #[serde(default)]
    pub country: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Credit {
    /// Lower case: "reporting", "editing", "additional reporting", "writing", "byline".
    pub role: String,
    pub name: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Caption {
    pub text: String,
    pub credit: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    pub text: Text,
    pub speaker: Option<Name>,
    pub paragraph: u32,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entities {
    pub people: Vec<EntityCount>,
    pub places: Vec<EntityCount>,
    pub organizations: Vec<EntityCount>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntityCount {
    pub name: Name,
    pub mentions: u32,
}

/// A name in a paragraph: `start..end` in characters (Unicode code points) of that paragraph.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntityMention {
    pub paragraph: u32,
    pub start: u32,
    pub end: u32,
    pub kind: EntityKind,
    /// The canonical name, as in `entities`.
    pub name: Name,
}

/// What a name names. Written in JSON as "person", "place" or "organization".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Person,
    Place,
    Organization,
}

impl EntityKind {
    pub const ALL: [EntityKind; 3] = [
        EntityKind::Person,
        EntityKind::Place,
        EntityKind::Organization,
    ];

    /// The name JSON and the query language's filters use: `person`, `place`, `organization`.
    pub fn name(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Place => "place",
            EntityKind::Organization => "organization",
        }
    }

    /// The name a reader sees, in British English as the page is written.
    pub fn label(self) -> &'static str {
        match self {
            EntityKind::Person => "Person",
            EntityKind::Place => "Place",
            EntityKind::Organization => "Organisation",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateMention {
    pub text: String,
    pub date: Option<String>,
}

/// The short form of an article that `clippings.articles()` lists.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleSummary {
    pub id: String,
    pub headline: String,
    pub source: Option<String>,
    pub published: Option<String>,
}

impl Article {
    /// The folder the article's file lies in within the collection (`sport` for
    /// `sport/199`), the sections of a collection laid out in folders; `None` at the top.
    pub fn folder(&self) -> Option<&str> {
        self.id
            .rsplit_once('/')
            .map(|(folder, _)| folder)
            .filter(|f| !f.is_empty())
    }

    pub fn summary(&self) -> ArticleSummary {
        ArticleSummary {
            id: self.id.clone(),
            headline: self.headline.to_string(),
            source: self.source.clone(),
            published: self.published.clone(),
        }
    }
}
