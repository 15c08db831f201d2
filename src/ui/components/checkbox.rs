//! One checkbox with its label: large target, label clickable.

use leptos::prelude::*;

#[component]
pub fn Checkbox(
    /// The input's id (the label points at it).
    #[prop(into)]
    id: String,
    /// The visible label.
    #[prop(into)]
    label: Signal<String>,
    /// Whether it is ticked.
    #[prop(into)]
    checked: Signal<bool>,
    /// Called with the new state when the user (un)ticks it.
    on_change: Callback<bool>,
) -> impl IntoView {
    let label_for = id.clone();
    view! {
        <div class="kt-checkbox">
            <input
                type="checkbox"
                class="kt-checkbox__input"
                id=id
                prop:checked=move || checked.get()
                on:change=move |ev| on_change.run(event_target_checked(&ev))
            />
            <label class="kt-checkbox__label" for=label_for>{move || label.get()}</label>
        </div>
    }
}
