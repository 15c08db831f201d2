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

/// The avoided words that occur in `text`, which is in `lang`.
pub fn avoided_in(text: &str, lang: Lang) -> Vec<&'static str> {
    let lower = text.to_lowercase();
    let list = match lang {
        Lang::Nl => AVOID_NL,
        Lang::En => AVOID_EN,
    };
    list.iter().copied().filter(|w| lower.contains(w)).collect()
}
