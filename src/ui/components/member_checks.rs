//! A tick per household member, in a group with a legend: whom a
//! professional works with, whom an agreement is for. Shown only when
//! there are members; a member not yet named still gives their box a name.

use super::rows::member_name;
use super::Checkbox;
use crate::domain::edit::Edit;
use crate::domain::field_ref::FieldRef;
use crate::domain::{Id, Intake};
use crate::i18n::Key;
use crate::ui::state::{tr, use_app};
use leptos::prelude::*;

/// `field` names each box's DOM id, `checked` reads whether a member is
/// ticked, `toggle` is the edit a tick (or untick) sends.
pub fn member_checks(
    legend: Key,
    field: impl Fn(Id) -> FieldRef + Copy + Send + Sync + 'static,
    checked: impl Fn(&Intake, Id) -> bool + Copy + Send + Sync + 'static,
    toggle: impl Fn(Id, bool) -> Edit + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    move || {
        let members = app.intake.with(|i| {
            i.household
                .members
                .iter()
                .enumerate()
                .map(|(n, m)| (m.id, member_name(lang.get(), n, &m.name)))
                .collect::<Vec<_>>()
        });
        (!members.is_empty()).then(|| {
            let boxes = members
                .into_iter()
                .map(|(member, name)| {
                    view! {
                        <Checkbox
                            id=field(member).id()
                            label=name
                            checked=Signal::derive(move || app.intake.with(|i| checked(i, member)))
                            on_change=Callback::new(move |on| _ = app.edit(toggle(member, on)))
                        />
                    }
                })
                .collect_view();
            view! {
                <fieldset class="kt-fieldset">
                    <legend class="kt-legend kt-legend--s">{tr(lang, legend)}</legend>
                    <div class="kt-checkboxes">{boxes}</div>
                </fieldset>
            }
        })
    }
}
