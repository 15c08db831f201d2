//! The languages at the kitchen table: the household reads one, the coach
//! another (Dutch unless chosen), and one button switches the screen
//! between them. A setting of the session, saved beside a draft like its
//! position: never part of the plan's data, so it cannot change the
//! plan's fingerprint or the exported file's data.

use super::text::Lang;

/// What is chosen for one draft.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TableSettings {
    /// The language the household reads best.
    pub household: Lang,
    /// The coach's language; Dutch unless chosen.
    pub coach: Lang,
    /// Print and export the plan in the household's language and Dutch.
    pub bilingual_plan: bool,
}

impl TableSettings {
    /// A draft with nothing chosen yet: the household reads the language
    /// the intake was started in, the coach reads Dutch.
    pub fn starting(household: Lang) -> Self {
        Self {
            household,
            coach: Lang::Nl,
            bilingual_plan: false,
        }
    }

    /// Where the one switch button goes from the language on screen: to the
    /// other language at the table, or to the household's when the screen
    /// shows neither. `None` when both read the same language (no button).
    pub fn other(&self, on_screen: Lang) -> Option<Lang> {
        if self.household == self.coach {
            None
        } else if on_screen == self.household {
            Some(self.coach)
        } else {
            Some(self.household)
        }
    }

    /// Whether the plan can be made in two languages: only when the
    /// household reads another language than Dutch.
    pub fn can_be_bilingual(&self) -> bool {
        self.household != Lang::Nl
    }

    /// The stored form: `"ar nl"`, with `" both"` when the plan is in two
    /// languages.
    pub fn encode(&self) -> String {
        let both = if self.bilingual_plan { " both" } else { "" };
        format!("{} {}{both}", self.household.code(), self.coach.code())
    }

    /// Reads [`TableSettings::encode`]'s form; `None` for anything else
    /// (a language this build does not know, a damaged value), so the
    /// caller falls back to [`TableSettings::starting`].
    pub fn decode(stored: &str) -> Option<Self> {
        let mut parts = stored.split(' ');
        let household = Lang::from_code(parts.next()?)?;
        let coach = Lang::from_code(parts.next()?)?;
        let bilingual_plan = match parts.next() {
            None => false,
            Some("both") => true,
            Some(_) => return None,
        };
        if parts.next().is_some() {
            return None;
        }
        Some(Self {
            household,
            coach,
            bilingual_plan,
        })
    }
}
