//! The languages a plan is rendered in: one, or two for a household that
//! reads another language than Dutch and a service that reads Dutch. In
//! two, every heading and fixed text is given in both (the household's
//! first, Dutch second and quieter), and what the household typed once,
//! as typed. The plan's data, and so its fingerprint, is the same either
//! way: this only chooses words around it.

use crate::domain::text::Lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Languages {
    /// The language read first (the household's).
    pub primary: Lang,
    /// Given after each fixed text, marked as second; `None` for a plan in
    /// one language.
    pub secondary: Option<Lang>,
}

impl Languages {
    /// A plan in one language.
    pub fn one(lang: Lang) -> Self {
        Self {
            primary: lang,
            secondary: None,
        }
    }

    /// The household's language first and Dutch second; one language when
    /// the household reads Dutch.
    pub fn with_dutch(household: Lang) -> Self {
        Self {
            primary: household,
            secondary: (household != Lang::Nl).then_some(Lang::Nl),
        }
    }

    /// The second language, when it is another than the first.
    pub fn second(&self) -> Option<Lang> {
        self.secondary.filter(|l| *l != self.primary)
    }
}

impl From<Lang> for Languages {
    fn from(lang: Lang) -> Self {
        Self::one(lang)
    }
}
