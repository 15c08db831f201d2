//! The plan screen ("Uw plan"): the plan document itself, what to do with
//! it (print, download as HTML or JSON), the co-ownership fields (review
//! date and signatures, saved with the draft like every other answer) and
//! the copy for an organisation (the resident ticks what goes in).
//!
//! One renderer: the plan on screen is the same HTML string the print view
//! and the exported file use (`document::render_plan`), set with
//! `inner_html`. That is safe because the renderer escapes every text the
//! household typed (tested natively in `tests/document_hostile.rs` and in
//! the browser in `e2e/plan.test.mjs`); nothing typed becomes markup. It is
//! also the only place where the app sets HTML: Leptos views elsewhere
//! render text nodes.

use crate::config::Mode;
use crate::document;
use crate::domain::edit::{Applied, Edit, IntakeText, SignatureField, Signer};
use crate::domain::field_ref::FieldRef;
use crate::domain::format;
use crate::domain::plan::{build_plan, redact, Plan, Redaction, Section};
use crate::domain::{DomainId, Id, Intake, Signature, Text};
use crate::i18n::{t, tf, Key};
use crate::ui::browser;
use crate::ui::components::rows::RemoveRowButton;
use crate::ui::components::{Checkbox, DateInput, PageHeading, TextField};
use crate::ui::notice::{report_err, UiError};
use crate::ui::state::tr;
use crate::ui::state::{use_app, AppState, Screen};
use crate::ui::table::{use_table, PlanLanguages};
use leptos::prelude::*;

/// The locale key naming a section in the copy picker; the same words as
/// the renderer's list of what a copy leaves out.
fn section_key(s: Section) -> Key {
    match s {
        Section::GoingWell => Key::plan_section_going_well,
        Section::Wants => Key::plan_section_wants,
        Section::Ladders => Key::plan_section_ladders,
        Section::Worries => Key::plan_section_worries,
        Section::Notes => Key::plan_section_notes,
        Section::Agreements => Key::plan_section_agreements,
        Section::Share => Key::plan_section_share,
        Section::Involved => Key::plan_section_involved,
        Section::Signatures => Key::plan_section_signatures,
    }
}

/// The full plan as a standalone HTML file (readable document + data),
/// in the plan's language(s).
fn full_export(app: AppState, plan: &Plan) -> String {
    let json = app.intake.with_untracked(format::to_json);
    let langs = untrack(|| use_table(app).plan_languages());
    document::export_html(plan, &json, langs, &browser::today())
}

/// The plan's stylesheet with the rules for a plan in two languages.
/// The plan screen's own layout and its date fields (app-only).
const SCREEN_CSS: &str = include_str!("../../../style/plan-screen.css");

fn plan_css() -> String {
    format!("{}{}", document::PLAN_CSS, document::PLAN_TWO_CSS)
}

#[component]
pub fn PlanScreen() -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let today = browser::today();
    let resident = app.mode() == Mode::Resident;
    let plan = Memo::new(move |_| {
        let mut plan = app.intake.with(|i| build_plan(i, &app.catalogue()));
        plan.without_sign_off = resident;
        plan
    });
    // See the module comment: the renderer escapes everything typed.
    let table = use_table(app);
    let rendered = {
        let today = today.clone();
        move || plan.with(|p| document::render_plan(p, table.plan_languages(), &today))
    };
    // The plan's own styles (also those of the exported file and print)
    // are adopted by the instance's root when the plan is shown, so they
    // are fetched with this code, not in every first load. On a page the
    // app owns, the print rules too, and the page header and footer of the
    // printout (household name, fingerprint; `page_css` writes every typed
    // character as a CSS escape). A host page's print rules stay the host's.
    let screen = NodeRef::<leptos::html::Section>::new();
    // The stylesheets once, when the screen is there; only the small page
    // header and footer follow the plan (typing a signature changes it).
    Effect::new(move |_| {
        let Some(section) = screen.get() else { return };
        let root = section.get_root_node();
        browser::adopt_css(&root, "plan", &plan_css());
        browser::adopt_css(&root, "plan-screen", SCREEN_CSS);
        if app.owns_page.get_value() {
            browser::adopt_css(&root, "print", document::PRINT_CSS);
        }
    });
    if app.owns_page.get_value() {
        Effect::new(move |_| {
            let Some(section) = screen.get() else { return };
            let page = plan.with(document::page_css);
            browser::adopt_css(&section.get_root_node(), "page", &page);
        });
    }

    let print = {
        let today = today.clone();
        move |ev: leptos::ev::MouseEvent| {
            if app.owns_page.get_value() {
                if let Some(w) = web_sys::window() {
                    // The browser shows its own message when it cannot print.
                    let _ = w.print();
                }
                return;
            }
            // Embedded: print the plan alone, not the host's page around it.
            let Some(anchor) = ev
                .current_target()
                .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            else {
                return;
            };
            let langs = untrack(|| table.plan_languages());
            let lang = langs.primary;
            let (title, body, css) = plan.with_untracked(|p| {
                (
                    format!("{} – {}", t(lang, Key::plan_title), p.household_name),
                    document::render_plan(p, langs, &today),
                    format!(
                        "{}\n{}\n{}",
                        plan_css(),
                        document::PRINT_CSS,
                        document::page_css(p)
                    ),
                )
            });
            report_err(
                app,
                browser::print_in_frame(&anchor, lang.code(), &title, &body, &css)
                    .map_err(|_| UiError::Print),
            );
        }
    };
    let download_html = {
        let today = today.clone();
        move |_| {
            let (name, html) = plan.with_untracked(|p| {
                (
                    document::file_name(&p.household_name, &today, "html"),
                    full_export(app, p),
                )
            });
            report_err(
                app,
                browser::download(&name, "text/html", &html).map_err(|_| UiError::Download),
            );
        }
    };
    let download_json = {
        let today = today.clone();
        move |_| {
            let name = app
                .intake
                .with_untracked(|i| document::file_name(&i.household.display_name, &today, "json"));
            let json = app.intake.with_untracked(format::to_json);
            report_err(
                app,
                browser::download(&name, "application/json", &json).map_err(|_| UiError::Download),
            );
        }
    };

    view! {
        <section class="kt-screen kt-plan-screen" node_ref=screen>
            <div class="kt-no-print">
                <PageHeading text=Signal::derive(move || t(lang.get(), Key::plan_title).to_string()) />
            </div>
            <div class="kt-no-print kt-plan-screen__actions" role="group"
                aria-label=move || t(lang.get(), Key::plan_actions_label)>
                // A resident alone takes the plan to a coach: the one file
                // the coach's Keukentafel opens again.
                {resident.then(|| view! {
                    <button type="button" class="kt-button kt-button--primary" on:click=download_html.clone()>
                        {tr(lang, Key::plan_take_to_coach)}
                    </button>
                    <p class="kt-hint">{tr(lang, Key::plan_take_to_coach_hint)}</p>
                })}
                // Before the buttons: it decides what they print and save.
                <PlanLanguages />
                <div class="kt-button-group">
                    <button type="button" class="kt-button" class:kt-button--primary=!resident class:kt-button--secondary=resident on:click=print>
                        {tr(lang, Key::plan_print)}
                    </button>
                    <button type="button" class="kt-button kt-button--secondary" on:click=download_html>
                        {tr(lang, Key::plan_download_html)}
                    </button>
                    <button type="button" class="kt-button kt-button--secondary" on:click=download_json>
                        {tr(lang, Key::plan_download_json)}
                    </button>
                </div>
                <p class="kt-hint">{tr(lang, Key::plan_download_hint)}</p>
            </div>
            <div class="kt-plan-screen__document" data-testid="plan" inner_html=rendered></div>
            {(!resident).then(|| view! { <SignOff /> })}
            <CopyForService plan=plan />
            <div class="kt-button-group kt-no-print">
                <button type="button" class="kt-button kt-button--secondary" on:click=move |_| app.go(Screen::Tasks)>
                    {move || tf(lang.get(), Key::nav_back_to, &[("page", t(lang.get(), Key::tasks_short))])}
                </button>
            </div>
        </section>
    }
}

fn resident(i: &Intake, index: usize) -> Signature {
    i.co_ownership
        .residents
        .get(index)
        .cloned()
        .unwrap_or_default()
}

/// Review date, residents and coach: fields that fill the plan's
/// sign-off block. They edit the intake, so they autosave.
#[component]
fn SignOff() -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let rows = Memo::new(move |_| app.intake.with(|i| i.co_ownership.residents.len().max(1)));
    let add = move |_| {
        let Some(Applied::AddedRow(new_index)) = app.edit(Edit::AddResident) else {
            return;
        };
        request_animation_frame(move || {
            browser::focus_id(
                &FieldRef::Signature(Signer::Resident(new_index), SignatureField::Name).id(),
            );
        });
    };
    view! {
        <section class="kt-no-print kt-plan-screen__part" aria-labelledby="plan-sign-title">
            <h2 class="kt-heading-m" id="plan-sign-title">{tr(lang, Key::plan_sign_title)}</h2>
            <p class="kt-body">{tr(lang, Key::plan_sign_intro)}</p>
            <DateInput
                id=FieldRef::Text(IntakeText::ReviewDate).id()
                legend=Signal::derive(move || t(lang.get(), Key::plan_review_date).to_string())
                value=Signal::derive(move || app.intake.with(|i| i.co_ownership.review_date.clone()))
                on_change=Callback::new(move |v| crate::ui::notice::edit_text(app, Edit::SetText(IntakeText::ReviewDate, v)))
            />
            <ol class="kt-rows">
                <For each=move || 0..rows.get() key=|n| *n let:index>
                    <ResidentRow index=index removable=Signal::derive(move || rows.get() > 1) />
                </For>
            </ol>
            <button type="button" class="kt-button kt-button--secondary" on:click=add>
                {tr(lang, Key::plan_resident_add)}
            </button>
            <fieldset class="kt-fieldset kt-plan-screen__coach">
                <legend class="kt-legend">{tr(lang, Key::plan_coach_title)}</legend>
                <TextField
                    id=FieldRef::Signature(Signer::Coach, SignatureField::Name).id()
                    label=Signal::derive(move || t(lang.get(), Key::plan_coach_name).to_string())
                    value=Signal::derive(move || app.intake.with(|i| i.co_ownership.coach.name.clone()))
                    on_input=Callback::new(move |v| crate::ui::notice::edit_text(app, Edit::SetSignature(Signer::Coach, SignatureField::Name, v)))
                    autocomplete="off"
                />
                <DateInput
                    id=FieldRef::Signature(Signer::Coach, SignatureField::Date).id()
                    legend=Signal::derive(move || t(lang.get(), Key::plan_sign_date).to_string())
                    value=Signal::derive(move || app.intake.with(|i| i.co_ownership.coach.date.clone()))
                    on_change=Callback::new(move |v| crate::ui::notice::edit_text(app, Edit::SetSignature(Signer::Coach, SignatureField::Date, v)))
                />
            </fieldset>
        </section>
    }
}

#[component]
fn ResidentRow(index: usize, removable: Signal<bool>) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let title = move || {
        tf(
            lang.get(),
            Key::plan_resident_row,
            &[("n", &(index + 1).to_string())],
        )
    };
    view! {
        <li class="kt-row">
            <fieldset class="kt-fieldset">
                <legend class="kt-legend kt-legend--s">{title}</legend>
                <div class="kt-row__fields">
                    <TextField
                        id=FieldRef::Signature(Signer::Resident(index), SignatureField::Name).id()
                        label=Signal::derive(move || t(lang.get(), Key::plan_resident_name).to_string())
                        value=Signal::derive(move || app.intake.with(|i| resident(i, index).name))
                        on_input=Callback::new(move |v| crate::ui::notice::edit_text(app, Edit::SetSignature(Signer::Resident(index), SignatureField::Name, v)))
                        autocomplete="off"
                    />
                    <DateInput
                        id=FieldRef::Signature(Signer::Resident(index), SignatureField::Date).id()
                        legend=Signal::derive(move || t(lang.get(), Key::plan_sign_date).to_string())
                        value=Signal::derive(move || app.intake.with(|i| resident(i, index).date))
                        on_change=Callback::new(move |v| crate::ui::notice::edit_text(app, Edit::SetSignature(Signer::Resident(index), SignatureField::Date, v)))
                    />
                </div>
                {move || removable.get().then(|| view! {
                    <RemoveRowButton
                        title=Signal::derive(title)
                        on_remove=Callback::new(move |()| _ = app.edit(Edit::RemoveResident(index)))
                    />
                })}
            </fieldset>
        </li>
    }
}

/// The copy for an organisation: a box per domain in the plan and per
/// section, all ticked to start with; the download holds only what stays
/// ticked and says on its face that it is partial.
#[component]
fn CopyForService(plan: Memo<Plan>) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    // What the resident unticked; a domain that appears later starts ticked.
    let left_out_domains = RwSignal::new(Vec::<DomainId>::new());
    let left_out_sections = RwSignal::new(Vec::<Section>::new());
    let left_out_members = RwSignal::new(Vec::<Id>::new());
    // Members as the plan lists them; one not yet named reads "Gezinslid n".
    let members = Memo::new(move |_| {
        plan.with(|p| {
            p.members
                .iter()
                .map(|m| (m.id, m.name.clone()))
                .collect::<Vec<(Id, String)>>()
        })
    });
    let domains = Memo::new(move |_| {
        plan.with(|p| {
            p.domains
                .iter()
                .map(|d| (d.id.clone(), d.name.clone()))
                .collect::<Vec<(DomainId, Text)>>()
        })
    });
    let download = move |_| {
        let today = browser::today();
        let l = lang.get_untracked();
        let langs = untrack(|| use_table(app).plan_languages());
        let (name, html) = plan.with_untracked(|full| {
            let keep = left_out_domains.with_untracked(|domains| {
                left_out_sections
                    .with_untracked(|sections| Redaction::leaving_out(full, domains, sections))
            });
            let keep = left_out_members.with_untracked(|m| keep.without_members(full, m));
            let copy = redact(full, &keep);
            let label = format!("{} {}", full.household_name, t(l, Key::plan_copy_file));
            (
                document::file_name(&label, &today, "html"),
                document::export_copy_html(&copy, langs, &today),
            )
        });
        report_err(
            app,
            browser::download(&name, "text/html", &html).map_err(|_| UiError::Download),
        );
    };
    let domain_boxes = move || {
        domains
            .get()
            .into_iter()
            .enumerate()
            .map(|(n, (id, name))| {
                let id_read = id.clone();
                view! {
                    <Checkbox
                        id=format!("plan-copy-domain-{n}")
                        label=Signal::derive(move || name.get(lang.get()).to_string())
                        checked=Signal::derive(move || !left_out_domains.with(|o| o.contains(&id_read)))
                        on_change=Callback::new(move |on: bool| {
                            left_out_domains.update(|o| {
                                o.retain(|x| *x != id);
                                if !on {
                                    o.push(id.clone());
                                }
                            })
                        })
                    />
                }
            })
            .collect_view()
    };
    let member_boxes = move || {
        members
            .get()
            .into_iter()
            .enumerate()
            .map(|(n, (id, name))| {
                view! {
                    <Checkbox
                        id=format!("plan-copy-member-{n}")
                        label=Signal::derive(move || {
                            if name.trim().is_empty() {
                                tf(lang.get(), Key::member_unnamed, &[("n", &(n + 1).to_string())])
                            } else {
                                name.clone()
                            }
                        })
                        checked=Signal::derive(move || !left_out_members.with(|o| o.contains(&id)))
                        on_change=Callback::new(move |on: bool| {
                            left_out_members.update(|o| {
                                o.retain(|x| *x != id);
                                if !on {
                                    o.push(id);
                                }
                            })
                        })
                    />
                }
            })
            .collect_view()
    };
    let section_boxes = Section::ALL
        .into_iter()
        .enumerate()
        .map(|(n, s)| {
            view! {
                <Checkbox
                    id=format!("plan-copy-section-{n}")
                    label=Signal::derive(move || t(lang.get(), section_key(s)).to_string())
                    checked=Signal::derive(move || !left_out_sections.with(|o| o.contains(&s)))
                    on_change=Callback::new(move |on: bool| {
                        left_out_sections.update(|o| {
                            o.retain(|x| *x != s);
                            if !on {
                                o.push(s);
                            }
                        })
                    })
                />
            }
        })
        .collect_view();
    view! {
        <section class="kt-no-print kt-plan-screen__part" aria-labelledby="plan-copy-title">
            <h2 class="kt-heading-m" id="plan-copy-title">{tr(lang, Key::plan_copy_title)}</h2>
            <p class="kt-body">{tr(lang, Key::plan_copy_intro)}</p>
            {move || (!domains.with(Vec::is_empty)).then(|| view! {
                <fieldset class="kt-fieldset kt-field">
                    <legend class="kt-legend">{tr(lang, Key::plan_copy_domains)}</legend>
                    <div class="kt-checkboxes">{domain_boxes}</div>
                </fieldset>
            })}
            {move || (!members.with(Vec::is_empty)).then(|| view! {
                <fieldset class="kt-fieldset kt-field" aria-describedby="plan-copy-members-hint">
                    <legend class="kt-legend">{tr(lang, Key::plan_copy_members)}</legend>
                    <p class="kt-hint" id="plan-copy-members-hint">{tr(lang, Key::plan_copy_members_hint)}</p>
                    <div class="kt-checkboxes">{member_boxes}</div>
                </fieldset>
            })}
            <fieldset class="kt-fieldset kt-field">
                <legend class="kt-legend">{tr(lang, Key::plan_copy_sections)}</legend>
                <div class="kt-checkboxes">{section_boxes}</div>
            </fieldset>
            <p class="kt-hint">{tr(lang, Key::plan_copy_no_data)}</p>
            <button type="button" class="kt-button kt-button--secondary" on:click=download>
                {tr(lang, Key::plan_copy_download)}
            </button>
        </section>
    }
}
