//! All agreements in one table, grouped by who carries them, and the
//! share carried by the household and network, in plain numbers.

use super::super::escape::user;
use super::super::locale_format::percent;
use super::super::texts::T;
use super::Ctx;
use crate::domain::model::AgreementStatus;
use crate::domain::plan::{CarrierGroup, CarrierKind, Section};

pub(crate) fn status_word(s: AgreementStatus) -> T {
    match s {
        AgreementStatus::Agreed => T::Agreed,
        AgreementStatus::Done => T::Done,
        AgreementStatus::Dropped => T::Dropped,
    }
}

fn kind_word(k: CarrierKind) -> T {
    match k {
        CarrierKind::Unset => T::NobodyYet,
        CarrierKind::Member => T::KindMember,
        CarrierKind::Network => T::KindNetwork,
        CarrierKind::Coach => T::KindCoach,
        CarrierKind::Professional => T::KindProfessional,
        CarrierKind::Other => T::KindOther,
    }
}

pub(super) fn all(cx: &Ctx) -> String {
    let mut s = String::from("<section class=\"kt-plan__section kt-plan__all-agreements\">\n");
    s.push_str(&cx.h(1, "kt-plan__section-title", &cx.t(T::AllAgreementsHeading)));
    let groups = &cx.plan.agreements;
    if groups.is_empty() {
        s.push_str(&format!("<p>{}</p>\n</section>\n", cx.t(T::NoAgreements)));
        return s;
    }
    s.push_str(&format!(
        "<p class=\"kt-plan__lead\">{}</p>\n",
        cx.t(T::AllAgreementsIntro)
    ));
    s.push_str(&format!(
        "<table class=\"kt-plan__table\">\n<caption>{}</caption>\n<thead><tr>\
         <th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th>\
         </tr></thead>\n",
        cx.t(T::AllAgreementsCaption),
        cx.t(T::What),
        cx.t(T::LifeArea),
        cx.t(T::ByWhen),
        cx.t(T::Status),
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
        cx.t(T::NobodyYet)
    } else if g.name.trim().is_empty() {
        match g.agreements.first() {
            Some(a) if cx.carrier_left_out(a.id) => cx.t(T::MemberLeftOut),
            _ => cx.t(T::NoLongerListed),
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
            None => cx.t(T::WithoutArea),
        };
        // Whom it is for goes with what, so the table keeps four columns.
        let for_whom = if a.for_names.is_empty() {
            String::new()
        } else {
            format!(
                " <span class=\"kt-plan__meta\">({} {})</span>",
                cx.t(T::ForWhom).to_lowercase(),
                super::domain::for_names(cx, &a.for_names)
            )
        };
        // Who else carries it goes with what too.
        let with = if a.with_names.is_empty() {
            String::new()
        } else {
            format!(
                " <span class=\"kt-plan__meta\">({} {})</span>",
                cx.t(T::TogetherWith),
                super::domain::for_names(cx, &a.with_names)
            )
        };
        s.push_str(&format!(
            "<tr><th scope=\"row\" class=\"kt-plan__what\">{}{with}{for_whom}</th><td data-label=\"{}\">{area}</td>\
             <td data-label=\"{}\">{}</td><td data-label=\"{}\">{}</td></tr>\n",
            cx.or_blank(&a.what),
            cx.t(T::LifeArea),
            cx.t(T::ByWhen),
            cx.date_or_blank(&a.by_when),
            cx.t(T::Status),
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
        let pct = pct
            .map(|p| format!(" ({})", percent(u32::from(p), cx.lang)))
            .unwrap_or_default();
        format!("{n} {} {total}{pct}", cx.t(T::ShareOf))
    };
    let mut s = cx.h(2, "kt-plan__sub", &cx.t(T::ShareHeading));
    s.push_str(&format!(
        "<dl class=\"kt-plan__pairs kt-plan__share\">\n<dt>{}</dt><dd>{}</dd>\n<dt>{}</dt><dd>{}</dd>\n<dt>{}</dt><dd>{}</dd>\n",
        cx.t(T::ShareHouseholdAndNetwork),
        part(sh.household_and_network, sh.household_and_network_percent),
        cx.t(T::ShareTogether),
        part(sh.together, sh.together_percent.or(sh.professionals_percent.map(|_| 0))),
        cx.t(T::ShareProfessionals),
        part(sh.professionals, sh.professionals_percent),
    ));
    if sh.dropped > 0 {
        s.push_str(&format!(
            "<dt>{}</dt><dd>{}</dd>\n",
            cx.t(T::ShareDropped),
            sh.dropped
        ));
    }
    if sh.unset > 0 {
        s.push_str(&format!(
            "<dt>{}</dt><dd>{}</dd>\n",
            cx.t(T::ShareUnset),
            sh.unset
        ));
    }
    s.push_str("</dl>\n");
    s.push_str(&format!(
        "<p class=\"kt-plan__meta kt-plan__share-rule\">{}</p>\n",
        cx.t(T::ShareHowShared)
    ));
    s
}
