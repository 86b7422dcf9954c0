//! The article's language, by whatlang's trigram profiles: small, pure Rust, no model to load.

use crate::article::Article;
use crate::text::floor_char_boundary;

/// Enough text for a sure answer; more only costs time.
const SAMPLE_BYTES: usize = 4_000;

/// ISO 639-1 code of the article's language, or "" when there is too little text to tell.
pub fn detect(article: &Article) -> String {
    let mut sample = article.headline.to_string();
    for p in &article.paragraphs {
        if sample.len() >= SAMPLE_BYTES {
            break;
        }
        sample.push('\n');
        sample.push_str(p);
    }
    let cut = floor_char_boundary(&sample, SAMPLE_BYTES);
    whatlang::detect(&sample[..cut])
        .map(|info| iso_639_1(info.lang()).to_owned())
        .unwrap_or_default()
}

fn iso_639_1(lang: whatlang::Lang) -> &'static str {
    use whatlang::Lang::*;
    match lang {
        Epo => "eo",
        Eng => "en",
        Rus => "ru",
        Cmn => "zh",
        Spa => "es",
        Por => "pt",
        Ita => "it",
        Ben => "bn",
        Fra => "fr",
        Deu => "de",
        Ukr => "uk",
        Kat => "ka",
        Ara => "ar",
        Hin => "hi",
        Jpn => "ja",
        Heb => "he",
        Yid => "yi",
        Pol => "pl",
        Amh => "am",
        Jav => "jv",
        Kor => "ko",
        Nob => "nb",
        Dan => "da",
        Swe => "sv",
        Fin => "fi",
        Tur => "tr",
        Nld => "nl",
        Hun => "hu",
        Ces => "cs",
        Ell => "el",
        Bul => "bg",
        Bel => "be",
        Mar => "mr",
        Kan => "kn",
        Ron => "ro",
        Slv => "sl",
        Hrv => "hr",
        Srp => "sr",
        Mkd => "mk",
        Lit => "lt",
        Lav => "lv",
        Est => "et",
        Tam => "ta",
        Vie => "vi",
        Urd => "ur",
        Tha => "th",
        Guj => "gu",
        Uzb => "uz",
        Pan => "pa",
        Aze => "az",
        Ind => "id",
        Tel => "te",
        Pes => "fa",
        Mal => "ml",
        Ori => "or",
        Mya => "my",
        Nep => "ne",
        Sin => "si",
        Khm => "km",
        Tuk => "tk",
        Aka => "ak",
        Zul => "zu",
        Sna => "sn",
        Afr => "af",
        Lat => "la",
        Slk => "sk",
        Cat => "ca",
        Tgl => "tl",
        Hye => "hy",
        Cym => "cy",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn language_of(text: &str) -> String {
        detect(&crate::parse("x", text))
    }

    #[test]
    fn english_french_german_and_nothing() {
        assert_eq!(language_of("Talks\n\nThe United States warned Russia on Tuesday that its allies would stand united."), "en");
        assert_eq!(language_of("Pourparlers\n\nLes États-Unis ont averti la Russie mardi que leurs alliés resteraient unis."), "fr");
        assert_eq!(language_of("Gespräche\n\nDie Vereinigten Staaten haben Russland am Dienstag gewarnt, dass ihre Verbündeten zusammenstehen."), "de");
        assert_eq!(language_of(""), "");
    }
}
