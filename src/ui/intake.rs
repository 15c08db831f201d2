//! The screens of an open intake, switched on the current screen. Reached
//! only through the split point `lazy::intake_screens`, so wasm-split-cli
//! moves them (with serde, the catalogue, the plan renderer) out of the
//! first load.

use super::components::LockPanel;
use super::notice::Notice;
use super::other_tab::OtherTabNotice;
use super::session::activate;
use super::state::{use_app, Screen};
use super::steps::*;
use leptos::prelude::*;

#[component]
pub fn IntakeScreens() -> impl IntoView {
    let app = use_app();
    activate(app);
    view! {
        <crate::ui::table::TableSwitchInHeader />
        <OtherTabNotice />
        <Notice />
        {move || match app.screen.get() {
            // The shell shows the start screen itself; this view is gone by then.
            Screen::Start => ().into_any(),
            Screen::Household => view! { <HouseholdScreen /> }.into_any(),
            Screen::Tasks => view! { <TasksScreen /> }.into_any(),
            Screen::Domain(d, step) => view! { <DomainScreen domain=d step=step /> }.into_any(),
            Screen::Check => view! { <CheckScreen /> }.into_any(),
            Screen::Plan => view! { <PlanScreen /> }.into_any(),
        }}
        // On every screen: lock the draft, offered from the moment it is made.
        <LockPanel />
    }
}
