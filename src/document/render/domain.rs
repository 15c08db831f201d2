//! One life area: what goes well first, then what they want, where they
//! stand, what worries them, who helps, the agreements and notes. Parts a
//! redacted copy emptied are simply not shown (the notice on top says so).

use super::super::chart::answer_words;
use super::super::escape::{escape, user};
use super::agreements::status_word;
use super::Ctx;
use crate::domain::model::LadderAnswer;
use crate::domain::plan::{PlanDomain, PlanRung};
use crate::domain::text::Text;
use crate::i18n::Key;

pub(super) fn section(cx: &Ctx, d: &PlanDomain) -> String {
    let mut s = String::from("<section class=\"kt-plan__section kt-plan__domain\">\n");
    s.push_str(&cx.h(
        1,
        "kt-plan__section-title",
        &cx.each_block(|c| escape(d.name.get(c.lang))),
    ));
    // A domain marked done with nothing in it says so, rather than a bare
    // heading. Not on a copy: there the notice on top says what was left out.
    if d.is_empty() && cx.plan.partial.is_none() {
        s.push_str(&format!(
            "<p class=\"kt-plan__muted\">{}</p>\n",
            cx.tb(Key::doc_nothing_recorded)
        ));
    }
    // Strengths first.
    if !d.going_well.trim().is_empty() || !d.strengths.is_empty() {
        s.push_str(&sub(cx, Key::doc_going_well));
        s.push_str(&own_words(&d.going_well));
        if !d.strengths.is_empty() {
            s.push_str(&format!(
                "<p class=\"kt-plan__label\">{}:</p>\n<ul class=\"kt-plan__strengths\">\n",
                cx.t(Key::doc_strengths_picked)
            ));
            for st in &d.strengths {
                s.push_str(&format!("<li>{}</li>\n", cx.text(st)));
            }
            s.push_str("</ul>\n");
        }
    }
    if !d.wants.trim().is_empty() {
        s.push_str(&sub(cx, Key::doc_wants));
        s.push_str(&own_words(&d.wants));
    }
    if !d.rungs.is_empty() {
        s.push_str(&sub(cx, Key::doc_where_you_stand));
        for r in &d.rungs {
            s.push_str(&rung(cx, r));
        }
    }
    if !d.worries.trim().is_empty() {
        s.push_str(&sub(cx, Key::doc_worries));
        s.push_str(&own_words(&d.worries));
    }
    if !d.network.is_empty() || !d.professionals.is_empty() {
        s.push_str(&sub(cx, Key::doc_helps_here));
        s.push_str("<ul class=\"kt-plan__helpers\">\n");
        for name in d.network.iter().chain(&d.professionals) {
            s.push_str(&format!("<li>{}</li>\n", cx.or_blank(name)));
        }
        s.push_str("</ul>\n");
    }
    if !d.agreements.is_empty() {
        s.push_str(&sub(cx, Key::doc_agreements));
        s.push_str("<ul class=\"kt-plan__agreements\">\n");
        for a in &d.agreements {
            let who = if a.side.is_none() {
                cx.t(Key::doc_nobody_yet)
            } else if cx.carrier_left_out(a.id) {
                cx.t(Key::doc_member_left_out)
            } else if a.carrier_name.trim().is_empty() {
                cx.t(Key::doc_no_longer_listed)
            } else {
                user(&a.carrier_name)
            };
            // "Sam, samen met Jeugdwerk": everyone who carries it.
            let who = if a.with_names.is_empty() {
                who
            } else {
                format!(
                    "{who}, {} {}",
                    cx.t(Key::doc_together_with),
                    for_names(cx, &a.with_names)
                )
            };
            // "Voor: Sam." only when the agreement names whom it is for.
            let for_whom = if a.for_names.is_empty() {
                String::new()
            } else {
                format!(
                    " {}: {}.",
                    cx.t(Key::doc_for_whom),
                    for_names(cx, &a.for_names)
                )
            };
            s.push_str(&format!(
                "<li><span class=\"kt-plan__what\">{}</span> \
                 <span class=\"kt-plan__meta\">{}: {}.{for_whom} {}: {}. {}: {}.</span></li>\n",
                cx.or_blank(&a.what),
                cx.t(Key::doc_who),
                who,
                cx.t(Key::doc_by_when),
                cx.date_or_blank(&a.by_when),
                cx.t(Key::doc_status),
                cx.t(status_word(a.status)),
            ));
        }
        s.push_str("</ul>\n");
    }
    if !d.notes.trim().is_empty() {
        s.push_str(&sub(cx, Key::doc_notes));
        s.push_str(&own_words(&d.notes));
    }
    s.push_str("</section>\n");
    s
}

fn sub(cx: &Ctx, t: Key) -> String {
    cx.h(2, "kt-plan__sub", &cx.tb(t))
}

/// The household's own words; line breaks are kept by CSS (`pre-line`),
/// so no markup is ever built from what they typed.
fn own_words(text: &str) -> String {
    if text.trim().is_empty() {
        return String::new();
    }
    format!(
        "<p class=\"kt-plan__own\" dir=\"auto\">{}</p>\n",
        escape(text.trim())
    )
}

/// Now → wanted, with the step texts, and the movement since last time.
fn rung(cx: &Ctx, r: &PlanRung) -> String {
    let who = if r.who.is_empty() {
        cx.t(Key::doc_household)
    } else {
        user(&r.who)
    };
    // A rung and its words, in each language (no typed text in it).
    let answer = |a: LadderAnswer, text: &Option<Text>| {
        cx.each_block(|c| {
            let words = escape(&answer_words(a, None, c.lang));
            match text {
                Some(t) => format!(
                    "{words}: <q class=\"kt-plan__rung-text\">{}</q>",
                    escape(t.get(c.lang))
                ),
                None => words,
            }
        })
    };
    let mut s = format!(
        "<div class=\"kt-plan__rung\">\n<p class=\"kt-plan__rung-who\">{who}</p>\n<dl class=\"kt-plan__pairs\">\n\
         <dt>{}</dt><dd>{}</dd>\n<dt>{}</dt><dd>{}</dd>\n",
        cx.t(Key::doc_now),
        answer(r.now, &r.now_text),
        cx.t(Key::doc_wanted),
        answer(r.wanted, &r.wanted_text),
    );
    if let Some(p) = r.previous {
        s.push_str(&format!(
            "<dt>{}</dt><dd>{}</dd>\n",
            cx.t(Key::doc_previous),
            cx.each(|c| escape(&answer_words(p, None, c.lang)))
        ));
    }
    s.push_str("</dl>\n");
    if let Some(m) = r.movement {
        s.push_str(&format!(
            "<p class=\"kt-plan__movement\">{}</p>\n",
            cx.each_block(|c| movement(c, m))
        ));
    }
    s.push_str("</div>\n");
    s
}

/// "Sinds 10 januari 2024: 1 trede omhoog." Stated, not judged.
fn movement(cx: &Ctx, m: i16) -> String {
    let since = match &cx.plan.previous_assessment_date {
        Some(d) if !d.trim().is_empty() => format!("{} {}: ", cx.t(Key::doc_since), cx.date(d)),
        _ => String::new(),
    };
    let what = match m {
        0 => cx.t(Key::doc_same),
        _ => {
            let key = if m > 0 {
                Key::doc_moved_up
            } else {
                Key::doc_moved_down
            };
            cx.tn(key, u64::from(m.unsigned_abs()))
        }
    };
    format!("{since}{what}.")
}

/// Names of the members an agreement is for (or of those carrying it
/// together), escaped, comma-separated; a
/// member without a name reads as "not filled in".
pub(super) fn for_names(cx: &Ctx, names: &[String]) -> String {
    names
        .iter()
        .map(|n| cx.or_blank(n))
        .collect::<Vec<_>>()
        .join(", ")
}
