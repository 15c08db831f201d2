//! Plural forms: which form of a counted word a language takes for a whole
//! number. "1 trede", "2 treden" is all Dutch and English need, but Polish
//! and Ukrainian have three forms ("2 szczeble", "5 szczebli") and Arabic
//! six, so a text that counts lists one form per category of its language
//! (see [`PluralText`]). The rules are CLDR's cardinal rules, for whole
//! numbers only (the app never counts halves); six short rules written out
//! rather than a crate that carries every language's tables.

use super::Lang;

/// CLDR's cardinal plural categories, in CLDR's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Plural {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl Lang {
    /// The categories whole numbers fall into in this language, in the
    /// order a counting text lists its forms.
    pub fn plural_forms(self) -> &'static [Plural] {
        use Plural::*;
        match self {
            Lang::Nl | Lang::En | Lang::Tr => &[One, Other],
            Lang::Pl | Lang::Uk => &[One, Few, Many],
            Lang::Ar => &[Zero, One, Two, Few, Many, Other],
        }
    }

    /// The category of `n` (CLDR cardinal rules, integers).
    pub fn plural(self, n: u64) -> Plural {
        let (ten, hundred) = (n % 10, n % 100);
        let few = (2..=4).contains(&ten) && !(12..=14).contains(&hundred);
        match self {
            Lang::Nl | Lang::En | Lang::Tr if n == 1 => Plural::One,
            Lang::Nl | Lang::En | Lang::Tr => Plural::Other,
            Lang::Pl if n == 1 => Plural::One,
            Lang::Uk if ten == 1 && hundred != 11 => Plural::One,
            Lang::Pl | Lang::Uk if few => Plural::Few,
            Lang::Pl | Lang::Uk => Plural::Many,
            Lang::Ar => match (n, hundred) {
                (0, _) => Plural::Zero,
                (1, _) => Plural::One,
                (2, _) => Plural::Two,
                (_, 3..=10) => Plural::Few,
                (_, 11..=99) => Plural::Many,
                _ => Plural::Other,
            },
        }
    }
}

/// A text with one form per plural category of its language, separated by
/// `|`, each with `{n}` where the number goes (a form may leave the number
/// out, as Arabic does for one and two). A language may instead give one
/// form that fits every count, written around the number ("Liczba
/// znaków: {n}").
pub struct PluralText<'a>(pub &'a str);

impl<'a> PluralText<'a> {
    /// Whether `text` is written as forms at all.
    pub fn is_plural(text: &str) -> bool {
        text.contains('|')
    }

    /// The form for `n` in `lang`, with `{n}` filled in. A text with the
    /// wrong number of forms (a mistake the tests and the override check
    /// catch) gives its last form rather than nothing.
    pub fn for_count(&self, lang: Lang, n: u64) -> String {
        let category = lang.plural(n);
        let at = lang
            .plural_forms()
            .iter()
            .position(|c| *c == category)
            .unwrap_or(0);
        let forms: Vec<&str> = self.0.split('|').collect();
        // One form fits every count; a wrong number of forms gives the last.
        let form = forms.get(at).or(forms.last()).copied().unwrap_or("");
        form.replace("{n}", &n.to_string())
    }

    /// Whether the text has `lang`'s number of forms (or one for every
    /// count); if not, that number and the number found.
    pub fn check(&self, lang: Lang) -> Result<(), (usize, usize)> {
        let found = self.0.split('|').count();
        let wanted = lang.plural_forms().len();
        if found == wanted || found == 1 {
            Ok(())
        } else {
            Err((wanted, found))
        }
    }
}
