//! The one renderer of the plan document. The app sets its output as the
//! plan screen's inner HTML, and [`super::export_html`] wraps the same
//! output in a standalone file, so screen, print and file say the same.
//!
//! Headings: in the app the page has its own `<h1>`, so the plan title is
//! an `<h2>` and sections go down from there. The exported file has no
//! other page around it, so it renders the same markup one level up (title
//! `<h1>`). Styling hangs on classes, never on heading tags, so both look
//! and print the same.
//!
//! Order (strengths first, the way the household reads it): title, the
//! partial-copy notice, a word on the plan, the contact person, the
//! household, each life area (what goes well first, worries only after
//! what they want and where they stand), areas not talked about yet, the
//! overview chart, all agreements with who carries them, who helps, the
//! review date and signing, and the fingerprint with the date printed.

use super::chart;
use super::escape::{escape, user};
use super::texts;
use crate::domain::model::{DomainId, Id};
use crate::domain::plan::{CarrierKind, Plan, Section};
use crate::domain::text::Lang;
use crate::i18n::Key;

mod agreements;
mod domain;
mod people;

/// Rendering settings shared by the parts.
pub(crate) struct Ctx<'a> {
    pub plan: &'a Plan,
    pub lang: Lang,
    /// Level of the plan title: 2 in the app, 1 in the exported file.
    pub top: u8,
    /// Unique on the page; `[a-z0-9-]` only.
    pub id: String,
}

impl Ctx<'_> {
    /// A fixed text, escaped (they hold no markup, but nothing reaches the
    /// output unescaped).
    pub fn t(&self, t: Key) -> String {
        escape(t.get(self.lang))
    }

    /// A heading `depth` levels below the plan title.
    pub fn h(&self, depth: u8, class: &str, inner_html: &str) -> String {
        let n = (self.top + depth).min(6);
        format!("<h{n} class=\"{class}\">{inner_html}</h{n}>\n")
    }

    /// A date as words when it is an ISO date, escaped.
    pub fn date(&self, text: &str) -> String {
        escape(&texts::date(text, self.lang))
    }

    /// [`Ctx::date`], or the placeholder when empty.
    pub fn date_or_blank(&self, text: &str) -> String {
        if text.trim().is_empty() {
            self.or_blank(text)
        } else {
            self.date(text)
        }
    }

    /// The name of a life area, also one that is left out of this copy.
    pub fn area(&self, id: &DomainId) -> String {
        let p = self.plan;
        let name = p
            .domains
            .iter()
            .map(|d| (&d.id, &d.name))
            .chain(p.set_aside.iter().map(|d| (&d.id, &d.name)))
            .chain(
                p.partial
                    .iter()
                    .flat_map(|x| &x.left_out_domains)
                    .map(|d| (&d.id, &d.name)),
            )
            .find(|(i, _)| *i == id)
            .map(|(_, n)| n.get(self.lang).to_string())
            .unwrap_or_else(|| id.as_str().to_string());
        escape(&name)
    }

    /// User text, escaped; a muted placeholder when it is empty.
    pub fn or_blank(&self, text: &str) -> String {
        if text.trim().is_empty() {
            format!(
                "<span class=\"kt-plan__muted\">{}</span>",
                self.t(Key::doc_not_filled_in)
            )
        } else {
            user(text)
        }
    }

    /// Whether a redacted copy left this section out.
    /// An agreement whose carrier is a household member this copy leaves
    /// out (see `redact`: their name is emptied there).
    pub fn carrier_left_out(&self, agreement: Id) -> bool {
        self.plan
            .partial
            .as_ref()
            .is_some_and(|p| p.left_out_members > 0)
            && self.plan.agreements.iter().any(|g| {
                g.kind == CarrierKind::Member
                    && g.name.is_empty()
                    && g.agreements.iter().any(|a| a.id == agreement)
            })
    }

    pub fn left_out(&self, s: Section) -> bool {
        self.plan
            .partial
            .as_ref()
            .is_some_and(|p| p.left_out_sections.contains(&s))
    }
}

/// The plan as an `<article class="kt-plan" lang="..">` fragment, for the
/// app's plan screen (title `<h2>`). `printed_on` is shown as the date
/// printed; an ISO date (`YYYY-MM-DD`) is written out in words.
pub fn render_plan(plan: &Plan, lang: Lang, printed_on: &str) -> String {
    render_at(plan, lang, printed_on, 2)
}

/// [`render_plan`] with the plan title at heading level `top`.
pub(crate) fn render_at(plan: &Plan, lang: Lang, printed_on: &str, top: u8) -> String {
    let cx = Ctx {
        plan,
        lang,
        top,
        id: id_prefix(&plan.fingerprint),
    };
    let mut s = format!(
        "<article class=\"kt-plan\" lang=\"{}\">\n<header class=\"kt-plan__header\">\n",
        lang.code()
    );
    s.push_str(&cx.h(
        0,
        "kt-plan__title",
        &format!(
            "{} <span class=\"kt-plan__title-name\">{}</span>",
            cx.t(Key::doc_plan_title),
            user(&plan.household_name)
        ),
    ));
    s.push_str(&partial_notice(&cx));
    s.push_str(&format!(
        "<p class=\"kt-plan__intro\">{}</p>\n",
        cx.t(Key::doc_intro)
    ));
    s.push_str(&people::contact(&cx));
    s.push_str("</header>\n");
    s.push_str(&people::household(&cx));
    for d in &plan.domains {
        s.push_str(&domain::section(&cx, d));
    }
    s.push_str(&set_aside(&cx));
    if chart::has_chart(plan) {
        s.push_str("<section class=\"kt-plan__section kt-plan__overview\">\n");
        s.push_str(&cx.h(1, "kt-plan__section-title", &cx.t(Key::doc_chart_heading)));
        if let Some(date) = &plan.assessment_date {
            s.push_str(&format!(
                "<p class=\"kt-plan__lead\">{}: {}</p>\n",
                cx.t(Key::doc_filled_in_on),
                cx.date(date)
            ));
        }
        s.push_str(&chart::render_chart(
            plan,
            lang,
            &format!("{}-chart", cx.id),
        ));
        s.push_str("</section>\n");
    }
    if !cx.left_out(Section::Agreements) {
        s.push_str(&agreements::all(&cx));
    }
    if !cx.left_out(Section::Involved) {
        s.push_str(&people::involved(&cx));
    }
    if !cx.left_out(Section::Signatures) && !plan.without_sign_off {
        s.push_str(&people::review_and_sign(&cx));
    }
    s.push_str(&footer(&cx, printed_on));
    s.push_str("</article>\n");
    s
}

/// Ids for `aria-labelledby`: from the fingerprint, so two plans on one
/// page (a full plan beside a copy) never share one.
fn id_prefix(fingerprint: &str) -> String {
    let clean: String = fingerprint
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .map(|c| c.to_ascii_lowercase())
        .collect();
    if clean.is_empty() {
        "kt-plan".to_string()
    } else {
        format!("kt-plan-{clean}")
    }
}

/// What a copy for a service leaves out, on its face.
fn partial_notice(cx: &Ctx) -> String {
    let Some(p) = &cx.plan.partial else {
        return String::new();
    };
    let mut s = String::from("<div class=\"kt-plan__partial\" role=\"note\">\n");
    s.push_str(&format!(
        "<p class=\"kt-plan__partial-title\"><strong>{}</strong></p>\n<p>{}</p>\n",
        cx.t(Key::doc_partial_heading),
        cx.t(Key::doc_partial_body)
    ));
    let list = |items: Vec<String>| -> String {
        let lis: String = items.iter().map(|i| format!("<li>{i}</li>")).collect();
        format!("<ul>{lis}</ul>\n")
    };
    if !p.left_out_domains.is_empty() {
        s.push_str(&format!("<p>{}:</p>\n", cx.t(Key::doc_partial_domains)));
        s.push_str(&list(
            p.left_out_domains
                .iter()
                .map(|d| escape(d.name.get(cx.lang)))
                .collect(),
        ));
    }
    if !p.left_out_sections.is_empty() {
        s.push_str(&format!("<p>{}:</p>\n", cx.t(Key::doc_partial_sections)));
        s.push_str(&list(
            p.left_out_sections
                .iter()
                .map(|x| cx.t(section_name(*x)))
                .collect(),
        ));
    }
    if p.left_out_members > 0 {
        s.push_str(&format!(
            "<p>{}: {}</p>\n",
            cx.t(Key::doc_partial_members),
            p.left_out_members
        ));
    }
    s.push_str("</div>\n");
    s
}

pub(crate) fn section_name(s: Section) -> Key {
    match s {
        Section::GoingWell => Key::doc_going_well,
        Section::Wants => Key::doc_wants,
        Section::Ladders => Key::doc_where_you_stand,
        Section::Worries => Key::doc_worries,
        Section::Notes => Key::doc_notes,
        Section::Agreements => Key::doc_agreements,
        Section::Share => Key::doc_share_heading,
        Section::Involved => Key::doc_involved,
        Section::Signatures => Key::doc_signatures,
    }
}

fn set_aside(cx: &Ctx) -> String {
    let aside = &cx.plan.set_aside;
    if aside.is_empty() {
        return String::new();
    }
    let mut s = String::from("<section class=\"kt-plan__section kt-plan__set-aside\">\n");
    s.push_str(&cx.h(
        1,
        "kt-plan__section-title",
        &cx.t(Key::doc_set_aside_heading),
    ));
    s.push_str(&format!(
        "<p>{}</p>\n<ul>\n",
        cx.t(Key::doc_set_aside_intro)
    ));
    for d in aside {
        let status = match d.status {
            crate::domain::model::DomainStatus::Skipped => Key::doc_for_later,
            _ => Key::doc_not_started,
        };
        s.push_str(&format!(
            "<li>{} ({})</li>\n",
            escape(d.name.get(cx.lang)),
            cx.t(status)
        ));
    }
    s.push_str("</ul>\n</section>\n");
    s
}

fn footer(cx: &Ctx, printed_on: &str) -> String {
    format!(
        "<footer class=\"kt-plan__footer\">\n\
         <p class=\"kt-plan__fingerprint\">{}: <code class=\"kt-plan__code\">{}</code></p>\n\
         <p>{}</p>\n<p class=\"kt-plan__printed\">{}: {}</p>\n</footer>\n",
        cx.t(Key::doc_fingerprint),
        escape(&cx.plan.fingerprint),
        cx.t(Key::doc_fingerprint_help),
        cx.t(Key::doc_printed_on),
        cx.date(printed_on),
    )
}
