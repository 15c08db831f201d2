//! The chunk side of the split points in [`super::lazy`]: everything that
//! reads, edits or writes an intake. Only reached through those split
//! points, so wasm-split-cli moves it (with serde, the catalogue, the plan
//! renderer) out of the first load.

use super::components::{ImportResult, PickedFile};
use super::other_tab::OtherTabNotice;
use super::session::{self, activate};
use super::state::{AppState, Screen};
use super::steps::*;
use crate::domain::Intake;
use leptos::prelude::*;

pub fn screens() -> AnyView {
    let app = super::state::use_app();
    activate(app);
    view! {
        <OtherTabNotice />
        {move || match app.screen.get() {
            // The shell shows the start screen itself; this view is gone by then.
            Screen::Start => ().into_any(),
            Screen::Household => view! { <HouseholdScreen /> }.into_any(),
            Screen::Tasks => view! { <TasksScreen /> }.into_any(),
            Screen::Domain(d, step) => view! { <DomainScreen domain=d step=step /> }.into_any(),
            Screen::Check => view! { <CheckScreen /> }.into_any(),
            Screen::Plan => view! { <PlanScreen /> }.into_any(),
        }}
    }
    .into_any()
}

pub fn start_new(app: AppState) {
    session::start_draft(app, Intake::default());
    app.go(Screen::Household);
}

pub fn restore(app: AppState) {
    session::restore(app);
}

pub fn close_draft(app: AppState) {
    session::close_draft(app);
}

pub fn draft_list() -> AnyView {
    view! { <DraftList /> }.into_any()
}

pub fn import_outcome(file: PickedFile, picked: RwSignal<Option<PickedFile>>) -> AnyView {
    view! { <ImportResult file=file picked=picked /> }.into_any()
}
