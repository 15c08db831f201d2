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

impl Dir {
    pub fn of(lang: Lang) -> Dir {
        if lang.dir() == "rtl" {
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
