//! An editable list of people (members, network, professionals): one row of
//! text fields per person, add and remove without losing focus or text.
//! Rows are keyed by id, so typing in one never re-creates another.

use crate::domain::edit::{Applied, Edit, PeopleList, PersonField};
use crate::domain::field_ref::FieldRef;
use crate::domain::{Id, Intake};
use crate::i18n::{t, tf, Key};
use crate::ui::browser;
use crate::ui::components::member_checks::member_checks;
use crate::ui::components::removal_focus::{target_element, AfterRemoval};
use crate::ui::components::TextField;
use crate::ui::state::tr;
use crate::ui::state::use_app;
use leptos::prelude::*;

/// One text field of a row.
#[derive(Clone, Copy)]
pub struct RowField {
    pub label: Key,
    pub get: fn(&Intake, Id) -> Option<String>,
    /// The field the core sets.
    pub field: PersonField,
    pub autocomplete: Option<&'static str>,
    pub inputmode: Option<&'static str>,
}

/// A row that says which household members it concerns (a professional
/// works with one child, not the whole household).
#[derive(Clone, Copy)]
pub struct MemberPick {
    pub label: Key,
    pub get: fn(&Intake, Id) -> Vec<Id>,
}

/// How a list of people is read, added to and removed from.
#[derive(Clone, Copy)]
pub struct RowList {
    pub ids: fn(&Intake) -> Vec<Id>,
    /// Which of the core's lists rows are added to and removed from.
    pub kind: PeopleList,
    pub fields: &'static [RowField],
    /// The label of the add button.
    pub add_label: Key,
    /// The row's heading, with `{n}` for its number.
    pub row_title: Key,
    /// Which members the row concerns, where that matters.
    pub members: Option<MemberPick>,
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
        let Some(Applied::Added(new_id)) = app.edit(Edit::AddPerson(spec.kind)) else {
            return;
        };
        let first = FieldRef::Person(spec.kind, new_id, spec.fields[0].field).id();
        request_animation_frame(move || {
            browser::focus_id(&first);
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
    let fields = spec
        .fields
        .iter()
        .map(|f| {
            let f = *f;
            view! {
                <TextField
                    id=FieldRef::Person(spec.kind, id, f.field).id()
                    label=Signal::derive(move || t(lang.get(), f.label).to_string())
                    value=Signal::derive(move || app.intake.with(|i| (f.get)(i, id)).unwrap_or_default())
                    on_input=Callback::new(move |v| crate::ui::notice::edit_text(app, Edit::SetPerson(spec.kind, id, f.field, v)))
                    autocomplete=f.autocomplete.unwrap_or("off")
                    inputmode=f.inputmode.unwrap_or("text")
                />
            }
        })
        .collect_view();
    let members = spec.members.map(|pick| member_pick(spec.kind, id, pick));
    view! {
        <li class="kt-row">
            <fieldset class="kt-fieldset">
                <legend class="kt-legend kt-legend--s">{title}</legend>
                <div class="kt-row__fields">{fields}</div>
                {members}
                <RemoveRowButton
                    title=Signal::derive(title)
                    on_remove=Callback::new(move |()| _ = app.edit(Edit::RemovePerson(spec.kind, id)))
                />
            </fieldset>
        </li>
    }
}

/// Checkboxes for the household's members, inside a row.
fn member_pick(list: PeopleList, id: Id, pick: MemberPick) -> impl IntoView {
    member_checks(
        pick.label,
        move |member| FieldRef::PersonMember(list, id, member),
        move |i, member| (pick.get)(i, id).contains(&member),
        move |member, on| Edit::SetProfessionalMember {
            professional: id,
            member,
            on,
        },
    )
}

/// "Remove" for one row: names the row for screen readers, and asks first
/// with the browser's own dialog, which names it too. Focus then goes to
/// the row taking its place, or to the list's "add" button.
#[component]
pub fn RemoveRowButton(
    /// The row's heading, e.g. "Persoon 2".
    title: Signal<String>,
    /// Called once the user has confirmed.
    on_remove: Callback<()>,
) -> impl IntoView {
    let lang = use_app().lang;
    let remove = move |ev: leptos::ev::MouseEvent| {
        let after = AfterRemoval::note(target_element(&ev));
        let msg = tf(
            lang.get_untracked(),
            Key::row_remove_confirm,
            &[("row", &title.get_untracked())],
        );
        if browser::confirm(&msg) {
            on_remove.run(());
            after.then();
        }
    };
    view! {
        <button
            type="button"
            class="kt-button kt-button--warning kt-button--small"
            aria-label=move || tf(lang.get(), Key::row_remove_named, &[("row", &title.get())])
            on:click=remove
        >
            {tr(lang, Key::row_remove)}
        </button>
    }
}

/// A member's name, or "Gezinslid 3" while they have none, so a ladder or
/// a checkbox is never without a name.
pub fn member_name(lang: crate::domain::Lang, index: usize, name: &str) -> String {
    if name.trim().is_empty() {
        tf(
            lang,
            Key::member_unnamed,
            &[("n", &(index + 1).to_string())],
        )
    } else {
        name.to_string()
    }
}
