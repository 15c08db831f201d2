//! A date as three number fields, day / month / year, as GOV.UK's date
//! input asks it: labels, hint and messages in the app's language, where
//! the browser's own date picker shows its own language and format.
//!
//! The core reads the three fields (`domain::date_parts`); this only
//! renders them and sends the result. A complete, real date is saved as
//! it is typed; while the fields do not make a date the saved date is
//! empty, so the plan never prints a date other than the one on screen.
//! What is wrong is shown when the focus leaves the three fields (not
//! while someone is still typing), and updated as they put it right.

use crate::document::locale_format::numeric_example;
use crate::domain::date::YEARS;
use crate::domain::date_parts::{DateError, DateParts, Part, Problem};
use crate::domain::Lang;
use crate::i18n::{t, tf, Key};
use crate::ui::browser;
use crate::ui::state::{tr, use_app};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The message for `e` in the field called `field` (its legend).
fn message(lang: Lang, field: &str, e: &DateError, today: &str) -> String {
    let key = match (e.problem, e.parts.as_slice()) {
        (Problem::Missing, [Part::Day]) => Key::date_error_missing_day,
        (Problem::Missing, [Part::Month]) => Key::date_error_missing_month,
        (Problem::Missing, [Part::Year]) => Key::date_error_missing_year,
        (Problem::Missing, _) => Key::date_error_missing_more,
        (Problem::NotANumber, _) => Key::date_error_not_a_number,
        (Problem::YearDigits, _) => Key::date_error_year_digits,
        (Problem::YearOutOfRange, _) => Key::date_error_year_range,
        (Problem::NotReal, _) => Key::date_error_not_real,
    };
    let (min, max) = (YEARS.start().to_string(), YEARS.end().to_string());
    tf(
        lang,
        key,
        &[
            ("field", field),
            ("example", &numeric_example(today)),
            ("year", today.get(0..4).unwrap_or("2027")),
            ("min", &min),
            ("max", &max),
        ],
    )
}

fn part_key(p: Part) -> Key {
    match p {
        Part::Day => Key::date_day,
        Part::Month => Key::date_month,
        Part::Year => Key::date_year,
    }
}

#[component]
pub fn DateInput(
    /// The day field's id (the date's field reference); the month and
    /// year fields add `-month` and `-year`, hint and error likewise.
    #[prop(into)]
    id: String,
    /// The question, as the group's legend; messages name it.
    #[prop(into)]
    legend: Signal<String>,
    /// The saved date: ISO, or empty.
    #[prop(into)]
    value: Signal<String>,
    /// Called with the ISO date, or `""` while the fields make no date.
    on_change: Callback<String>,
) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let today = browser::today();
    let parts = RwSignal::new(DateParts::from_iso(&value.get_untracked()));
    let shown = RwSignal::new(None::<DateError>);
    // A date changed elsewhere (another tab, a reopened file) is shown;
    // the empty date saved while the fields are incomplete is not.
    Effect::new(move |_| {
        let saved = value.get();
        let typed = parts.with_untracked(|p| p.to_iso().unwrap_or_default());
        if saved != typed {
            parts.set(DateParts::from_iso(&saved));
            shown.set(None);
        }
    });
    let typed = move |part: Part, text: String| {
        parts.update(|p| p.set(part, &text));
        let result = parts.with_untracked(DateParts::to_iso);
        // A message already shown follows the fields as they change.
        if shown.with_untracked(Option::is_some) {
            shown.set(result.clone().err());
        }
        let iso = result.unwrap_or_default();
        if iso != value.get_untracked() {
            on_change.run(iso);
        }
    };
    let group = NodeRef::<leptos::html::Fieldset>::new();
    // Leaving the three fields (not moving between them) shows what is wrong.
    let on_focusout = move |ev: web_sys::FocusEvent| {
        let next = ev
            .related_target()
            .and_then(|t| t.dyn_into::<web_sys::Node>().ok());
        let inside = group
            .get_untracked()
            .is_some_and(|g| next.is_some_and(|n| g.contains(Some(&n))));
        if !inside {
            shown.set(parts.with_untracked(DateParts::to_iso).err());
        }
    };
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described_by = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || match shown.with(Option::is_some) {
            true => format!("{hint_id} {error_id}"),
            false => hint_id.clone(),
        }
    };
    let error_text = {
        let today = today.clone();
        move || {
            shown
                .get()
                .map(|e| message(lang.get(), &legend.get(), &e, &today))
        }
    };
    let fields = Part::ALL
        .into_iter()
        .map(|part| {
            let field_id = match part {
                Part::Day => id.clone(),
                Part::Month => format!("{id}-month"),
                Part::Year => format!("{id}-year"),
            };
            let invalid = move || {
                shown
                    .with(|e| e.as_ref().is_some_and(|e| e.parts.contains(&part)))
                    .then_some("true")
            };
            view! {
                <div class="kt-date-input__item">
                    <label class="kt-label" for=field_id.clone()>{tr(lang, part_key(part))}</label>
                    <input
                        id=field_id
                        class="kt-input kt-date-input__input"
                        class:kt-date-input__input--year=part == Part::Year
                        type="text"
                        inputmode="numeric"
                        autocomplete="off"
                        aria-invalid=invalid
                        prop:value=move || parts.with(|p| p.get(part).to_string())
                        on:input=move |ev| typed(part, event_target_value(&ev))
                    />
                </div>
            }
        })
        .collect_view();
    view! {
        <div class="kt-field" class:kt-field--error=move || shown.with(Option::is_some)>
            <fieldset
                class="kt-fieldset kt-date-input"
                role="group"
                aria-describedby=described_by
                node_ref=group
                on:focusout=on_focusout
            >
                <legend class="kt-legend kt-legend--s">{move || legend.get()}</legend>
                <p class="kt-hint" id=hint_id>
                    {move || tf(lang.get(), Key::date_hint, &[("example", &numeric_example(&today))])}
                </p>
                {move || error_text().map(|text| view! {
                    <p class="kt-error-message" id=error_id.clone()>
                        <span class="kt-visually-hidden">{t(lang.get(), Key::date_error_prefix)}" "</span>
                        {text}
                    </p>
                })}
                <div class="kt-date-input__fields">{fields}</div>
            </fieldset>
        </div>
    }
}
