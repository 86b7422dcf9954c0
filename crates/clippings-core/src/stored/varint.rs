//! LEB128 variable-length integers: seven bits a byte, low bits first, the high bit set on every
//! byte but the last. Small numbers (the gaps between articles in a posting list, the counts, the
//! ids of common words) take one byte.

/// Appends `value` to `out`.
pub fn write(out: &mut Vec<u8>, mut value: u32) {
    while value >= 0x80 {
        out.push((value as u8) | 0x80);
        value >>= 7;
    }
    out.push(value as u8);
}

/// The number at the start of `bytes` and what follows it; `None` when `bytes` ends inside it or
/// it does not fit in 32 bits (a damaged layout, never one this crate wrote).
pub fn read(bytes: &[u8]) -> Option<(u32, &[u8])> {
    let mut value: u32 = 0;
    for (i, &byte) in bytes.iter().enumerate().take(5) {
        let bits = u32::from(byte & 0x7f);
        if i == 4 && bits > 0x0f {
            return None;
        }
        value |= bits << (7 * i);
        if byte & 0x80 == 0 {
            return Some((value, &bytes[i + 1..]));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn every_number_reads_back_as_written(values in proptest::collection::vec(any::<u32>(), 0..50)) {
            let mut out = Vec::new();
            for &v in &values {
                write(&mut out, v);
            }
            let mut rest = out.as_slice();
            for &v in &values {
                let (read_back, after) = read(rest).expect("written whole");
                prop_assert_eq!(read_back, v);
                rest = after;
            }
            prop_assert!(rest.is_empty());
        }
    }

    #[test]
    fn small_numbers_take_one_byte_and_the_largest_five() {
        let mut out = Vec::new();
        write(&mut out, 127);
        assert_eq!(out.len(), 1);
        out.clear();
        write(&mut out, u32::MAX);
        assert_eq!(out.len(), 5);
    }

    #[test]
    fn a_number_cut_short_or_too_long_is_not_read() {
        assert_eq!(read(&[0x80]), None);
        assert_eq!(read(&[0xff, 0xff, 0xff, 0xff, 0x7f]), None);
    }
}
