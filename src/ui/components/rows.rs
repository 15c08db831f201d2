//! An editable list of people (members, network, professionals): one row of
//! text fields per person, add and remove without losing focus or text.
//! Rows are keyed by id, so typing in one never re-creates another.

use crate::domain::{Id, Intake};
use crate::i18n::{t, tf, Key};
use crate::ui::browser;
use crate::ui::components::TextField;
use crate::ui::state::tr;
use crate::ui::state::use_app;
use leptos::prelude::*;

/// One text field of a row.
#[derive(Clone, Copy)]
pub struct RowField {
    /// Part of the element id: "<list>-<id>-<name>".
    pub name: &'static str,
    pub label: Key,
    pub get: fn(&Intake, Id) -> Option<String>,
    pub set: fn(&mut Intake, Id, String),
    pub autocomplete: Option<&'static str>,
    pub inputmode: Option<&'static str>,
}

/// How a list of people is read, added to and removed from.
#[derive(Clone, Copy)]
pub struct RowList {
    /// Id prefix, e.g. "member".
    pub list: &'static str,
    pub ids: fn(&Intake) -> Vec<Id>,
    /// Adds an empty row and returns its id.
    pub add: fn(&mut Intake) -> Id,
    pub remove: fn(&mut Intake, Id),
    pub fields: &'static [RowField],
    /// The label of the add button.
    pub add_label: Key,
    /// The row's heading, with `{n}` for its number.
    pub row_title: Key,
}

#[component]
pub fn Rows(
    /// What the rows hold.
    spec: RowList,
) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let ids = move || app.intake.with(spec.ids);
    let add = move |_| {
        let mut new_id = 0;
        app.edit(|i| new_id = (spec.add)(i));
        let first = spec.fields[0].name;
        request_animation_frame(move || {
            browser::focus_id(&format!("{}-{new_id}-{first}", spec.list));
        });
    };
    view! {
        <ol class="kt-rows">
            <For each=ids key=|id| *id let:id>
                <Row spec=spec id=id />
            </For>
        </ol>
        <button type="button" class="kt-button kt-button--secondary" on:click=add>
            {move || t(lang.get(), spec.add_label)}
        </button>
    }
}

#[component]
fn Row(spec: RowList, id: Id) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let number = move || {
        app.intake
            .with(|i| (spec.ids)(i).iter().position(|x| *x == id))
            .map(|p| p + 1)
            .unwrap_or(0)
            .to_string()
    };
    let title = move || tf(lang.get(), spec.row_title, &[("n", &number())]);
    let remove = move |_| {
        let msg = tf(
            lang.get_untracked(),
            Key::row_remove_confirm,
            &[("row", &title())],
        );
        if browser::confirm(&msg) {
            app.edit(|i| (spec.remove)(i, id));
        }
    };
    let fields = spec
        .fields
        .iter()
        .map(|f| {
            let f = *f;
            view! {
                <TextField
                    id=format!("{}-{id}-{}", spec.list, f.name)
                    label=Signal::derive(move || t(lang.get(), f.label).to_string())
                    value=Signal::derive(move || app.intake.with(|i| (f.get)(i, id)).unwrap_or_default())
                    on_input=Callback::new(move |v| app.edit(|i| (f.set)(i, id, v)))
                    autocomplete=f.autocomplete.unwrap_or("off")
                    inputmode=f.inputmode.unwrap_or("text")
                />
            }
        })
        .collect_view();
    view! {
        <li class="kt-row">
            <fieldset class="kt-fieldset">
                <legend class="kt-legend kt-legend--s">{title}</legend>
                <div class="kt-row__fields">{fields}</div>
                <button
                    type="button"
                    class="kt-button kt-button--warning kt-button--small"
                    aria-label=move || tf(lang.get(), Key::row_remove_named, &[("row", &title())])
                    on:click=remove
                >
                    {tr(lang, Key::row_remove)}
                </button>
            </fieldset>
        </li>
    }
}
