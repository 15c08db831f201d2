//! All agreements in one table, grouped by who carries them, and the
//! share carried by the household and network, in plain numbers.

use super::super::escape::{escape, user};
use super::super::locale_format::percent;
use super::Ctx;
use crate::domain::model::AgreementStatus;
use crate::domain::plan::{CarrierGroup, CarrierKind, Section};
use crate::i18n::Key;

pub(crate) fn status_word(s: AgreementStatus) -> Key {
    match s {
        AgreementStatus::Agreed => Key::doc_agreed,
        AgreementStatus::Done => Key::doc_done,
        AgreementStatus::Dropped => Key::doc_dropped,
    }
}

fn kind_word(k: CarrierKind) -> Key {
    match k {
        CarrierKind::Unset => Key::doc_nobody_yet,
        CarrierKind::Member => Key::doc_kind_member,
        CarrierKind::Network => Key::doc_kind_network,
        CarrierKind::Coach => Key::doc_kind_coach,
        CarrierKind::Professional => Key::doc_kind_professional,
        CarrierKind::Other => Key::doc_kind_other,
    }
}

pub(super) fn all(cx: &Ctx) -> String {
    let mut s = String::from("<section class=\"kt-plan__section kt-plan__all-agreements\">\n");
    s.push_str(&cx.h(
        1,
        "kt-plan__section-title",
        &cx.tb(Key::doc_all_agreements_heading),
    ));
    let groups = &cx.plan.agreements;
    if groups.is_empty() {
        s.push_str(&format!(
            "<p>{}</p>\n</section>\n",
            cx.t(Key::doc_no_agreements)
        ));
        return s;
    }
    s.push_str(&format!(
        "<p class=\"kt-plan__lead\">{}</p>\n",
        cx.tb(Key::doc_all_agreements_intro)
    ));
    s.push_str(&format!(
        "<table class=\"kt-plan__table\">\n<caption>{}</caption>\n<thead><tr>\
         <th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th>\
         </tr></thead>\n",
        cx.t(Key::doc_all_agreements_caption),
        cx.t(Key::doc_what),
        cx.t(Key::doc_life_area),
        cx.t(Key::doc_by_when),
        cx.t(Key::doc_status),
    ));
    for g in groups {
        s.push_str(&group(cx, g));
    }
    s.push_str("</table>\n");
    if !cx.left_out(Section::Share) {
        s.push_str(&share(cx));
    }
    s.push_str("</section>\n");
    s
}

/// One carrier: a row-group heading, then their agreements.
fn group(cx: &Ctx, g: &CarrierGroup) -> String {
    let name = if g.kind == CarrierKind::Unset {
        cx.t(Key::doc_nobody_yet)
    } else if g.name.trim().is_empty() {
        match g.agreements.first() {
            Some(a) if cx.carrier_left_out(a.id) => cx.t(Key::doc_member_left_out),
            _ => cx.t(Key::doc_no_longer_listed),
        }
    } else {
        user(&g.name)
    };
    let detail = if g.detail.trim().is_empty() {
        String::new()
    } else {
        format!(" ({})", user(&g.detail))
    };
    // "Nobody chosen yet" is the whole heading: no kind after it.
    let kind = if g.kind == CarrierKind::Unset {
        String::new()
    } else {
        format!(
            " <span class=\"kt-plan__kind\">· {}</span>",
            cx.t(kind_word(g.kind))
        )
    };
    let mut s = format!(
        "<tbody class=\"kt-plan__group\">\n<tr><th scope=\"rowgroup\" colspan=\"4\">{name}{detail}{kind}</th></tr>\n",
    );
    for a in &g.agreements {
        let area = match &a.domain {
            Some(id) => cx.area(id),
            None => cx.t(Key::doc_without_area),
        };
        // Whom it is for goes with what, so the table keeps four columns.
        let for_whom = if a.for_names.is_empty() {
            String::new()
        } else {
            format!(
                " <span class=\"kt-plan__meta\">({} {})</span>",
                cx.each(|c| escape(&Key::doc_for_whom.get(c.lang).to_lowercase())),
                super::domain::for_names(cx, &a.for_names)
            )
        };
        // Who else carries it goes with what too.
        let with = if a.with_names.is_empty() {
            String::new()
        } else {
            format!(
                " <span class=\"kt-plan__meta\">({} {})</span>",
                cx.t(Key::doc_together_with),
                super::domain::for_names(cx, &a.with_names)
            )
        };
        s.push_str(&format!(
            "<tr><th scope=\"row\" class=\"kt-plan__what\">{}{with}{for_whom}</th><td data-label=\"{}\">{area}</td>\
             <td data-label=\"{}\">{}</td><td data-label=\"{}\">{}</td></tr>\n",
            cx.or_blank(&a.what),
            cx.t_attr(Key::doc_life_area),
            cx.t_attr(Key::doc_by_when),
            cx.date_or_blank(&a.by_when),
            cx.t_attr(Key::doc_status),
            cx.t(status_word(a.status)),
        ));
    }
    s.push_str("</tbody>\n");
    s
}

/// "U en uw netwerk: 12 van de 15 (80%)", in three groups, and one
/// sentence on how a shared agreement counts. Numbers, not a verdict.
fn share(cx: &Ctx) -> String {
    let sh = &cx.plan.share;
    let total = sh.household_and_network + sh.together + sh.professionals;
    let part = |n: u32, pct: Option<u8>| {
        cx.each(|c| {
            let pct = pct
                .map(|p| format!(" ({})", percent(u32::from(p), c.lang)))
                .unwrap_or_default();
            format!("{n} {} {total}{pct}", c.t(Key::doc_share_of))
        })
    };
    let mut s = cx.h(2, "kt-plan__sub", &cx.tb(Key::doc_share_heading));
    s.push_str(&format!(
        "<dl class=\"kt-plan__pairs kt-plan__share\">\n<dt>{}</dt><dd>{}</dd>\n<dt>{}</dt><dd>{}</dd>\n<dt>{}</dt><dd>{}</dd>\n",
        cx.t(Key::doc_share_household_and_network),
        part(sh.household_and_network, sh.household_and_network_percent),
        cx.t(Key::doc_share_together),
        part(sh.together, sh.together_percent.or(sh.professionals_percent.map(|_| 0))),
        cx.t(Key::doc_share_professionals),
        part(sh.professionals, sh.professionals_percent),
    ));
    if sh.dropped > 0 {
        s.push_str(&format!(
            "<dt>{}</dt><dd>{}</dd>\n",
            cx.t(Key::doc_share_dropped),
            sh.dropped
        ));
    }
    if sh.unset > 0 {
        s.push_str(&format!(
            "<dt>{}</dt><dd>{}</dd>\n",
            cx.t(Key::doc_share_unset),
            sh.unset
        ));
    }
    s.push_str("</dl>\n");
    s.push_str(&format!(
        "<p class=\"kt-plan__meta kt-plan__share-rule\">{}</p>\n",
        cx.tb(Key::doc_share_how_shared)
    ));
    s
}
