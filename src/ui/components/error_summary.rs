//! The error summary (GOV.UK pattern): a list of what to fix, linking to
//! each field. It takes focus when it appears so keyboard and screen
//! reader users land on it.

use crate::ui::browser;
use leptos::html;
use leptos::prelude::*;

/// One problem: the id of the field it belongs to, and the message.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldError {
    pub field_id: String,
    pub message: String,
}

/// The errors of the page being shown, for fields deep in a component
/// (an agreement row) to show their own message beside the summary.
#[derive(Clone, Copy)]
pub struct StepErrors(pub RwSignal<Vec<FieldError>>);

impl StepErrors {
    /// The message for one field, if the page has one.
    pub fn for_field(&self, field_id: &str) -> Option<String> {
        self.0.with(|e| {
            e.iter()
                .find(|e| e.field_id == field_id)
                .map(|e| e.message.clone())
        })
    }
}

#[component]
pub fn ErrorSummary(
    /// The heading, e.g. "Er is iets niet goed ingevuld".
    #[prop(into)]
    title: Signal<String>,
    /// The problems; the summary is hidden when there are none.
    #[prop(into)]
    errors: Signal<Vec<FieldError>>,
) -> impl IntoView {
    let summary = NodeRef::<html::Div>::new();
    // Focus on every new set of errors (each failed submit).
    Effect::new(move |_| {
        if !errors.with(Vec::is_empty) {
            if let Some(el) = summary.get() {
                // The summary is on screen either way; focus only helps.
                let _ = el.focus();
            }
        }
    });
    view! {
        <div
            class="kt-error-summary"
            node_ref=summary
            tabindex="-1"
            role="alert"
            aria-labelledby="kt-error-summary-title"
            hidden=move || errors.with(Vec::is_empty)
        >
            <h2 class="kt-error-summary__title" id="kt-error-summary-title">
                {move || title.get()}
            </h2>
            <ul class="kt-error-summary__list">
                {move || {
                    errors
                        .get()
                        .into_iter()
                        .map(|e| {
                            let target = e.field_id.clone();
                            view! {
                                <li>
                                    <a
                                        href=format!("#{}", e.field_id)
                                        on:click=move |ev| {
                                            ev.prevent_default();
                                            browser::focus_id(&target);
                                        }
                                    >
                                        {e.message}
                                    </a>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
        </div>
    }
}
