//! The words guide of domain.md as one list for every test that checks
//! user-facing text (catalogue, UI texts, the plan document): problem
//! headings, labels for people, and grades are ruled out. Matched as word
//! parts, so "probleem" also catches "problemen" and "multiprobleem".

use keukentafel::domain::Lang;

const AVOID_NL: &[&str] = &[
    "probleem",
    "armoede",
    "cliënt",
    "client",
    "kwetsbaar",
    "achterstand",
    "schuldenaar",
    "rapportcijfer", // "geen cijfer" (not a grade) is a reassurance we do use
    "score",
    "onvoldoende",
];

const AVOID_EN: &[&str] = &[
    "problem",
    "poverty",
    "client",
    "vulnerable",
    "deprived",
    "debtor",
    "score",
    "grade",
    "fail",
];

/// The avoided words for `lang`: the lists above for Dutch and English,
/// `locales/avoid/<code>.txt` for every other language (one word part a
/// line, lower case; written by whoever writes that locale). A language
/// without its list fails here, so none is left unchecked.
pub fn avoided_words(lang: Lang) -> Vec<String> {
    match lang {
        Lang::Nl => AVOID_NL.iter().map(|w| w.to_string()).collect(),
        Lang::En => AVOID_EN.iter().map(|w| w.to_string()).collect(),
        other => {
            let path = format!(
                "{}/locales/avoid/{}.txt",
                env!("CARGO_MANIFEST_DIR"),
                other.code()
            );
            let list = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
            let words: Vec<String> = list
                .lines()
                .map(|l| l.trim().to_lowercase())
                .filter(|l| !l.is_empty())
                .collect();
            assert!(words.len() >= 5, "{path} lists only {} words", words.len());
            words
        }
    }
}

/// The avoided words that occur in `text`, which is in `lang`.
pub fn avoided_in(text: &str, lang: Lang) -> Vec<String> {
    let lower = text.to_lowercase();
    avoided_words(lang)
        .into_iter()
        .filter(|w| lower.contains(w.as_str()))
        .collect()
}
