//! A table of many short strings in one buffer: the index's terms, words and names.

use std::ops::Index;

/// Strings one after the other in one buffer, each found by where it ends. The index's
/// vocabulary and names are tens of thousands of strings of a few bytes each: held as a
/// `String` each, every one cost a header and a heap block of its own, several times its
/// bytes; here it costs its bytes and four more. BBC's terms, words and names (with the
/// articles' name ids) took 3.1 MB of heap natively as strings, 1.5 MB as tables.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Strings {
    text: String,
    /// Where each string ends in `text`.
    ends: Vec<u32>,
}

impl Strings {
    /// An empty table with room for `strings` strings of `bytes` bytes in all.
    pub fn with_capacity((strings, bytes): (usize, usize)) -> Strings {
        Strings {
            text: String::with_capacity(bytes),
            ends: Vec::with_capacity(strings),
        }
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// # Panics
    /// When the table holds more than 4 GiB of text, which a page's memory could not hold.
    pub fn push(&mut self, string: &str) {
        self.text.push_str(string);
        let end = u32::try_from(self.text.len()).expect("a table of strings under 4 GiB");
        self.ends.push(end);
    }

    pub fn last(&self) -> Option<&str> {
        self.len().checked_sub(1).map(|last| &self[last])
    }

    pub fn iter(&self) -> Iter<'_> {
        Iter {
            text: &self.text,
            start: 0,
            ends: self.ends.iter(),
        }
    }

    /// For a table in ascending order, as the index's are: where `string` is, or where it would go.
    pub fn binary_search(&self, string: &str) -> Result<usize, usize> {
        let (mut low, mut high) = (0, self.len());
        while low < high {
            let middle = low + (high - low) / 2;
            match self[middle].cmp(string) {
                std::cmp::Ordering::Less => low = middle + 1,
                std::cmp::Ordering::Greater => high = middle,
                std::cmp::Ordering::Equal => return Ok(middle),
            }
        }
        Err(low)
    }

    /// For a table in ascending order: how many strings, from the first, are below `string`.
    pub fn count_below(&self, string: &str) -> usize {
        self.binary_search(string).unwrap_or_else(|at| at)
    }
}

impl Index<usize> for Strings {
    type Output = str;

    #[inline]
    fn index(&self, i: usize) -> &str {
        let start = i
            .checked_sub(1)
            .map_or(0, |before| self.ends[before] as usize);
        &self.text[start..self.ends[i] as usize]
    }
}

/// The strings of a [`Strings`] in order: each starts where the one before ended.
#[derive(Clone)]
pub struct Iter<'a> {
    text: &'a str,
    start: usize,
    ends: std::slice::Iter<'a, u32>,
}

impl<'a> Iterator for Iter<'a> {
    type Item = &'a str;

    #[inline]
    fn next(&mut self) -> Option<&'a str> {
        let end = *self.ends.next()? as usize;
        let string = &self.text[self.start..end];
        self.start = end;
        Some(string)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.ends.size_hint()
    }
}

impl ExactSizeIterator for Iter<'_> {}

impl<'a> FromIterator<&'a str> for Strings {
    fn from_iter<I: IntoIterator<Item = &'a str>>(strings: I) -> Strings {
        let mut table = Strings::default();
        strings.into_iter().for_each(|string| table.push(string));
        table
    }
}

#[cfg(test)]
impl Strings {
    /// Whether the table takes no more room than its strings need.
    pub(crate) fn is_tight(&self) -> bool {
        self.text.capacity() == self.text.len() && self.ends.capacity() == self.ends.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_table_of_strings_gives_back_each_as_pushed_and_finds_them_in_order() {
        let table: Strings = ["", "ferry", "harbour", "harbours", "ünïcode"]
            .into_iter()
            .collect();
        assert_eq!(table.len(), 5);
        assert_eq!(
            table.iter().collect::<Vec<_>>(),
            ["", "ferry", "harbour", "harbours", "ünïcode"]
        );
        assert_eq!(&table[3], "harbours");
        assert_eq!(table.last(), Some("ünïcode"));
        assert_eq!(table.binary_search("harbour"), Ok(2));
        assert_eq!(table.binary_search("harb"), Err(2));
        assert_eq!(table.binary_search(""), Ok(0));
        assert_eq!(
            table.binary_search("zebra"),
            Err(4),
            "in byte order, before ü"
        );
        assert_eq!(table.binary_search("ÿ"), Err(5));
        assert_eq!(table.count_below("harbours"), 3);
        assert_eq!(Strings::default().len(), 0);
        assert_eq!(Strings::default().last(), None);
    }
}
