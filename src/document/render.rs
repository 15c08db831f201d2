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
use super::languages::Languages;
use crate::domain::model::{DomainId, Id};
use crate::domain::plan::{CarrierKind, Plan, Section};
use crate::domain::text::{Lang, Text};
use crate::i18n::Key;

mod agreements;
mod domain;
mod people;

/// Rendering settings shared by the parts.
#[derive(Clone)]
pub(crate) struct Ctx<'a> {
    pub plan: &'a Plan,
    /// The language read first.
    pub lang: Lang,
    /// The language given second after every fixed text (a plan in two
    /// languages), never the same as `lang`.
    pub second: Option<Lang>,
    /// Level of the plan title: 2 in the app, 1 in the exported file.
    pub top: u8,
    /// Unique on the page; `[a-z0-9-]` only.
    pub id: &'a str,
}

impl Ctx<'_> {
    /// This context in one language only.
    fn only(&self, lang: Lang) -> Self {
        Ctx {
            lang,
            second: None,
            ..self.clone()
        }
    }

    /// Fixed words made by `part` (escaped HTML, holding nothing typed) in
    /// the plan's language, and in a plan in two languages the second
    /// language after them in a quieter `<span lang dir>`. Words that are
    /// the same in both (a number, a name) are given once.
    pub fn each(&self, part: impl Fn(&Ctx) -> String) -> String {
        self.each_as(
            "kt-plan__second",
            "<span class=\"kt-plan__sep\"> / </span>",
            part,
        )
    }

    /// [`Ctx::each`] with the second language on a line of its own, for
    /// headings and whole sentences.
    pub fn each_block(&self, part: impl Fn(&Ctx) -> String) -> String {
        self.each_as("kt-plan__second kt-plan__second--block", "", part)
    }

    /// Only the second language's words of [`Ctx::each_block`] (nothing
    /// in a plan in one language): for the title, whose first words come
    /// before the household's name and second words after it.
    pub fn second_block(&self, t: Key) -> String {
        let full = self.tb(t);
        full.strip_prefix(&self.t1(t))
            .unwrap_or_default()
            .to_string()
    }

    /// `sep` goes between the two, outside the second's own direction, so
    /// it stands between them in a right-to-left line too.
    fn each_as(&self, class: &str, sep: &str, part: impl Fn(&Ctx) -> String) -> String {
        let first = part(&self.only(self.lang));
        match self.second {
            Some(l) => {
                let second = part(&self.only(l));
                if second == first {
                    first
                } else {
                    format!(
                        "{first}{sep}<span class=\"{class}\" lang=\"{}\" dir=\"{}\">{second}</span>",
                        l.code(),
                        super::Dir::of(l).attr()
                    )
                }
            }
            None => first,
        }
    }

    /// A fixed text, escaped (they hold no markup, but nothing reaches the
    /// output unescaped), in each of the plan's languages.
    pub fn t(&self, t: Key) -> String {
        self.each(|c| escape(t.get(c.lang)))
    }

    /// A counting text (`crate::domain::PluralText`) in the form `n`
    /// takes, in each of the plan's languages.
    pub fn tn(&self, t: Key, n: u64) -> String {
        self.each(|c| escape(&crate::i18n::tn(c.lang, t, n)))
    }

    /// [`Ctx::t`] for a heading or a whole sentence.
    pub fn tb(&self, t: Key) -> String {
        self.each_block(|c| escape(t.get(c.lang)))
    }

    /// A fixed text in the first language only: for attributes, which
    /// hold no markup.
    pub fn t1(&self, t: Key) -> String {
        escape(t.get(self.lang))
    }

    /// A fixed text for an attribute (no markup): the first language, and
    /// in a plan in two languages the second after a slash.
    pub fn t_attr(&self, t: Key) -> String {
        match self.second {
            Some(l) if t.get(l) != t.get(self.lang) => {
                escape(&format!("{} / {}", t.get(self.lang), t.get(l)))
            }
            _ => self.t1(t),
        }
    }

    /// A catalogue text (a life area, a strength, a rung) in each language.
    pub fn text(&self, text: &Text) -> String {
        self.each(|c| escape(text.get(c.lang)))
    }

    /// A heading `depth` levels below the plan title.
    pub fn h(&self, depth: u8, class: &str, inner_html: &str) -> String {
        let n = (self.top + depth).min(6);
        format!("<h{n} class=\"{class}\">{inner_html}</h{n}>\n")
    }

    /// A date as words when it is an ISO date, escaped, in each language;
    /// anything else (an old file's "na de zomer") is typed text, given
    /// once and isolated like all of it.
    pub fn date(&self, text: &str) -> String {
        let t = text.trim();
        if t.is_empty() || crate::domain::date::is_real_date(t) {
            self.each(|c| escape(&super::locale_format::long_date(text, c.lang)))
        } else {
            user(text)
        }
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
            .map(|(_, n)| n);
        match name {
            Some(n) => self.text(n),
            None => escape(id.as_str()),
        }
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

/// The plan as an `<article class="kt-plan" lang="..">` fragment (with
/// `dir="rtl"` for a right-to-left language),
/// for the app's plan screen (title `<h2>`), in one language (a [`Lang`])
/// or two ([`Languages`]). `printed_on` is shown as the date printed; an
/// ISO date (`YYYY-MM-DD`) is written out in words.
pub fn render_plan(plan: &Plan, langs: impl Into<Languages>, printed_on: &str) -> String {
    render_at(plan, langs.into(), printed_on, 2)
}

/// [`render_plan`] with the plan title at heading level `top`.
pub(crate) fn render_at(plan: &Plan, langs: Languages, printed_on: &str, top: u8) -> String {
    let lang = langs.primary;
    let id = id_prefix(&plan.fingerprint);
    let cx = Ctx {
        plan,
        lang,
        second: langs.second(),
        top,
        id: &id,
    };
    let both = if cx.second.is_some() {
        " kt-plan--two"
    } else {
        ""
    };
    // The plan carries its own direction, so it reads right also inside a
    // page (or host) of the other direction.
    let mut s = format!(
        "<article class=\"kt-plan{both}\" lang=\"{}\" dir=\"{}\">\n<header class=\"kt-plan__header\">\n",
        lang.code(),
        super::Dir::of(lang).attr()
    );
    // The household's name once, between the title in the first language
    // and the title in the second.
    let title = cx.t1(Key::doc_plan_title);
    s.push_str(&cx.h(
        0,
        "kt-plan__title",
        &format!(
            "{title} <span class=\"kt-plan__title-name\">{}</span>{}",
            user(&plan.household_name),
            cx.second_block(Key::doc_plan_title),
        ),
    ));
    s.push_str(&partial_notice(&cx));
    s.push_str(&format!(
        "<p class=\"kt-plan__intro\">{}</p>\n",
        cx.tb(Key::doc_intro)
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
        s.push_str(&cx.h(1, "kt-plan__section-title", &cx.tb(Key::doc_chart_heading)));
        if let Some(date) = &plan.assessment_date {
            s.push_str(&format!(
                "<p class=\"kt-plan__lead\">{}: {}</p>\n",
                cx.t(Key::doc_filled_in_on),
                cx.date(date)
            ));
        }
        // The chart in the first language (its own words are short; the
        // table under it repeats every figure).
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
        cx.tb(Key::doc_partial_heading),
        cx.tb(Key::doc_partial_body)
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
                .map(|d| cx.text(&d.name))
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
        &cx.tb(Key::doc_set_aside_heading),
    ));
    s.push_str(&format!(
        "<p>{}</p>\n<ul>\n",
        cx.tb(Key::doc_set_aside_intro)
    ));
    for d in aside {
        let status = match d.status {
            crate::domain::model::DomainStatus::Skipped => Key::doc_for_later,
            _ => Key::doc_not_started,
        };
        s.push_str(&format!(
            "<li>{} ({})</li>\n",
            cx.text(&d.name),
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
        cx.tb(Key::doc_fingerprint_help),
        cx.t(Key::doc_printed_on),
        cx.date(printed_on),
    )
}
