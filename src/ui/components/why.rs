//! "Why do we ask this?": a disclosure under a question, so people know
//! what an answer is for before they give it. Native `details`, so it works
//! with keyboard and screen readers without scripting.

use leptos::prelude::*;

#[component]
pub fn Why(
    /// The id of the explanation, for `aria-describedby` on the question.
    #[prop(into)]
    id: String,
    /// The disclosure's label.
    #[prop(into)]
    label: Signal<String>,
    /// Why the question is asked.
    #[prop(into)]
    text: Signal<String>,
) -> impl IntoView {
    view! {
        <details class="kt-why">
            <summary>{move || label.get()}</summary>
            <p id=id>{move || text.get()}</p>
        </details>
    }
}
