//! "Check your answers": everything on one page, grouped by domain, with
//! "not filled in" where empty and a change link to the exact field. What
//! each answer says comes from the core (`plan::check_answers`, the plan's
//! own derivation); this page only puts it in words.

use super::domain::open_domain;
use crate::domain::plan::{
    check_answers, check_involved, CheckAgreement, CheckAnswer, CheckRow, CheckRung, Involved,
    InvolvedKind,
};
use crate::domain::{DomainId, LadderAnswer, Lang};
use crate::i18n::{t, tf, Key};
use crate::ui::components::PageHeading;
use crate::ui::isolate::isolate;
use crate::ui::state::tr;
use crate::ui::state::{use_app, AppState, Screen};
use leptos::prelude::*;

fn ladder_text(rung: &CheckRung, lang: Lang) -> String {
    match rung.answer {
        LadderAnswer::NotAsked => String::new(),
        LadderAnswer::RatherNotSay => t(lang, Key::ladder_rather_not_say).to_string(),
        LadderAnswer::DoesNotApply => t(lang, Key::ladder_does_not_apply).to_string(),
        LadderAnswer::Rung(r) => format!(
            "{} {r}: {}",
            t(lang, Key::ladder_rung),
            rung.text
                .as_ref()
                .map(|x| x.get(lang).to_string())
                .unwrap_or_default()
        ),
    }
}

/// An answer in words, as the page shows it.
fn answer_text(answer: &CheckAnswer, lang: Lang) -> String {
    match answer {
        CheckAnswer::Words(s) => s.clone(),
        CheckAnswer::Strengths(list) => list
            .iter()
            .map(|s| s.get(lang))
            .collect::<Vec<_>>()
            .join(", "),
        CheckAnswer::Rungs(lines) => lines
            .iter()
            .map(|r| {
                let who = if r.who.is_empty() {
                    String::new()
                } else {
                    format!("{}: ", isolate(&r.who))
                };
                format!("{who}{}", ladder_text(r, lang))
            })
            .collect::<Vec<_>>()
            .join("\n"),
        CheckAnswer::Names(names) => names
            .iter()
            .map(|n| isolate(n))
            .collect::<Vec<_>>()
            .join(", "),
        CheckAnswer::Agreements(list) => list
            .iter()
            .map(|a| format!("{} ({})", isolate(&a.what), agreement_details(a, lang)))
            .collect::<Vec<_>>()
            .join("\n"),
    }
}

/// Who carries an agreement, for whom and by when, as the plan says it.
fn agreement_details(a: &CheckAgreement, lang: Lang) -> String {
    let who = match a.who.as_deref() {
        None => t(lang, Key::check_nobody).to_string(),
        Some("") => t(lang, Key::check_not_listed).to_string(),
        Some(name) => isolate(name),
    };
    let mut parts = vec![tf(lang, Key::check_who, &[("name", &who)])];
    if !a.for_names.is_empty() {
        let names = a
            .for_names
            .iter()
            .map(|n| isolate(n))
            .collect::<Vec<_>>()
            .join(", ");
        parts.push(tf(lang, Key::check_for, &[("names", &names)]));
    }
    if !a.by_when.trim().is_empty() {
        // A date in words, as the plan prints it.
        let when = crate::document::locale_format::long_date(&a.by_when, lang);
        parts.push(tf(lang, Key::check_when, &[("when", &when)]));
    }
    parts.join("; ")
}

/// Someone involved in words: role or relation, how to reach them, what
/// they help with (what is filled in).
fn involved_text(p: &Involved) -> String {
    [&p.detail, &p.reach, &p.helps_with]
        .iter()
        .filter(|s| !s.trim().is_empty())
        .map(|s| s.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

fn change_link(app: AppState, domain: &DomainId, row: &CheckRow, label: String) -> impl IntoView {
    let lang = app.lang;
    let domain = domain.clone();
    let target = row.target.id();
    let step = row.step;
    view! {
        <button
            type="button"
            class="kt-button--link kt-summary__change"
            on:click=move |_| {
                app.focus_target.set(Some(target.clone()));
                open_domain(app, domain.clone(), step);
            }
        >
            {tr(lang, Key::check_change)}
            <span class="kt-visually-hidden">{format!(" {label}")}</span>
        </button>
    }
}

#[component]
pub fn CheckScreen() -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let answers = Memo::new(move |_| app.intake.with(|i| check_answers(i, &app.catalogue())));
    let sections = move || {
        let l = lang.get();
        answers.with(|domains| domains
            .iter()
            .map(|d| {
                if d.put_off {
                    return put_off(app, d.id.clone(), d.name.get(l).to_string(), l).into_any();
                }
                let rows = d
                    .rows
                    .iter()
                    .map(|row| {
                        let label = if row.optional {
                            format!("{} ({})", row.label.get(l), t(l, Key::optional))
                        } else {
                            row.label.get(l).to_string()
                        };
                        let value = row.answer.as_ref().map(|a| answer_text(a, l));
                        view! {
                            <div class="kt-summary__row">
                                <dt class="kt-summary__key">{label.clone()}</dt>
                                <dd class="kt-summary__value">
                                    {match value {
                                        Some(v) => view! { <span class="kt-pre" dir="auto">{v}</span> }.into_any(),
                                        None => view! { <span class="kt-hint">{t(l, Key::check_not_filled)}</span> }.into_any(),
                                    }}
                                </dd>
                                <dd class="kt-summary__actions">{change_link(app, &d.id, row, label)}</dd>
                            </div>
                        }
                    })
                    .collect_view();
                view! {
                    <h2 class="kt-heading-m">{d.name.get(l).to_string()}</h2>
                    <dl class="kt-summary">{rows}</dl>
                }
                .into_any()
            })
            .collect_view())
    };
    let household = move || {
        let l = lang.get();
        app.intake.with(|i| {
            let members = i
                .household
                .members
                .iter()
                .map(|m| if m.role.is_empty() { isolate(&m.name) } else { format!("{} ({})", isolate(&m.name), isolate(&m.role)) })
                .collect::<Vec<_>>()
                .join(", ");
            // The contact person as the plan shows them: name, then
            // organisation and phone or e-mail.
            let people = check_involved(i);
            let contact = people
                .iter()
                .find(|p| p.kind == InvolvedKind::Contact)
                .map(|p| {
                    let more = involved_text(p);
                    match (p.name.trim().is_empty(), more.is_empty()) {
                        (true, true) => String::new(),
                        (_, true) => isolate(&p.name),
                        _ => format!("{} ({})", isolate(&p.name), isolate(&more)),
                    }
                })
                .unwrap_or_default();
            let rows = [
                (t(l, Key::household_name), i.household.display_name.clone()),
                (t(l, Key::household_members_title), members),
                (t(l, Key::contact_title), contact),
            ];
            rows.into_iter()
                .map(|(k, v)| {
                    view! {
                        <div class="kt-summary__row">
                            <dt class="kt-summary__key">{k}</dt>
                            <dd class="kt-summary__value">
                                // Typed text, each part isolated above.
                                <span dir="auto">{if v.trim().is_empty() { t(l, Key::check_not_filled).to_string() } else { v }}</span>
                            </dd>
                            <dd class="kt-summary__actions">
                                <button type="button" class="kt-button--link" on:click=move |_| app.go(Screen::Household)>
                                    {t(l, Key::check_change)}
                                    <span class="kt-visually-hidden">{format!(" {k}")}</span>
                                </button>
                            </dd>
                        </div>
                    }
                })
                .collect_view()
        })
    };
    // Network people and organisations, as the plan's "who helps" lists
    // them (the contact person is in the household part above).
    let helpers = move || {
        let l = lang.get();
        let people: Vec<Involved> = app.intake.with(|i| {
            check_involved(i)
                .into_iter()
                .filter(|p| p.kind != InvolvedKind::Contact)
                .collect()
        });
        if people.is_empty() {
            return view! { <p class="kt-hint">{t(l, Key::check_involved_none)}</p> }.into_any();
        }
        let rows = people
            .into_iter()
            .map(|p| {
                let name = if p.name.trim().is_empty() {
                    t(l, Key::check_not_filled).to_string()
                } else {
                    p.name.clone()
                };
                let text = involved_text(&p);
                view! {
                    <div class="kt-summary__row">
                        <dt class="kt-summary__key"><bdi>{name.clone()}</bdi></dt>
                        <dd class="kt-summary__value"><span class="kt-pre" dir="auto">{text}</span></dd>
                        <dd class="kt-summary__actions">
                            <button type="button" class="kt-button--link" on:click=move |_| app.go(Screen::Household)>
                                {t(l, Key::check_change)}
                                <span class="kt-visually-hidden">{format!(" {name}")}</span>
                            </button>
                        </dd>
                    </div>
                }
            })
            .collect_view();
        view! { <dl class="kt-summary kt-check__involved">{rows}</dl> }.into_any()
    };
    view! {
        <section class="kt-screen">
            <PageHeading text=Signal::derive(move || t(lang.get(), Key::check_title).to_string()) />
            <h2 class="kt-heading-m">{tr(lang, Key::household_title)}</h2>
            <dl class="kt-summary">{household}</dl>
            <h2 class="kt-heading-m">{tr(lang, Key::plan_section_involved)}</h2>
            {helpers}
            {sections}
            <div class="kt-button-group">
                <button type="button" class="kt-button kt-button--primary" on:click=move |_| app.go(Screen::Plan)>
                    {tr(lang, Key::check_to_plan)}
                </button>
                <button type="button" class="kt-button kt-button--secondary" on:click=move |_| app.go(Screen::Tasks)>
                    {move || tf(lang.get(), Key::nav_back_to, &[("page", t(lang.get(), Key::tasks_short))])}
                </button>
            </div>
        </section>
    }
}

/// A domain put off with nothing in it: "for later" once, with a way to
/// open it, instead of "not filled in" for every question.
fn put_off(app: AppState, domain: DomainId, name: String, l: Lang) -> impl IntoView {
    let label = name.clone();
    view! {
        <h2 class="kt-heading-m">{name}</h2>
        <dl class="kt-summary kt-check__later">
            <div class="kt-summary__row">
                <dt class="kt-summary__key">{t(l, Key::check_later)}</dt>
                <dd class="kt-summary__value"><span class="kt-hint">{t(l, Key::check_later_hint)}</span></dd>
                <dd class="kt-summary__actions">
                    <button
                        type="button"
                        class="kt-button--link kt-summary__change"
                        on:click=move |_| open_domain(app, domain.clone(), 0)
                    >
                        {t(l, Key::check_change)}
                        <span class="kt-visually-hidden">{format!(" {label}")}</span>
                    </button>
                </dd>
            </div>
        </dl>
    }
}
