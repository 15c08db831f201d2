//! "Together with whom?": the people an agreement's first carrier does it
//! with. A new one is picked in a labelled list and added with a button;
//! each one added is listed below it with its own remove button (named
//! after the person, for screen readers). Picking and adding are apart,
//! so moving through the list with the keyboard adds nobody by accident.
//! Shown once the first carrier is chosen. Who was added or removed is
//! said by a status region that is there from the start (WCAG 4.1.3): the
//! list changes away from the button pressed, and a removed row takes its
//! button with it.

use crate::domain::edit::{CarrierPick, Edit};
use crate::domain::field_ref::{AgreementPart, FieldRef};
use crate::domain::{Carrier, Id, Intake, Lang};
use crate::i18n::{t, tf, Key};
use crate::ui::browser;
use crate::ui::components::rows::member_name;
use crate::ui::isolate::isolate;
use crate::ui::state::{tr, use_app};
use leptos::prelude::*;

/// How a carrier reads in the editor.
fn carrier_label(lang: Lang, i: &Intake, c: &Carrier) -> String {
    match c {
        Carrier::Unset => String::new(),
        Carrier::Member { id } => {
            let (n, m) = i
                .household
                .members
                .iter()
                .enumerate()
                .find(|(_, m)| m.id == *id)
                .map(|(n, m)| (n, m.name.as_str()))
                .unwrap_or((0, ""));
            member_name(lang, n, m)
        }
        Carrier::Network { id } => i
            .network
            .iter()
            .find(|p| p.id == *id)
            .map(|p| p.name.clone())
            .unwrap_or_default(),
        Carrier::Coach if i.household.contact.name.is_empty() => {
            t(lang, Key::agreement_who_coach).to_string()
        }
        Carrier::Coach => format!(
            "{} ({})",
            isolate(&i.household.contact.name),
            t(lang, Key::agreement_who_coach)
        ),
        Carrier::Professional { id } => i
            .professionals
            .iter()
            .find(|p| p.id == *id)
            .map(|p| p.organisation.clone())
            .unwrap_or_default(),
        Carrier::Other { name, .. } => name.clone(),
    }
}

/// Everyone on a list who could join: not yet carrying it.
fn candidates(lang: Lang, i: &Intake, id: Id) -> Vec<(String, String)> {
    let Some(a) = i.agreements.iter().find(|a| a.id == id) else {
        return Vec::new();
    };
    let all = i
        .household
        .members
        .iter()
        .map(|m| Carrier::Member { id: m.id })
        .chain(i.network.iter().map(|p| Carrier::Network { id: p.id }))
        .chain(std::iter::once(Carrier::Coach))
        .chain(
            i.professionals
                .iter()
                .map(|p| Carrier::Professional { id: p.id }),
        );
    all.filter(|c| !a.is_carried_by(c))
        .map(|c| (CarrierPick::of(&c).encode(), carrier_label(lang, i, &c)))
        .collect()
}

#[component]
pub fn AgreementWith(id: Id) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let chosen = RwSignal::new(String::new());
    // The last change to say: its text and who; read in the screen's
    // language, so a change of language says it again in the new one.
    let said = RwSignal::new(None::<(Key, String)>);
    let select_id = FieldRef::Agreement(id, AgreementPart::With).id();
    // A memo, so the block is built again only when it appears or goes,
    // not on every keystroke: the list and the button keep focus.
    let shown = Memo::new(move |_| {
        app.intake.with(|i| {
            i.agreements
                .iter()
                .any(|a| a.id == id && *a.carrier() != Carrier::Unset)
        })
    });
    let others = move || {
        let l = lang.get();
        app.intake.with(|i| {
            i.agreements
                .iter()
                .find(|a| a.id == id)
                .map(|a| {
                    a.also_carried_by()
                        .iter()
                        .map(|c| carrier_label(l, i, c))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    let add = move |_| {
        let value = chosen.get_untracked();
        let pick = CarrierPick::decode(&value);
        // Named before the edit: once added, they are no longer a candidate.
        let name = app.intake.with_untracked(|i| {
            candidates(lang.get_untracked(), i, id)
                .into_iter()
                .find_map(|(v, label)| (v == value).then_some(label))
        });
        if pick != CarrierPick::Unset && app.edit(Edit::AddCarrier(id, pick)).is_some() {
            chosen.set(String::new());
            said.set(name.map(|n| (Key::agreement_with_added, n)));
        }
    };
    let list = {
        let select_id = select_id.clone();
        move || {
            let items: Vec<_> = others()
                .into_iter()
                .enumerate()
                .map(|(n, name)| {
                    let label = tf(lang.get(), Key::agreement_with_remove, &[("name", &name)]);
                    let select_id = select_id.clone();
                    let who = name.clone();
                    view! {
                        <li class="kt-agreement__with">
                            <bdi>{name}</bdi>
                            " "
                            <button
                                type="button"
                                class="kt-button kt-button--secondary"
                                aria-label=label
                                on:click=move |_| {
                                    if app.edit(Edit::RemoveCarrier(id, n + 1)).is_some() {
                                        said.set(Some((Key::agreement_with_removed, who.clone())));
                                        // The button is gone: focus goes to the list to pick from.
                                        let select_id = select_id.clone();
                                        request_animation_frame(move || {
                                            browser::focus_id(&select_id);
                                        });
                                    }
                                }
                            >
                                {tr(lang, Key::agreement_with_remove_short)}
                            </button>
                        </li>
                    }
                })
                .collect();
            (!items.is_empty()).then(|| view! {
                <ul class="kt-agreement__withs" aria-label=move || t(lang.get(), Key::agreement_with_list)>
                    {items}
                </ul>
            })
        }
    };
    move || {
        shown.get().then(|| {
            let select_id = select_id.clone();
            let list = list.clone();
            view! {
                <div class="kt-field">
                    <label class="kt-label" for=select_id.clone()>{tr(lang, Key::agreement_with)}</label>
                    <select
                        id=select_id
                        class="kt-select"
                        on:change=move |ev| chosen.set(event_target_value(&ev))
                    >
                        <option value="" selected=move || chosen.get().is_empty()>
                            {tr(lang, Key::agreement_with_choose)}
                        </option>
                        {move || {
                            let l = lang.get();
                            app.intake
                                .with(|i| candidates(l, i, id))
                                .into_iter()
                                .map(|(value, label)| {
                                    let v = value.clone();
                                    view! { <option value=value selected=move || chosen.get() == v dir="auto">{label}</option> }
                                })
                                .collect_view()
                        }}
                    </select>
                    <button type="button" class="kt-button kt-button--secondary kt-agreement__add-with" on:click=add>
                        {tr(lang, Key::agreement_with_add)}
                    </button>
                    // Below the button, where one just added appears.
                    {list}
                    // Only spoken: no isolation needed (`ui::isolate`).
                    <p class="kt-visually-hidden" role="status">
                        {move || said.get().map(|(key, name)| tf(lang.get(), key, &[("name", &name)]))}
                    </p>
                </div>
            }
        })
    }
}
