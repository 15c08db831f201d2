//! The plan screen. Until the full plan document lands, a plain summary of
//! the plan the core builds: the contact, per domain what goes well and the
//! agreements, the share carried by household and network, the fingerprint.

use crate::domain::plan::build_plan;
use crate::i18n::{t, tf, Key};
use crate::ui::components::PageHeading;
use crate::ui::state::{use_app, Screen};
use leptos::prelude::*;

#[component]
pub fn PlanScreen() -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let plan = Memo::new(move |_| app.intake.with(|i| build_plan(i, &app.catalogue())));
    let body = move || {
        let l = lang.get();
        plan.with(|p| {
            let domains = p
                .domains
                .iter()
                .map(|d| {
                    view! {
                        <h3 class="kt-heading-s">{d.name.get(l).to_string()}</h3>
                        <p class="kt-pre">{d.going_well.clone()}</p>
                        <ul>{d.agreements.iter().map(|a| view! { <li>{a.what.clone()}</li> }).collect_view()}</ul>
                    }
                })
                .collect_view();
            view! {
                <p class="kt-body">{p.contact.name.clone()}</p>
                {domains}
                <p class="kt-body">{p.share.household_and_network_percent.map(|n| tf(l, Key::plan_share, &[("n", &n.to_string())]))}</p>
                <p class="kt-body" data-testid="fingerprint">{p.fingerprint.clone()}</p>
            }
        })
    };
    view! {
        <section class="kt-screen">
            <PageHeading text=Signal::derive(move || t(lang.get(), Key::plan_title).to_string()) />
            {body}
            <div class="kt-button-group kt-no-print">
                <button type="button" class="kt-button kt-button--secondary" on:click=move |_| app.go(Screen::Tasks)>
                    {move || tf(lang.get(), Key::nav_back_to, &[("page", t(lang.get(), Key::tasks_short))])}
                </button>
            </div>
        </section>
    }
}
