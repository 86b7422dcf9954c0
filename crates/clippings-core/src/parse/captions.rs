//! Photo captions: a unit that ends with a photo credit, `... on May 19, 2016. (AFP photo)`.

use crate::article::Caption;

// Longest first, so that "Reuters file photo" credits Reuters.
const PICTURE_WORDS: [&str; 6] = [
    "file photo",
    "photograph",
    "picture",
    "photos",
    "photo",
    "image",
];
const MAX_CREDIT_LEN: usize = 60;

/// The caption that `unit` is, if it carries a photo credit.
pub fn parse_caption(unit: &str) -> Option<Caption> {
    let trimmed = unit.trim_end();
    if let Some(inner_end) = trimmed.strip_suffix(')').map(str::len) {
        let open = trimmed[..inner_end].rfind('(')?;
        let credit = credit_from(&trimmed[open + 1..inner_end])?;
        let text = trimmed[..open].trim_end().to_owned();
        return Some(Caption {
            text,
            credit: Some(credit),
        });
    }
    // `Photo: AFP` / `Picture: Getty Images` ending the unit.
    for label in ["Photo: ", "Picture: ", "Image: ", "Photograph: "] {
        if let Some(at) = trimmed.rfind(label) {
            let credit = trimmed[at + label.len()..].trim();
            if (1..=MAX_CREDIT_LEN).contains(&credit.len()) && !credit.contains(". ") {
                let text = trimmed[..at]
                    .trim_end()
                    .trim_end_matches(['|', '-', '\u{2014}'])
                    .trim_end()
                    .to_owned();
                return Some(Caption {
                    text,
                    credit: Some(credit.trim_end_matches('.').to_owned()),
                });
            }
        }
    }
    None
}

/// `AFP photo` → AFP; `Photo by Jane Doe` / `Photo: Reuters` → the name; `file photo` → no credit.
fn credit_from(inner: &str) -> Option<String> {
    let inner = inner.trim();
    if inner.len() > MAX_CREDIT_LEN {
        return None;
    }
    let lower = inner.to_lowercase();
    for word in PICTURE_WORDS {
        for lead in [
            format!("{word} by "),
            format!("{word}: "),
            format!("{word} courtesy of "),
        ] {
            if lower.starts_with(&lead) {
                return Some(inner[lead.len()..].trim().to_owned()).filter(|c| !c.is_empty());
            }
        }
        if let Some(name) = lower.strip_suffix(word).map(|n| inner[..n.len()].trim()) {
            if !name.is_empty() && name.chars().next().is_some_and(char::is_uppercase) {
                return Some(name.trim_end_matches(['/', ',']).trim().to_owned());
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agency_photo_credit() {
        let c = parse_caption(
            "Jens Stoltenberg (L) walks with John Kerry on May 19, 2016. (AFP photo)",
        )
        .unwrap();
        assert_eq!(
            c.text,
            "Jens Stoltenberg (L) walks with John Kerry on May 19, 2016."
        );
        assert_eq!(c.credit.as_deref(), Some("AFP"));
    }

    #[test]
    fn other_credit_forms() {
        assert_eq!(
            parse_caption("Fans cheer. (Photo by Jane Doe)")
                .unwrap()
                .credit
                .as_deref(),
            Some("Jane Doe")
        );
        assert_eq!(
            parse_caption("Fans cheer. (Reuters file photo)")
                .unwrap()
                .credit
                .as_deref(),
            Some("Reuters")
        );
        assert_eq!(
            parse_caption("Fans cheer in Rome. Photo: Getty Images")
                .unwrap()
                .credit
                .as_deref(),
            Some("Getty Images")
        );
    }

    #[test]
    fn ordinary_paragraphs_are_not_captions() {
        assert_eq!(parse_caption("Profits at the firm rose (up 5%)."), None);
        assert_eq!(parse_caption("It bought a photo (a rare one)"), None);
        assert_eq!(parse_caption("Sales of the camera (photo) rose"), None);
    }
}
