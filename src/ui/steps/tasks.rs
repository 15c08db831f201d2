//! The task list (GOV.UK "complete multiple tasks"): the household page and
//! every domain with its status, in any order; a domain can be left for now.
//! Also where a later re-assessment starts.

use crate::domain::edit::Edit;
use crate::domain::DomainStatus;
use crate::i18n::{t, tf, Key};
use crate::ui::browser;
use crate::ui::components::PageHeading;
use crate::ui::isolate::isolate;
use crate::ui::state::tr;
use crate::ui::state::{use_app, Screen};
use crate::ui::steps::domain::open_domain;
use leptos::prelude::*;

fn status_key(status: DomainStatus) -> Key {
    match status {
        DomainStatus::NotStarted => Key::status_not_started,
        DomainStatus::InProgress => Key::status_in_progress,
        DomainStatus::Done => Key::status_done,
        DomainStatus::Skipped => Key::status_skipped,
    }
}

#[component]
pub fn TasksScreen() -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let domains = app.catalogue().domains.clone();
    let rows = domains
        .into_iter()
        .map(|def| {
            let id = def.id.clone();
            let status_id = format!("task-{}-status", id.as_str());
            let name = def.name.clone();
            let status = {
                let id = id.clone();
                Memo::new(move |_| app.intake.with(|i| i.domain(&id).map(|d| d.status).unwrap_or_default()))
            };
            let status = move || status.get();
            let open = {
                let id = id.clone();
                move |_| open_domain(app, id.clone(), 0)
            };
            view! {
                <li class="kt-task">
                    <button type="button" class="kt-task__link" aria-describedby=status_id.clone() on:click=open>
                        {move || name.get(lang.get()).to_string()}
                    </button>
                    <span
                        class="kt-tag"
                        class:kt-tag--done=move || status() == DomainStatus::Done
                        class:kt-tag--skipped=move || status() == DomainStatus::Skipped
                        id=status_id
                    >
                        {move || t(lang.get(), status_key(status()))}
                    </span>
                </li>
            }
        })
        .collect_view();
    let household_name = move || app.intake.with(|i| i.household.display_name.clone());
    let assessments = move || app.intake.with(|i| i.assessments.len());
    let start_reassessment = move |_| {
        if browser::confirm(t(lang.get_untracked(), Key::reassess_confirm)) {
            app.edit(Edit::StartReassessment {
                today: browser::today(),
            });
        }
    };
    view! {
        <section class="kt-screen">
            <PageHeading text=Signal::derive(move || {
                tf(lang.get(), Key::tasks_title, &[("name", &isolate(&household_name()))])
            }) />
            <p class="kt-lead">{tr(lang, Key::tasks_intro)}</p>
            // A status region that is always there, so starting a new
            // assessment is heard where the button is (WCAG 4.1.3): a live
            // region added together with its words is often not read.
            <div role="status">
                {move || (assessments() > 1).then(|| view! {
                    <p class="kt-notice">{tf(lang.get(), Key::reassess_active, &[("n", &assessments().to_string())])}</p>
                })}
            </div>
            <ul class="kt-task-list">
                <li class="kt-task">
                    <button type="button" class="kt-task__link" on:click=move |_| app.go(Screen::Household)>
                        {tr(lang, Key::household_title)}
                    </button>
                </li>
                {rows}
            </ul>
            <div class="kt-button-group">
                <button type="button" class="kt-button kt-button--primary" on:click=move |_| app.go(Screen::Check)>
                    {tr(lang, Key::check_title)}
                </button>
                <button type="button" class="kt-button kt-button--secondary" on:click=move |_| app.go(Screen::Plan)>
                    {tr(lang, Key::plan_title)}
                </button>
                <button type="button" class="kt-button kt-button--secondary" on:click=start_reassessment>
                    {tr(lang, Key::reassess_start)}
                </button>
            </div>
        </section>
    }
}
