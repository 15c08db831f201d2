//! The people in the plan: the contact person on top, the household,
//! everyone who helps with how to reach them, and the signing block.

use super::super::escape::user;
use super::Ctx;
use crate::domain::model::Signature;
use crate::domain::plan::InvolvedKind;
use crate::i18n::Key;

pub(super) fn contact(cx: &Ctx) -> String {
    let c = &cx.plan.contact;
    let mut s = String::from("<section class=\"kt-plan__contact\">\n");
    s.push_str(&cx.h(
        1,
        "kt-plan__section-title",
        &cx.tb(Key::doc_contact_heading),
    ));
    s.push_str(&format!(
        "<dl class=\"kt-plan__pairs\">\n<dt>{}</dt><dd>{}</dd>\n",
        cx.t(Key::doc_name),
        cx.or_blank(&c.name)
    ));
    if !c.organisation.trim().is_empty() {
        s.push_str(&format!(
            "<dt>{}</dt><dd>{}</dd>\n",
            cx.t(Key::doc_organisation),
            user(&c.organisation)
        ));
    }
    s.push_str(&format!(
        "<dt>{}</dt><dd>{}</dd>\n</dl>\n</section>\n",
        cx.t(Key::doc_reach),
        cx.or_blank(&c.reach)
    ));
    s
}

pub(super) fn household(cx: &Ctx) -> String {
    let members = &cx.plan.members;
    if members.is_empty() {
        return String::new();
    }
    let mut s = String::from("<section class=\"kt-plan__section kt-plan__household\">\n");
    s.push_str(&cx.h(
        1,
        "kt-plan__section-title",
        &cx.tb(Key::doc_household_heading),
    ));
    s.push_str("<ul>\n");
    for m in members {
        let role = if m.role.trim().is_empty() {
            String::new()
        } else {
            format!(" ({})", user(&m.role))
        };
        s.push_str(&format!("<li>{}{role}</li>\n", cx.or_blank(&m.name)));
    }
    s.push_str("</ul>\n</section>\n");
    s
}

pub(super) fn involved(cx: &Ctx) -> String {
    let people = &cx.plan.involved;
    let mut s = String::from("<section class=\"kt-plan__section kt-plan__involved\">\n");
    s.push_str(&cx.h(1, "kt-plan__section-title", &cx.tb(Key::doc_involved)));
    s.push_str(&format!(
        "<p class=\"kt-plan__lead\">{}</p>\n<table class=\"kt-plan__table\">\n<caption>{}</caption>\n<thead><tr>\
         <th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th>\
         </tr></thead>\n<tbody>\n",
        cx.tb(Key::doc_involved_intro),
        cx.t(Key::doc_involved_caption),
        cx.t(Key::doc_name),
        cx.t(Key::doc_role_or_relation),
        cx.t(Key::doc_reach),
        cx.t(Key::doc_helps_with),
    ));
    for p in people {
        let kind = match p.kind {
            InvolvedKind::Contact => Key::doc_kind_coach,
            InvolvedKind::Network => Key::doc_kind_network,
            InvolvedKind::Professional => Key::doc_kind_professional,
        };
        let detail = if p.detail.trim().is_empty() {
            cx.t(kind)
        } else {
            format!("{} ({})", user(&p.detail), cx.t(kind))
        };
        let mut helps: Vec<String> = Vec::new();
        if !p.helps_with.trim().is_empty() {
            helps.push(user(&p.helps_with));
        }
        if !p.domains.is_empty() {
            let areas: Vec<String> = p.domains.iter().map(|d| cx.area(d)).collect();
            helps.push(areas.join(", "));
        }
        if !p.members.is_empty() {
            let names: Vec<String> = p.members.iter().map(|m| user(m)).collect();
            helps.push(format!("{} {}", cx.t(Key::doc_for), names.join(", ")));
        }
        s.push_str(&format!(
            "<tr><th scope=\"row\">{}</th><td data-label=\"{}\">{detail}</td><td data-label=\"{}\">{}</td>\
             <td data-label=\"{}\">{}</td></tr>\n",
            cx.or_blank(&p.name),
            cx.t_attr(Key::doc_role_or_relation),
            cx.t_attr(Key::doc_reach),
            if p.reach.is_empty() {
                String::new()
            } else {
                user(&p.reach)
            },
            cx.t_attr(Key::doc_helps_with),
            helps.join("; "),
        ));
    }
    s.push_str("</tbody>\n</table>\n</section>\n");
    s
}

pub(super) fn review_and_sign(cx: &Ctx) -> String {
    let p = cx.plan;
    let mut s = String::from("<section class=\"kt-plan__section kt-plan__signoff\">\n");
    s.push_str(&cx.h(1, "kt-plan__section-title", &cx.tb(Key::doc_review_heading)));
    s.push_str(&format!(
        "<p class=\"kt-plan__review\">{}: {}</p>\n",
        cx.t(Key::doc_review_date),
        filled_or_line(cx, &cx.date(&p.review_date))
    ));
    s.push_str(&cx.h(2, "kt-plan__sub", &cx.tb(Key::doc_sign_heading)));
    s.push_str(&format!(
        "<p>{}</p>\n<div class=\"kt-plan__signers\">\n",
        cx.tb(Key::doc_sign_intro)
    ));
    // With no resident signed yet, one empty block to sign on paper.
    let blank = Signature::default();
    let residents: Vec<&Signature> = if p.residents.is_empty() {
        vec![&blank]
    } else {
        p.residents.iter().collect()
    };
    for r in residents {
        s.push_str(&signer(cx, Key::doc_resident, r));
    }
    s.push_str(&signer(cx, Key::doc_coach, &p.coach));
    s.push_str("</div>\n</section>\n");
    s
}

/// Name and date as given, else a line to write on; always a line to sign.
fn signer(cx: &Ctx, role: Key, sig: &Signature) -> String {
    format!(
        "<div class=\"kt-plan__signer\">\n<p class=\"kt-plan__label\">{}</p>\n<dl class=\"kt-plan__pairs\">\n\
         <dt>{}</dt><dd>{}</dd>\n<dt>{}</dt><dd>{}</dd>\n<dt>{}</dt><dd>{}</dd>\n</dl>\n</div>\n",
        cx.t(role),
        cx.t(Key::doc_name),
        filled_or_line(
            cx,
            &if sig.name.trim().is_empty() {
                String::new()
            } else {
                user(&sig.name)
            }
        ),
        cx.t(Key::doc_date),
        filled_or_line(cx, &cx.date(&sig.date)),
        cx.t(Key::doc_signature),
        filled_or_line(cx, ""),
    )
}

/// Already-escaped text, or an empty line to write on by hand (with words
/// for screen readers, hidden on screen and paper, that say so rather than
/// "not filled in": the line is meant to be empty).
fn filled_or_line(cx: &Ctx, html: &str) -> String {
    if html.trim().is_empty() {
        format!(
            "<span class=\"kt-plan__line\"><span class=\"kt-plan__vh\">{}</span></span>",
            cx.t(Key::doc_by_hand)
        )
    } else {
        html.to_string()
    }
}
