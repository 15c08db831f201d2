//! One life domain, in short steps in the order of the sources: what goes
//! well → what you want → the ladder → worries → who is involved →
//! agreements. Every question's text comes from the catalogue.

use crate::domain::catalogue::{DomainDef, Field, Question, Scope};
use crate::domain::checks::agreement_gaps;
use crate::domain::edit::{DomainText, Edit, PeopleList, RungSide};
use crate::domain::field_ref::FieldRef;
use crate::domain::plan::nothing_recorded;
use crate::domain::{DomainId, DomainStatus, Id, Intake, LadderAnswer};
use crate::i18n::{t, tf, Key};
use crate::ui::browser;
use crate::ui::components::rows::member_name;
use crate::ui::components::{
    AgreementEditor, Checkbox, ErrorSummary, FieldError, Ladder, LadderTexts, PageHeading,
    StepErrors, TextField, Why,
};
use crate::ui::gaps::field_errors;
use crate::ui::state::tr;
use crate::ui::state::{use_app, AppState, Screen};
use leptos::prelude::*;

/// The element id of a question's field, for labels and "change" links.
pub fn field_id(domain: &DomainId, field: Field) -> String {
    FieldRef::Domain(domain.clone(), field).id()
}

fn domain_text(field: Field) -> Option<DomainText> {
    match field {
        Field::GoingWell => Some(DomainText::GoingWell),
        Field::Wants => Some(DomainText::Wants),
        Field::Worries => Some(DomainText::Worries),
        Field::Notes => Some(DomainText::Notes),
        _ => None,
    }
}

fn read_text(intake: &Intake, domain: &DomainId, field: Field) -> String {
    intake
        .domain(domain)
        .map(|a| match field {
            Field::GoingWell => a.going_well.clone(),
            Field::Wants => a.wants.clone(),
            Field::Worries => a.worries.clone(),
            Field::Notes => a.notes.clone(),
            _ => String::new(),
        })
        .unwrap_or_default()
}

/// Goes to a step of a domain. Opening a domain starts it (not started
/// becomes in progress): a change the person makes by going there, so it
/// is an edit sent on the way, not a write while the screen renders.
pub fn open_domain(app: AppState, domain: DomainId, step: usize) {
    app.edit(Edit::OpenDomain(domain.clone()));
    app.go(Screen::Domain(domain, step));
}

fn set_status(app: AppState, domain: &DomainId, status: DomainStatus) {
    app.edit(Edit::SetDomainStatus(domain.clone(), status));
}

#[component]
pub fn DomainScreen(
    /// The domain shown.
    domain: DomainId,
    /// The step within it, 0-based.
    step: usize,
) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let Some(def) = app.catalogue().domain(&domain).cloned() else {
        return view! { <p class="kt-body">{tr(lang, Key::domain_unknown)}</p> }.into_any();
    };
    let all_steps = def.steps();
    let total = all_steps.len();
    let step = step.min(total.saturating_sub(1));
    let has_agreements = all_steps
        .get(step)
        .is_some_and(|qs| qs.iter().any(|q| q.field == Field::Agreements));
    let questions: Vec<Question> = all_steps
        .get(step)
        .map(|qs| qs.iter().map(|q| (*q).clone()).collect())
        .unwrap_or_default();

    let name = def.name.clone();
    // "Geld: wat gaat goed" — the domain and what this step is about; the
    // questions themselves are the labels and legends below it.
    let step_key = match questions.first().map(|q| q.field.step()) {
        Some(0) | None => Key::step_title_going_well,
        Some(1) => Key::step_title_wants,
        Some(2) => Key::step_title_ladder,
        Some(3) => Key::step_title_worries,
        Some(4) => Key::step_title_involved,
        _ => Key::step_title_agreements,
    };
    let heading = {
        let name = name.clone();
        Signal::derive(move || format!("{}: {}", name.get(lang.get()), t(lang.get(), step_key)))
    };
    let progress = Signal::derive(move || {
        tf(
            lang.get(),
            Key::step_of,
            &[("x", &(step + 1).to_string()), ("y", &total.to_string())],
        )
    });
    let intro = def.intro.clone();
    let body = questions
        .into_iter()
        .map(|q| question_view(app, &def, q))
        .collect_view();

    let errors = RwSignal::new(Vec::<FieldError>::new());
    provide_context(StepErrors(errors));
    let d_prev = domain.clone();
    let d_next = domain.clone();
    let d_skip = domain.clone();
    let previous = move |_| {
        if step == 0 {
            app.go(Screen::Tasks)
        } else {
            open_domain(app, d_prev.clone(), step - 1)
        }
    };
    let next = move |_| {
        if has_agreements {
            let gaps = app.intake.with_untracked(|i| agreement_gaps(i, &d_next));
            if !gaps.is_empty() {
                errors.set(field_errors(gaps, lang.get_untracked()));
                return;
            }
            errors.set(Vec::new());
        }
        if step + 1 < total {
            open_domain(app, d_next.clone(), step + 1)
        } else {
            // Done with nothing in it: ask once whether that is right.
            let empty = app.intake.with_untracked(|i| nothing_recorded(i, &d_next));
            if empty && !browser::confirm(t(lang.get_untracked(), Key::domain_nothing_confirm)) {
                return;
            }
            set_status(app, &d_next, DomainStatus::Done);
            app.go(Screen::Tasks)
        }
    };
    let skip = move |_| {
        set_status(app, &d_skip, DomainStatus::Skipped);
        app.go(Screen::Tasks)
    };
    view! {
        <section class="kt-screen" lang=move || lang.get().code()>
            <ErrorSummary
                title=Signal::derive(move || t(lang.get(), Key::error_summary_title).to_string())
                errors=errors
            />
            <PageHeading text=heading progress=progress />
            {(step == 0).then(|| view! { <p class="kt-lead">{move || intro.get(lang.get()).to_string()}</p> })}
            {body}
            <div class="kt-button-group">
                <button type="button" class="kt-button kt-button--primary" on:click=next>
                    {move || if step + 1 < total { t(lang.get(), Key::nav_next) } else { t(lang.get(), Key::domain_finish) }}
                </button>
                <button type="button" class="kt-button kt-button--secondary" on:click=previous>
                    {tr(lang, Key::nav_previous)}
                </button>
                <button type="button" class="kt-button kt-button--link" on:click=skip>
                    {tr(lang, Key::domain_skip)}
                </button>
            </div>
        </section>
    }
    .into_any()
}

fn question_view(app: AppState, def: &DomainDef, q: Question) -> AnyView {
    let lang = app.lang;
    let domain = def.id.clone();
    let id = field_id(&domain, q.field);
    let label = {
        let q = q.clone();
        Signal::derive(move || {
            let mut label = q.label.get(lang.get()).to_string();
            if q.optional {
                label.push_str(&format!(" ({})", t(lang.get(), Key::optional)));
            }
            label
        })
    };
    let hint = {
        let h = q.hint.clone();
        Signal::derive(move || Some(h.get(lang.get()).to_string()))
    };
    let why = {
        let w = q.why.clone();
        Signal::derive(move || Some(w.get(lang.get()).to_string()))
    };
    let why_label = Signal::derive(move || Some(t(lang.get(), Key::why_we_ask).to_string()));
    let why_text = {
        let w = q.why.clone();
        Signal::derive(move || w.get(lang.get()).to_string())
    };
    match q.field {
        Field::GoingWell | Field::Wants | Field::Worries | Field::Notes => {
            let field = q.field;
            let (d_read, d_write) = (domain.clone(), domain.clone());
            view! {
                <TextField
                    id=id
                    label=label
                    hint=hint
                    why=why
                    why_label=why_label
                    multiline=true
                    value=Signal::derive(move || app.intake.with(|i| read_text(i, &d_read, field)))
                    on_input=Callback::new(move |v| if let Some(text) = domain_text(field) {
                        crate::ui::notice::edit_text(app, Edit::SetDomainText(d_write.clone(), text, v));
                    })
                />
            }
            .into_any()
        }
        Field::Strengths => {
            let options: Vec<(String, crate::domain::Text)> = def
                .strengths
                .iter()
                .map(|s| (s.id.clone(), s.text.clone()))
                .collect();
            checkbox_group(
                app,
                id,
                label,
                why_text,
                options,
                move |opt: &str, on| Edit::SetStrength {
                    domain: domain.clone(),
                    strength: opt.to_string(),
                    on,
                },
                {
                    let domain = def.id.clone();
                    move |i: &Intake, opt: &str| {
                        i.domain(&domain)
                            .is_some_and(|a| a.strengths.iter().any(|s| s == opt))
                    }
                },
            )
        }
        Field::RungNow => ladders(app, def, q).into_any(),
        Field::RungWanted => ().into_any(),
        Field::Network | Field::Professionals => {
            let is_network = q.field == Field::Network;
            // A person not yet named reads as their row does ("Helper 2"):
            // no checkbox without a label.
            let l = lang.get_untracked();
            let named =
                |key: Key, n: usize, name: &str, detail: &str, join: fn(&str, &str) -> String| {
                    let name = if name.trim().is_empty() {
                        tf(l, key, &[("n", &(n + 1).to_string())])
                    } else {
                        name.to_string()
                    };
                    if detail.trim().is_empty() {
                        name
                    } else {
                        join(&name, detail)
                    }
                };
            let people = app.intake.with_untracked(|i| {
                if is_network {
                    i.network
                        .iter()
                        .enumerate()
                        .map(|(n, p)| {
                            (
                                p.id,
                                named(Key::network_row, n, &p.name, &p.relation, |a, b| {
                                    format!("{a} ({b})")
                                }),
                            )
                        })
                        .collect::<Vec<_>>()
                } else {
                    i.professionals
                        .iter()
                        .enumerate()
                        .map(|(n, p)| {
                            (
                                p.id,
                                named(
                                    Key::professional_row,
                                    n,
                                    &p.organisation,
                                    &p.role,
                                    |a, b| format!("{a} – {b}"),
                                ),
                            )
                        })
                        .collect()
                }
            });
            if people.is_empty() {
                let key = if is_network {
                    Key::involved_none_network
                } else {
                    Key::involved_none_professionals
                };
                return view! {
                    <div class="kt-field" id=id>
                        <h2 class="kt-heading-s">{move || label.get()}</h2>
                        <p class="kt-hint">{move || t(lang.get(), key)}</p>
                    </div>
                }
                .into_any();
            }
            let options = people
                .into_iter()
                .map(|(pid, name)| (pid.to_string(), crate::domain::Text::own(&name)))
                .collect();
            let d_read = def.id.clone();
            checkbox_group(
                app,
                id,
                label,
                why_text,
                options,
                move |opt: &str, on| Edit::SetInvolved {
                    domain: domain.clone(),
                    list: if is_network {
                        PeopleList::Network
                    } else {
                        PeopleList::Professionals
                    },
                    id: opt.parse().unwrap_or_default(),
                    on,
                },
                move |i: &Intake, opt: &str| {
                    let pid: Id = opt.parse().unwrap_or_default();
                    i.domain(&d_read).is_some_and(|a| {
                        if is_network {
                            a.network.contains(&pid)
                        } else {
                            a.professionals.contains(&pid)
                        }
                    })
                },
            )
        }
        Field::Agreements => view! {
            <div class="kt-field" id=id>
                <h2 class="kt-heading-m">{move || label.get()}</h2>
                <p class="kt-hint">{move || hint.get()}</p>
                <AgreementEditor domain=domain />
            </div>
        }
        .into_any(),
    }
}

fn checkbox_group(
    app: AppState,
    id: String,
    legend: Signal<String>,
    why: Signal<String>,
    options: Vec<(String, crate::domain::Text)>,
    // The edit that ticks (`true`) or unticks an option.
    write: impl Fn(&str, bool) -> Edit + Clone + Send + Sync + 'static,
    read: impl Fn(&Intake, &str) -> bool + Clone + Send + Sync + 'static,
) -> AnyView {
    let lang = app.lang;
    let boxes = options
        .into_iter()
        .enumerate()
        .map(|(n, (value, text))| {
            let box_id = if n == 0 {
                id.clone()
            } else {
                format!("{id}-{n}")
            };
            let (v_read, v_write) = (value.clone(), value);
            let read = read.clone();
            let write = write.clone();
            view! {
                <Checkbox
                    id=box_id
                    label=Signal::derive(move || text.get(lang.get()).to_string())
                    checked=Signal::derive(move || app.intake.with(|i| read(i, &v_read)))
                    on_change=Callback::new(move |on: bool| _ = app.edit(write(&v_write, on)))
                />
            }
        })
        .collect_view();
    let why_id = format!("{id}-why");
    let described_by = why_id.clone();
    view! {
        <fieldset class="kt-fieldset kt-field" aria-describedby=described_by>
            <legend class="kt-legend">{move || legend.get()}</legend>
            <Why id=why_id label=Signal::derive(move || t(lang.get(), Key::why_we_ask).to_string()) text=why />
            <div class="kt-checkboxes">{boxes}</div>
        </fieldset>
    }
    .into_any()
}

/// One pair of ladders for the household, or one per member when the
/// domain is asked per person.
fn ladders(app: AppState, def: &DomainDef, q: Question) -> impl IntoView {
    let lang = app.lang;
    let domain = def.id.clone();
    let rungs_text = def.ladder.clone();
    let rungs = Signal::derive(move || {
        rungs_text
            .iter()
            .map(|r| r.get(lang.get()).to_string())
            .collect::<Vec<_>>()
    });
    let wanted_label = def
        .question(Field::RungWanted)
        .map(|w| w.label.clone())
        .unwrap_or_default();
    let now_label = q.label.clone();
    let texts = Signal::derive(move || {
        let l = lang.get();
        LadderTexts {
            who: String::new(),
            legend_now: now_label.get(l).to_string(),
            legend_wanted: wanted_label.get(l).to_string(),
            rather_not_say: t(l, Key::ladder_rather_not_say).to_string(),
            does_not_apply: None,
            marker_now: t(l, Key::ladder_marker_now).to_string(),
            marker_previous: t(l, Key::ladder_marker_previous).to_string(),
        }
    });
    let subjects: Vec<(Option<Id>, String)> = match def.scope {
        Scope::Household => vec![(None, String::new())],
        Scope::PerMember => {
            let l = lang.get_untracked();
            let (members, asked) = app.intake.with_untracked(|i| {
                // Counted from the assessment being filled in, or today
                // for the first answer (which starts one today).
                let date = i
                    .current_assessment()
                    .map(|a| a.date.clone())
                    .unwrap_or_else(browser::today);
                let asked = i
                    .household
                    .members
                    .iter()
                    .enumerate()
                    .filter(|(_, m)| def.asks(m, &date))
                    .map(|(n, m)| (Some(m.id), member_name(l, n, &m.name)))
                    .collect::<Vec<_>>();
                (i.household.members.len(), asked)
            });
            if members == 0 {
                vec![(None, String::new())]
            } else {
                asked
            }
        }
    };
    let base_id = field_id(&domain, Field::RungNow);
    let why = {
        let w = q.why.clone();
        Signal::derive(move || w.get(lang.get()).to_string())
    };
    let why_view = view! {
        <Why
            id=format!("{base_id}-why")
            label=Signal::derive(move || t(lang.get(), Key::why_we_ask).to_string())
            text=why
        />
    };
    let ladders = subjects
        .into_iter()
        .enumerate()
        .map(|(n, (member, name))| {
            let id = if n == 0 { base_id.clone() } else { format!("{base_id}-{n}") };
            let (d1, d2, d3, d4, d5) = (domain.clone(), domain.clone(), domain.clone(), domain.clone(), domain.clone());
            let answer = move |d: &DomainId, now: bool| {
                app.intake.with(|i| {
                    i.current_assessment()
                        .and_then(|a| a.entry(d, member))
                        .map(|e| if now { e.now } else { e.wanted })
                        .unwrap_or_default()
                })
            };
            let previous = Signal::derive(move || {
                app.intake.with(|i| i.previous_assessment().and_then(|a| a.entry(&d3, member)).map(|e| e.now))
            });
            // One member's ladder names them in each group's accessible name.
            let who = name.clone();
            // One member's ladder may not fit them ("past niet").
            let texts = Signal::derive(move || LadderTexts {
                who: who.clone(),
                does_not_apply: member.map(|_| t(lang.get(), Key::ladder_does_not_apply).to_string()),
                ..texts.get()
            });
            view! {
                <div class="kt-ladder-subject">
                    {(!name.is_empty()).then(|| view! { <h2 class="kt-heading-s">{name.clone()}</h2> })}
                    <Ladder
                        id=id
                        rungs=rungs
                        texts=texts
                        now=Signal::derive(move || answer(&d1, true))
                        wanted=Signal::derive(move || answer(&d2, false))
                        previous=previous
                        on_now=Callback::new(move |answer: LadderAnswer| _ = app.edit(Edit::SetRung {
                            domain: d4.clone(), member, side: RungSide::Now, answer, today: browser::today(),
                        }))
                        on_wanted=Callback::new(move |answer: LadderAnswer| _ = app.edit(Edit::SetRung {
                            domain: d5.clone(), member, side: RungSide::Wanted, answer, today: browser::today(),
                        }))
                    />
                </div>
            }
        })
        .collect_view();
    view! { {why_view} {ladders} }
}
