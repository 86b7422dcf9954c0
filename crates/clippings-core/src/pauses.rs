//! Long work that gives its caller turns. The page's Wasm has one thread, and understanding a
//! large article is most of a second of it (a 5 MB article: ~0.7 s natively, ~0.9 s in the
//! page), during which the page could neither draw nor answer input. So parsing and
//! understanding are written once, as work that pauses between pieces of a few thousand
//! characters or words; the page resumes it in later tasks, everyone else ([`AtOnce`]) runs it
//! straight through. The pauses only give turns: the article is the same either way.

use std::future::Future;
use std::pin::pin;
use std::task::{Context, Poll, Waker};

/// Where long work may stop for a while: the work awaits [`Pauses::pause`] between its pieces
/// (every [`PIECE`] characters, tokens or words, and between paragraphs), and goes on when the
/// future is ready.
pub trait Pauses {
    /// Ready at once to go on now, or pending while the caller has its turn.
    fn pause(&mut self) -> impl Future<Output = ()>;
}

/// Work run straight through, every pause ready at once.
#[derive(Clone, Copy, Debug, Default)]
pub struct AtOnce;

impl Pauses for AtOnce {
    fn pause(&mut self) -> impl Future<Output = ()> {
        std::future::ready(())
    }
}

/// How many characters, tokens or words go between two pauses inside one text: tenths of a
/// millisecond of work, so that a caller that takes its turn every few tens of milliseconds
/// (the page) is never kept long past it.
pub(crate) const PIECE: usize = 1 << 12;

/// Whether a loop over one text's units, at unit `i`, has finished a piece.
pub(crate) fn piece_ends(i: usize) -> bool {
    i > 0 && i.is_multiple_of(PIECE)
}

/// The end of work run with [`AtOnce`]: it never waits, so one poll finishes it.
pub(crate) fn at_once<T>(work: impl Future<Output = T>) -> T {
    match pin!(work).poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(done) => done,
        Poll::Pending => unreachable!("work whose every pause is ready at once never waits"),
    }
}

/// Work driven as the page drives it: every pause keeps the work waiting once, and the work is
/// polled again until it is done; gives its result and how many times it waited.
#[cfg(test)]
pub(crate) fn resumed_until_done<T>(work: impl Future<Output = T>) -> (T, usize) {
    let mut work = pin!(work);
    let mut context = Context::from_waker(Waker::noop());
    let mut waits = 0;
    loop {
        match work.as_mut().poll(&mut context) {
            Poll::Ready(done) => return (done, waits),
            Poll::Pending => waits += 1,
        }
    }
}

/// Pauses that each keep the work waiting once, as the page's do when its step has run its time.
#[cfg(test)]
#[derive(Default)]
pub(crate) struct EveryPauseWaits;

#[cfg(test)]
impl Pauses for EveryPauseWaits {
    fn pause(&mut self) -> impl Future<Output = ()> {
        let mut waited = false;
        std::future::poll_fn(move |_| {
            if std::mem::replace(&mut waited, true) {
                Poll::Ready(())
            } else {
                Poll::Pending
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{parse, Article, Corpus};

    /// `added` joined to `collection` a step at a time, each step driven as the page drives it:
    /// the grown collection, and how many times the steps waited at a pause.
    fn added_pausing(collection: &Corpus, added: Vec<Article>) -> (Corpus, usize) {
        let mut adding = collection.adding(added);
        let mut waits = 0;
        loop {
            let (grown, waited) = resumed_until_done(adding.step_pausing(&mut EveryPauseWaits));
            waits += waited;
            if let Some(grown) = grown {
                return (grown, waits);
            }
        }
    }

    #[test]
    fn a_long_article_added_pauses_while_it_is_read_again_and_counted_and_joins_as_at_once() {
        // The collection proves "Zorbek" a first name (a title before it), so each added
        // article's words are looked through for it. The first long article never uses it:
        // its pauses are that look (its words), then the counting's (its words found and
        // folded, then counted). The second uses it at its very end: it is also understood
        // again, pausing as its parse did.
        let collection = Corpus::from_texts([(
            "talks",
            "Talks resume\n\nPresident Zorbek Tamarin met the press on Monday.",
        )]);
        let filler = "The harbour board met again to weigh the plan. ".repeat(3_000);
        let plain = parse("added/plain", &format!("Harbour plan\n\n{filler}"));
        let naming = parse(
            "added/naming",
            &format!("Harbour plan\n\n{filler}\n\nThe plan now waits for Zorbek Ulanov."),
        );
        let pieces = plain.word_count as usize / PIECE;
        assert!(pieces >= 5, "{pieces} pieces of words");
        let (grown, plain_waits) = added_pausing(&collection, vec![plain.clone()]);
        assert_eq!(
            grown.to_bytes(),
            collection.with_added(vec![plain]).to_bytes()
        );
        assert!(
            plain_waits + 3 >= 3 * pieces,
            "{plain_waits} pauses looking through and counting {pieces} pieces of words"
        );
        let (grown, waits) = added_pausing(&collection, vec![naming.clone()]);
        assert_eq!(
            grown.to_bytes(),
            collection.with_added(vec![naming]).to_bytes()
        );
        let people = &grown.article("added/naming").unwrap().entities.people;
        assert!(
            people.iter().any(|p| &*p.name == "Zorbek Ulanov"),
            "{people:?}"
        );
        assert!(
            waits >= plain_waits + pieces,
            "{waits} pauses understanding again too, {plain_waits} without"
        );
    }
}
