//! A labelled text input or text area with optional hint, "why we ask"
//! and error, wired with `aria-describedby` (GOV.UK / NL Design System).

use super::Why;
use leptos::prelude::*;

#[component]
pub fn TextField(
    /// The control's id; hint, why and error ids are derived from it.
    #[prop(into)]
    id: String,
    /// The visible label.
    #[prop(into)]
    label: Signal<String>,
    /// The current value.
    #[prop(into)]
    value: Signal<String>,
    /// Called with the new value on every input.
    on_input: Callback<String>,
    /// A short hint under the label.
    #[prop(optional, into)]
    hint: MaybeProp<String>,
    /// Why this is asked, behind a disclosure.
    #[prop(optional, into)]
    why: MaybeProp<String>,
    /// The label of the "why" disclosure.
    #[prop(optional, into)]
    why_label: MaybeProp<String>,
    /// An error to show with the field.
    #[prop(optional, into)]
    error: MaybeProp<String>,
    /// A text area instead of a one-line input.
    #[prop(optional)]
    multiline: bool,
    /// The input's `autocomplete` and `inputmode`, when they help.
    #[prop(optional)]
    autocomplete: Option<&'static str>,
    #[prop(optional)] inputmode: Option<&'static str>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let why_id = format!("{id}-why");
    let error_id = format!("{id}-error");
    let described_by = {
        let (hint_id, why_id, error_id) = (hint_id.clone(), why_id.clone(), error_id.clone());
        move || {
            let mut ids = Vec::new();
            if hint.get().is_some_and(|h| !h.is_empty()) {
                ids.push(hint_id.clone());
            }
            if why.get().is_some_and(|w| !w.is_empty()) {
                ids.push(why_id.clone());
            }
            if error.get().is_some() {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let has_error = move || error.get().is_some();
    let on_input_ev = move |ev| on_input.run(event_target_value(&ev));

    let control = if multiline {
        view! {
            <textarea
                id=id.clone()
                class="kt-textarea"
                dir="auto"
                rows="3"
                aria-describedby=described_by.clone()
                aria-invalid=move || has_error().then_some("true")
                prop:value=move || value.get()
                on:input=on_input_ev
            ></textarea>
        }
        .into_any()
    } else {
        view! {
            <input
                id=id.clone()
                class="kt-input"
                dir="auto"
                type="text"
                autocomplete=autocomplete
                inputmode=inputmode
                aria-describedby=described_by.clone()
                aria-invalid=move || has_error().then_some("true")
                prop:value=move || value.get()
                on:input=on_input_ev
            />
        }
        .into_any()
    };

    view! {
        <div class="kt-field" class:kt-field--error=has_error>
            <label class="kt-label" for=id.clone()>{move || label.get()}</label>
            {move || {
                hint.get()
                    .filter(|h| !h.is_empty())
                    .map(|h| view! { <p class="kt-hint" id=hint_id.clone()>{h}</p> })
            }}
            {move || {
                why.get()
                    .filter(|w| !w.is_empty())
                    .map(|w| {
                        view! {
                            <Why
                                id=why_id.clone()
                                label=why_label.get().unwrap_or_default()
                                text=w
                            />
                        }
                    })
            }}
            {move || {
                error.get()
                    .map(|e| view! { <p class="kt-error-message" id=error_id.clone()>{e}</p> })
            }}
            {control}
        </div>
    }
}
