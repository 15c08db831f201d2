//! "Check your answers": everything on one page, grouped by domain, with
//! "not filled in" where empty and a change link to the exact field.

use super::domain::field_id;
use crate::domain::catalogue::{DomainDef, Field};
use crate::domain::{Intake, LadderAnswer, Lang};
use crate::i18n::{t, tf, Key};
use crate::ui::components::PageHeading;
use crate::ui::state::tr;
use crate::ui::state::{use_app, AppState, Screen};
use leptos::prelude::*;

fn ladder_text(def: &DomainDef, answer: LadderAnswer, lang: Lang) -> Option<String> {
    match answer {
        LadderAnswer::NotAsked => None,
        LadderAnswer::RatherNotSay => Some(t(lang, Key::ladder_rather_not_say).to_string()),
        LadderAnswer::Rung(r) => Some(format!(
            "{} {r}: {}",
            t(lang, Key::ladder_rung),
            def.rung(r)
                .map(|x| x.get(lang).to_string())
                .unwrap_or_default()
        )),
    }
}

/// The answer to one question as plain text, `None` when not filled in.
fn answer(intake: &Intake, def: &DomainDef, field: Field, lang: Lang) -> Option<String> {
    let a = intake.domain(&def.id);
    let non_empty = |s: &str| (!s.trim().is_empty()).then(|| s.to_string());
    match field {
        Field::GoingWell => a.and_then(|a| non_empty(&a.going_well)),
        Field::Wants => a.and_then(|a| non_empty(&a.wants)),
        Field::Worries => a.and_then(|a| non_empty(&a.worries)),
        Field::Notes => a.and_then(|a| non_empty(&a.notes)),
        Field::Strengths => a.and_then(|a| {
            let picked: Vec<_> = a
                .strengths
                .iter()
                .filter_map(|s| def.strength(s).map(|s| s.text.get(lang).to_string()))
                .collect();
            (!picked.is_empty()).then(|| picked.join(", "))
        }),
        Field::RungNow | Field::RungWanted => {
            let assessment = intake.current_assessment()?;
            let lines: Vec<String> = assessment
                .rungs
                .iter()
                .filter(|r| r.domain == def.id)
                .filter_map(|r| {
                    let value = if field == Field::RungNow {
                        r.now
                    } else {
                        r.wanted
                    };
                    let text = ladder_text(def, value, lang)?;
                    let who = r
                        .member
                        .and_then(|m| intake.household.members.iter().find(|x| x.id == m))
                        .map(|m| format!("{}: ", m.name))
                        .unwrap_or_default();
                    Some(format!("{who}{text}"))
                })
                .collect();
            (!lines.is_empty()).then(|| lines.join("\n"))
        }
        Field::Network => a.and_then(|a| {
            let names: Vec<_> = intake
                .network
                .iter()
                .filter(|n| a.network.contains(&n.id))
                .map(|n| n.name.clone())
                .collect();
            (!names.is_empty()).then(|| names.join(", "))
        }),
        Field::Professionals => a.and_then(|a| {
            let names: Vec<_> = intake
                .professionals
                .iter()
                .filter(|p| a.professionals.contains(&p.id))
                .map(|p| p.organisation.clone())
                .collect();
            (!names.is_empty()).then(|| names.join(", "))
        }),
        Field::Agreements => {
            let list: Vec<_> = intake
                .agreements
                .iter()
                .filter(|x| x.domain.as_ref() == Some(&def.id) && !x.what.trim().is_empty())
                .map(|x| x.what.clone())
                .collect();
            (!list.is_empty()).then(|| list.join("\n"))
        }
    }
}

fn change_link(app: AppState, def: &DomainDef, field: Field, label: String) -> impl IntoView {
    let lang = app.lang;
    let domain = def.id.clone();
    let target = field_id(&domain, field);
    let step = def.step_of(field);
    view! {
        <button
            type="button"
            class="kt-button--link kt-summary__change"
            on:click=move |_| {
                app.focus_target.set(Some(target.clone()));
                app.go(Screen::Domain(domain.clone(), step));
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
    let sections = move || {
        let l = lang.get();
        app.catalogue()
            .domains
            .iter()
            .map(|def| {
                let rows = def
                    .questions
                    .iter()
                    .map(|q| {
                        let label = q.label.get(l).to_string();
                        let value = app.intake.with(|i| answer(i, def, q.field, l));
                        view! {
                            <div class="kt-summary__row">
                                <dt class="kt-summary__key">{label.clone()}</dt>
                                <dd class="kt-summary__value">
                                    {match value {
                                        Some(v) => view! { <span class="kt-pre">{v}</span> }.into_any(),
                                        None => view! { <span class="kt-hint">{t(l, Key::check_not_filled)}</span> }.into_any(),
                                    }}
                                </dd>
                                <dd class="kt-summary__actions">{change_link(app, def, q.field, label)}</dd>
                            </div>
                        }
                    })
                    .collect_view();
                view! {
                    <h2 class="kt-heading-m">{def.name.get(l).to_string()}</h2>
                    <dl class="kt-summary">{rows}</dl>
                }
            })
            .collect_view()
    };
    let household = move || {
        let l = lang.get();
        app.intake.with(|i| {
            let members = i
                .household
                .members
                .iter()
                .map(|m| if m.role.is_empty() { m.name.clone() } else { format!("{} ({})", m.name, m.role) })
                .collect::<Vec<_>>()
                .join(", ");
            let rows = [
                (t(l, Key::household_name), i.household.display_name.clone()),
                (t(l, Key::household_members_title), members),
                (t(l, Key::contact_title), i.household.contact.name.clone()),
            ];
            rows.into_iter()
                .map(|(k, v)| {
                    view! {
                        <div class="kt-summary__row">
                            <dt class="kt-summary__key">{k}</dt>
                            <dd class="kt-summary__value">
                                {if v.trim().is_empty() { t(l, Key::check_not_filled).to_string() } else { v }}
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
    view! {
        <section class="kt-screen">
            <PageHeading text=Signal::derive(move || t(lang.get(), Key::check_title).to_string()) />
            <h2 class="kt-heading-m">{tr(lang, Key::household_title)}</h2>
            <dl class="kt-summary">{household}</dl>
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
