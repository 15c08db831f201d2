//! The writing direction of a language, for what CSS cannot turn round
//! by itself: the SVG chart's coordinates and the exported file's root.

use crate::domain::text::Lang;

/// Left to right, or right to left.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Dir {
    #[default]
    Ltr,
    Rtl,
}

/// The languages written right to left that the app may be given (by
/// code, so a language added to `Lang` needs no change here).
const RTL: [&str; 4] = ["ar", "fa", "he", "ur"];

impl Dir {
    pub fn of(lang: Lang) -> Dir {
        if RTL.contains(&lang.code()) {
            Dir::Rtl
        } else {
            Dir::Ltr
        }
    }

    /// The value of an HTML `dir` attribute.
    pub fn attr(self) -> &'static str {
        match self {
            Dir::Ltr => "ltr",
            Dir::Rtl => "rtl",
        }
    }
}
