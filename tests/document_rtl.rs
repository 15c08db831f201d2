//! Right to left in the document: the chart is drawn mirrored (a pure
//! function of the direction), typed names in it are isolated, and dates
//! and numbers follow the language's own pattern.

mod document_support;

use document_support::{plan_of, typical};
use keukentafel::document::locale_format::{long_date, month_name, numeric_example, percent};
use keukentafel::document::{render_chart, render_chart_in, Dir};
use keukentafel::domain::Lang;

/// Every value of `attr="…"` in `svg`, in document order.
fn values(svg: &str, attr: &str) -> Vec<u32> {
    svg.split(&format!(" {attr}=\""))
        .skip(1)
        .map(|s| s.split('"').next().unwrap().parse().unwrap())
        .collect()
}

const WIDTH: u32 = 640;

#[test]
fn the_chart_right_to_left_is_the_mirror_image() {
    let p = plan_of(&typical());
    let ltr = render_chart_in(&p, Lang::Nl, "t", Dir::Ltr);
    let rtl = render_chart_in(&p, Lang::Nl, "t", Dir::Rtl);
    assert_eq!(
        ltr,
        render_chart(&p, Lang::Nl, "t"),
        "Dutch is left to right"
    );
    assert!(!ltr.contains("direction=\"rtl\""));
    assert!(rtl.contains("direction=\"rtl\""));
    // Every mark and line end sits at the mirrored place, in the same order.
    for attr in ["cx", "x1", "x2"] {
        let (l, r) = (values(&ltr, attr), values(&rtl, attr));
        assert!(!l.is_empty(), "{attr}");
        assert_eq!(r, l.iter().map(|x| WIDTH - x).collect::<Vec<_>>(), "{attr}");
    }
    // The labels start at the right edge; step 1 is right of step 2.
    let (lx, rx) = (values(&ltr, "x"), values(&rtl, "x"));
    assert!(lx[0] < WIDTH / 2 && rx[0] > WIDTH / 2, "{lx:?} {rx:?}");
    let step = |svg: &str, n: u8| {
        let at = svg
            .find(&format!("text-anchor=\"middle\">{n}</text>"))
            .unwrap();
        let x = svg[..at].rsplit("x=\"").next().unwrap();
        x.split('"').next().unwrap().parse::<u32>().unwrap()
    };
    assert!(step(&ltr, 1) < step(&ltr, 2));
    assert!(step(&rtl, 1) > step(&rtl, 2));
    // The table of the same data is the same: the page's `dir` turns it.
    let table = |s: &str| s[s.find("<table").unwrap()..].to_string();
    assert_eq!(table(&ltr), table(&rtl));
}

#[test]
fn a_members_name_in_the_chart_is_isolated() {
    let mut intake = typical();
    intake.household.members[0].name = "محمد (Mo), jr.".into();
    let p = plan_of(&intake);
    assert!(
        p.domains
            .iter()
            .any(|d| d.rungs.iter().any(|r| r.who.contains("محمد"))),
        "the fixture asks a ladder per member"
    );
    let chart = render_chart(&p, Lang::Nl, "t");
    assert!(
        chart.contains("<bdi>محمد (Mo), jr.</bdi>"),
        "table: {chart}"
    );
    assert!(chart.contains("\u{2068}محمد (Mo), jr.\u{2069}"), "svg");
}

#[test]
fn the_direction_follows_the_language() {
    // Arabic runs right to left (by its code, so it needs no change here
    // when it joins `Lang`); Dutch, English, Turkish, Polish, Ukrainian not.
    for lang in Lang::ALL {
        let want = if lang.code() == "ar" {
            Dir::Rtl
        } else {
            Dir::Ltr
        };
        assert_eq!(Dir::of(lang), want, "{lang:?}");
    }
    assert_eq!(Dir::Rtl.attr(), "rtl");
    assert_eq!(Dir::Ltr.attr(), "ltr");
}

#[test]
fn dates_follow_the_languages_pattern() {
    assert_eq!(long_date("2026-03-03", Lang::Nl), "3 maart 2026");
    assert_eq!(long_date("2026-03-03", Lang::En), "3 March 2026");
    assert_eq!(long_date(" 2026-12-31 ", Lang::Nl), "31 december 2026");
    // Not a date: as typed (an old file's words, or an impossible day).
    assert_eq!(long_date("na de zomer", Lang::Nl), "na de zomer");
    assert_eq!(long_date("2026-02-30", Lang::Nl), "2026-02-30");
    for lang in Lang::ALL {
        for m in 1..=12 {
            assert!(!month_name(m, lang).is_empty(), "{lang:?} {m}");
        }
        assert_eq!(month_name(0, lang), "");
        assert_eq!(month_name(13, lang), "");
        // Digits stay 0–9 in every language.
        let d = long_date("2026-11-23", lang);
        assert!(d.contains("23") && d.contains("2026"), "{d}");
    }
}

#[test]
fn numbers_follow_the_language() {
    assert_eq!(percent(40, Lang::Nl), "40%");
    assert_eq!(percent(0, Lang::En), "0%");
    assert_eq!(numeric_example("2027-03-07"), "7 3 2027");
    assert_eq!(numeric_example("nonsense"), "");
}
