//! Colour contrast of the component's colour pairs, per WCAG 2.1: a
//! municipality's theme (NL Design System tokens, or `--kt-colour-*`) may
//! set colours that residents cannot read. The shell reads the computed
//! colours (`ui::contrast`); this says which pairs fall short, by how
//! much, and which colours to put back to our own defaults so every pair
//! passes again (4.5:1 for text, SC 1.4.3; 3:1 for the borders of fields
//! and the focus ring, SC 1.4.11).

use std::fmt;

/// A colour in sRGB, each channel 0–255, with its alpha (0–1).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rgba {
    pub r: f64,
    pub g: f64,
    pub b: f64,
    pub a: f64,
}

impl Rgba {
    pub const fn rgb(r: u8, g: u8, b: u8) -> Self {
        Self {
            r: r as f64,
            g: g as f64,
            b: b as f64,
            a: 1.0,
        }
    }

    /// A computed CSS colour as a browser gives it: `rgb(r, g, b)` or
    /// `rgba(r, g, b, a)` (also the space-separated `rgb(r g b / a)`).
    pub fn parse(css: &str) -> Option<Self> {
        let css = css.trim();
        let inner = css
            .strip_prefix("rgba(")
            .or_else(|| css.strip_prefix("rgb("))?
            .strip_suffix(')')?;
        let parts: Vec<f64> = inner
            .split([',', ' ', '/'])
            .filter(|p| !p.is_empty())
            .map(decimal)
            .collect::<Option<_>>()?;
        let (r, g, b, a) = match parts[..] {
            [r, g, b] => (r, g, b, 1.0),
            [r, g, b, a] => (r, g, b, a),
            _ => return None,
        };
        let channel = |v: f64| v.clamp(0.0, 255.0);
        Some(Self {
            r: channel(r),
            g: channel(g),
            b: channel(b),
            a: a.clamp(0.0, 1.0),
        })
    }

    /// This colour drawn over `below` (opaque): what the eye sees.
    pub fn over(self, below: Rgba) -> Rgba {
        let mix = |top: f64, under: f64| top * self.a + under * (1.0 - self.a);
        Rgba {
            r: mix(self.r, below.r),
            g: mix(self.g, below.g),
            b: mix(self.b, below.b),
            a: 1.0,
        }
    }

    /// Relative luminance (WCAG 2.1), 0 for black to 1 for white.
    pub fn luminance(self) -> f64 {
        let linear = |c: f64| {
            let c = c / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                pow_2_4((c + 0.055) / 1.055)
            }
        };
        0.2126 * linear(self.r) + 0.7152 * linear(self.g) + 0.0722 * linear(self.b)
    }
}

/// A plain decimal number (`27`, `0.5`, `127.25`), as computed colours
/// give them: without `str::parse::<f64>`, whose code would add tens of
/// KB to the intake's chunk (`e2e/size.test.mjs`).
fn decimal(text: &str) -> Option<f64> {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    if whole.is_empty() && fraction.is_empty() || whole.len() > 6 || fraction.len() > 9 {
        return None;
    }
    let digits = |part: &str| -> Option<u64> {
        part.bytes().try_fold(0u64, |n, b| {
            b.is_ascii_digit().then(|| n * 10 + u64::from(b - b'0'))
        })
    };
    let scale = 10u64.pow(fraction.len() as u32) as f64;
    Some(digits(whole)? as f64 + digits(fraction)? as f64 / scale)
}

/// `x` to the power 2.4 for 0 ≤ x ≤ 1: x² times the square of x's fifth
/// root (Newton's method), so no `powf` from the maths library.
fn pow_2_4(x: f64) -> f64 {
    if x <= 0.0 {
        return 0.0;
    }
    let mut root = 1.0;
    for _ in 0..40 {
        root = (4.0 * root + x / (root * root * root * root)) / 5.0;
    }
    x * x * root * root
}

/// The contrast ratio of two opaque colours, 1 to 21 (WCAG 2.1).
pub fn ratio(a: Rgba, b: Rgba) -> f64 {
    let (la, lb) = (a.luminance(), b.luminance());
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// A colour the component uses, as `style/keukentafel.css` resolves it
/// into a private custom property on `.kt-app`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Text,
    Background,
    Muted,
    Link,
    Warning,
    Primary,
    PrimaryText,
    ControlBorder,
    Focus,
    FocusInverse,
}

impl Role {
    pub const ALL: [Role; 10] = [
        Role::Text,
        Role::Background,
        Role::Muted,
        Role::Link,
        Role::Warning,
        Role::Primary,
        Role::PrimaryText,
        Role::ControlBorder,
        Role::Focus,
        Role::FocusInverse,
    ];

    /// The private custom property that holds it.
    pub fn property(self) -> &'static str {
        match self {
            Role::Text => "--_kt-text",
            Role::Background => "--_kt-bg",
            Role::Muted => "--_kt-muted",
            Role::Link => "--_kt-link",
            Role::Warning => "--_kt-warning",
            Role::Primary => "--_kt-primary",
            Role::PrimaryText => "--_kt-primary-text",
            Role::ControlBorder => "--_kt-control-border",
            Role::Focus => "--_kt-focus",
            Role::FocusInverse => "--_kt-focus-inverse",
        }
    }

    /// Our own value (the last fallback in the stylesheet), which passes
    /// with every other default.
    pub fn default_colour(self) -> (&'static str, Rgba) {
        match self {
            Role::Text | Role::ControlBorder | Role::FocusInverse => {
                ("#1b1b1b", Rgba::rgb(0x1b, 0x1b, 0x1b))
            }
            Role::Background | Role::PrimaryText => ("#ffffff", Rgba::rgb(0xff, 0xff, 0xff)),
            Role::Muted => ("#505a5f", Rgba::rgb(0x50, 0x5a, 0x5f)),
            Role::Link => ("#1d4f91", Rgba::rgb(0x1d, 0x4f, 0x91)),
            Role::Warning => ("#a4230f", Rgba::rgb(0xa4, 0x23, 0x0f)),
            Role::Primary => ("#00703c", Rgba::rgb(0x00, 0x70, 0x3c)),
            Role::Focus => ("#ffdd00", Rgba::rgb(0xff, 0xdd, 0x00)),
        }
    }
}

/// Two colours seen next to each other, and the least contrast they need.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Pair {
    pub fore: Role,
    pub back: Role,
    pub min: f64,
    /// Another colour drawn next to `fore` that may carry the contrast
    /// instead: the focus ring is two rings, either of which may stand out.
    pub or: Option<Role>,
    /// What a web team sees of it, in English (the console's language).
    pub what: &'static str,
}

impl Pair {
    const fn new(fore: Role, back: Role, min: f64, what: &'static str) -> Self {
        Self {
            fore,
            back,
            min,
            or: None,
            what,
        }
    }
}

/// Text 4.5:1 (SC 1.4.3); what marks a field or focus 3:1 (SC 1.4.11).
/// The focus ring is an outline in the focus colour with a ring in the
/// inverse colour around it: it shows when either stands out from the
/// background (ours: dark around yellow; Utrecht's: white around black).
pub const PAIRS: [Pair; 7] = [
    Pair::new(Role::Text, Role::Background, 4.5, "text"),
    Pair::new(Role::Muted, Role::Background, 4.5, "hints"),
    Pair::new(Role::Link, Role::Background, 4.5, "links"),
    Pair::new(Role::Warning, Role::Background, 4.5, "error text"),
    Pair::new(Role::PrimaryText, Role::Primary, 4.5, "primary button text"),
    Pair::new(Role::ControlBorder, Role::Background, 3.0, "field borders"),
    Pair {
        or: Some(Role::FocusInverse),
        ..Pair::new(Role::Focus, Role::Background, 3.0, "focus ring")
    },
];

/// A pair that falls short, with the ratio measured.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Shortfall {
    pub pair: Pair,
    pub ratio: f64,
}

/// English, for the browser's console: the ratio, the threshold, the fix.
/// Numbers written by hand: float formatting would add KBs to the chunk.
impl fmt::Display for Shortfall {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Pair {
            fore,
            back,
            min,
            or,
            what,
        } = self.pair;
        // Rounded down, so a ratio just short of a threshold never reads as it.
        let hundredths = (self.ratio * 100.0) as u32;
        let tenths = (min * 10.0) as u32;
        write!(
            f,
            "Keukentafel: the contrast of {what} is {}.{:02}:1, below {}",
            hundredths / 100,
            hundredths % 100,
            tenths / 10
        )?;
        if !tenths.is_multiple_of(10) {
            write!(f, ".{}", tenths % 10)?;
        }
        let sc = if tenths >= 45 { "1.4.3" } else { "1.4.11" };
        write!(
            f,
            ":1 (WCAG 2.1 SC {sc}); using Keukentafel's own colours for {}",
            fore.property()
        )?;
        if let Some(or) = or {
            write!(f, ", {}", or.property())?;
        }
        write!(f, " and {} instead.", back.property())
    }
}

/// The pairs `colours` leaves short, and the roles to put back to their
/// default so that every pair passes. Each colour is made opaque first
/// (drawn over the background, itself over white: the page behind is
/// unknown). A short pair puts both its colours back, until none is short.
pub fn check(colours: impl Fn(Role) -> Rgba) -> (Vec<Shortfall>, Vec<Role>) {
    let white = Rgba::rgb(255, 255, 255);
    let background = colours(Role::Background).over(white);
    let mut now: Vec<(Role, Rgba)> = Role::ALL
        .into_iter()
        .map(|role| (role, colours(role).over(background)))
        .collect();
    let short = |now: &[(Role, Rgba)]| -> Vec<Shortfall> {
        let get = |role: Role| {
            now.iter()
                .find(|(r, _)| *r == role)
                .map_or(white, |(_, c)| *c)
        };
        PAIRS
            .into_iter()
            .map(|pair| {
                let against = |role: Role| ratio(get(role), get(pair.back));
                let best = pair
                    .or
                    .map_or(against(pair.fore), |or| against(pair.fore).max(against(or)));
                Shortfall { pair, ratio: best }
            })
            .filter(|s| s.ratio < s.pair.min)
            .collect()
    };
    let found = short(&now);
    let mut reset: Vec<Role> = Vec::new();
    // Each round puts a pair back to the defaults, which all pass; bounded
    // all the same, so no set of colours can keep it going.
    for _ in 0..PAIRS.len() {
        let Some(first) = short(&now).first().copied() else {
            break;
        };
        for role in [Some(first.pair.fore), first.pair.or, Some(first.pair.back)]
            .into_iter()
            .flatten()
        {
            if !reset.contains(&role) {
                reset.push(role);
            }
            if let Some(slot) = now.iter_mut().find(|(r, _)| *r == role) {
                slot.1 = role.default_colour().1;
            }
        }
    }
    (found, reset)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 0.01
    }

    #[test]
    fn luminance_and_ratio_follow_wcag() {
        let (black, white) = (Rgba::rgb(0, 0, 0), Rgba::rgb(255, 255, 255));
        assert!(close(black.luminance(), 0.0));
        assert!(close(white.luminance(), 1.0));
        assert!(close(ratio(black, white), 21.0));
        assert!(close(ratio(white, black), 21.0));
        // Known values: #767676 is the lightest grey with 4.5:1 on white.
        assert!(close(ratio(Rgba::rgb(0x76, 0x76, 0x76), white), 4.54));
        assert!(close(ratio(Rgba::rgb(0x77, 0x77, 0x77), white), 4.48));
        assert!(close(ratio(Rgba::rgb(0xff, 0xdd, 0x00), white), 1.35));
    }

    #[test]
    fn parses_computed_colours() {
        assert_eq!(Rgba::parse("rgb(27, 27, 27)"), Some(Rgba::rgb(27, 27, 27)));
        assert_eq!(Rgba::parse(" rgba(0, 0, 0, 0) ").map(|c| c.a), Some(0.0));
        assert_eq!(
            Rgba::parse("rgb(10 20 30 / 0.5)").map(|c| (c.b, c.a)),
            Some((30.0, 0.5))
        );
        assert_eq!(Rgba::parse("rgb(127.25, 0, 0)").map(|c| c.r), Some(127.25));
        for bad in [
            "rgb(1e3, 0, 0)",
            "rgb(-1, 0, 0)",
            "rgb(., 0, 0)",
            "rgb(1.2.3, 0, 0)",
        ] {
            assert_eq!(Rgba::parse(bad), None, "{bad}");
        }
        for bad in [
            "",
            "red",
            "#fff",
            "rgb(1, 2)",
            "rgb(1, 2, x)",
            "hsl(0, 0%, 0%)",
            "rgb(1, 2, 3",
        ] {
            assert_eq!(Rgba::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_transparent_colour_is_seen_over_what_is_below() {
        let half_black = Rgba {
            a: 0.5,
            ..Rgba::rgb(0, 0, 0)
        };
        let seen = half_black.over(Rgba::rgb(255, 255, 255));
        assert!(close(seen.r, 127.5) && seen.a == 1.0);
    }

    #[test]
    fn our_defaults_pass_every_pair() {
        let (short, reset) = check(|role| role.default_colour().1);
        assert_eq!(short, Vec::new());
        assert_eq!(reset, Vec::new());
    }

    #[test]
    fn a_pale_text_colour_is_reported_with_its_ratio_and_put_back() {
        let grey = Rgba::rgb(0x99, 0x99, 0x99);
        let (short, reset) = check(|role| {
            if role == Role::Text {
                grey
            } else {
                role.default_colour().1
            }
        });
        // The outer focus ring and field borders follow the text colour in
        // the stylesheet; here they keep their own, so only text is short.
        assert_eq!(short.len(), 1);
        assert_eq!(short[0].pair.fore, Role::Text);
        assert!(close(short[0].ratio, 2.85), "{}", short[0].ratio);
        assert_eq!(reset, vec![Role::Text, Role::Background]);
        let said = short[0].to_string();
        assert_eq!(
            said,
            "Keukentafel: the contrast of text is 2.84:1, below 4.5:1 (WCAG 2.1 SC 1.4.3); \
             using Keukentafel's own colours for --_kt-text and --_kt-bg instead."
        );
        assert!(
            said.contains("2.84:1") && said.contains("4.5:1") && said.contains("--_kt-text"),
            "{said}"
        );
    }

    #[test]
    fn a_dark_theme_keeps_what_passes_and_ends_with_every_pair_passing() {
        // Dark background, light text: fine; but the default link and
        // warning colours are dark too, and the theme set no others.
        let navy = Rgba::rgb(0x10, 0x18, 0x40);
        let colours = |role: Role| match role {
            Role::Background => navy,
            Role::Text | Role::FocusInverse | Role::ControlBorder => Rgba::rgb(0xf0, 0xf0, 0xf0),
            other => other.default_colour().1,
        };
        let (short, reset) = check(colours);
        let names: Vec<_> = short.iter().map(|s| s.pair.fore).collect();
        assert!(
            names.contains(&Role::Link)
                && names.contains(&Role::Warning)
                && !names.contains(&Role::Text)
        );
        // Whatever was put back, every pair passes now.
        let after = |role: Role| {
            if reset.contains(&role) {
                role.default_colour().1
            } else {
                colours(role)
            }
        };
        assert_eq!(check(after).0, Vec::new());
    }

    #[test]
    fn the_focus_ring_passes_when_either_ring_stands_out() {
        let (black, white) = (Rgba::rgb(0, 0, 0), Rgba::rgb(255, 255, 255));
        let yellow = Rgba::rgb(0xff, 0xdd, 0x00);
        let ring = |focus: Rgba, inverse: Rgba| {
            move |role: Role| match role {
                Role::Focus => focus,
                Role::FocusInverse => inverse,
                other => other.default_colour().1,
            }
        };
        // Utrecht: a black outline with a white ring, on white.
        assert_eq!(check(ring(black, white)).0, Vec::new());
        // Ours: yellow inside a dark ring.
        assert_eq!(
            check(ring(yellow, Rgba::rgb(0x1b, 0x1b, 0x1b))).0,
            Vec::new()
        );
        // Yellow with a white ring on white: neither shows.
        let (short, reset) = check(ring(yellow, white));
        assert_eq!(short.len(), 1);
        assert!(close(short[0].ratio, 1.35));
        assert_eq!(
            reset,
            vec![Role::Focus, Role::FocusInverse, Role::Background]
        );
        assert_eq!(
            short[0].to_string(),
            "Keukentafel: the contrast of focus ring is 1.34:1, below 3:1 (WCAG 2.1 SC 1.4.11); \
             using Keukentafel's own colours for --_kt-focus, --_kt-focus-inverse and --_kt-bg instead."
        );
    }

    #[test]
    fn a_3_to_1_pair_passes_at_3_and_not_below() {
        let bg = Rgba::rgb(255, 255, 255);
        // #949494 is 3.03:1 on white, #969696 is 2.96:1.
        for (grey, passes) in [(0x94u8, true), (0x96u8, false)] {
            let colours = |role: Role| {
                if role == Role::ControlBorder {
                    Rgba::rgb(grey, grey, grey)
                } else if role == Role::Background {
                    bg
                } else {
                    role.default_colour().1
                }
            };
            assert_eq!(check(colours).0.is_empty(), passes, "{grey:x}");
        }
    }
}
