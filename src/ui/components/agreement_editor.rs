//! The agreements of one domain: what, who carries it, by when, and how it
//! stands. Every agreement is edited in place, so nothing is hidden behind
//! an "edit" mode; adding one puts the cursor in its "what" field.

use crate::domain::edit::{AgreementText, Applied, CarrierPick, Edit};
use crate::domain::field_ref::{AgreementPart, FieldRef};
use crate::domain::{Agreement, AgreementStatus, Carrier, DomainId, Id, Side};
use crate::i18n::{t, Key};
use crate::ui::browser;
use crate::ui::components::agreement_with::AgreementWith;
use crate::ui::components::member_checks::member_checks;
use crate::ui::components::removal_focus::{target_element, AfterRemoval};
use crate::ui::components::{StepErrors, TextField};
use crate::ui::isolate::isolate;
use crate::ui::notice;
use crate::ui::state::tr;
use crate::ui::state::use_app;
use leptos::prelude::*;

#[component]
pub fn AgreementEditor(
    /// The domain whose agreements are shown and added.
    domain: DomainId,
) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let ids = {
        let domain = domain.clone();
        move || {
            app.intake.with(|i| {
                i.agreements
                    .iter()
                    .filter(|a| a.domain.as_ref() == Some(&domain))
                    .map(|a| a.id)
                    .collect::<Vec<_>>()
            })
        }
    };
    let add = move |_| {
        let Some(Applied::Added(new_id)) = app.edit(Edit::AddAgreement {
            domain: domain.clone(),
            today: browser::today(),
        }) else {
            return;
        };
        // After the new row has rendered.
        request_animation_frame(move || {
            browser::focus_id(&FieldRef::Agreement(new_id, AgreementPart::What).id());
        });
    };
    view! {
        <div class="kt-agreements">
            <ul class="kt-agreements__list">
                <For each=ids key=|id| *id let:id>
                    <AgreementRow id=id />
                </For>
            </ul>
            <button type="button" class="kt-button kt-button--secondary" on:click=add>
                {tr(lang, Key::agreement_add)}
            </button>
        </div>
    }
}

#[component]
fn AgreementRow(id: Id) -> impl IntoView {
    let app = use_app();
    // The page's errors, when it reports any (the domain page does).
    let step_errors = use_context::<StepErrors>();
    let lang = app.lang;
    let read = move |f: fn(&Agreement) -> String| {
        app.intake
            .with(|i| i.agreements.iter().find(|a| a.id == id).map(f))
            .unwrap_or_default()
    };
    let carrier = move || {
        app.intake
            .with(|i| {
                i.agreements
                    .iter()
                    .find(|a| a.id == id)
                    .map(|a| a.carrier().clone())
            })
            .unwrap_or_default()
    };
    let status = move || {
        app.intake
            .with(|i| i.agreements.iter().find(|a| a.id == id).map(|a| a.status))
            .unwrap_or_default()
    };
    let options = move || {
        let l = lang.get();
        app.intake.with(|i| {
            let mut opts: Vec<(String, String)> = Vec::new();
            // "Choose" is offered only while nobody is chosen: a new
            // agreement never starts with someone picked for the household.
            let unset = i
                .agreements
                .iter()
                .any(|a| a.id == id && *a.carrier() == Carrier::Unset);
            if unset {
                opts.push((
                    CarrierPick::Unset.encode(),
                    t(l, Key::agreement_who_choose).to_string(),
                ));
            }
            for m in &i.household.members {
                opts.push((CarrierPick::Member(m.id).encode(), m.name.clone()));
            }
            for n in &i.network {
                opts.push((CarrierPick::Network(n.id).encode(), n.name.clone()));
            }
            let coach = if i.household.contact.name.is_empty() {
                t(l, Key::agreement_who_coach).to_string()
            } else {
                format!(
                    "{} ({})",
                    isolate(&i.household.contact.name),
                    t(l, Key::agreement_who_coach)
                )
            };
            opts.push((CarrierPick::Coach.encode(), coach));
            for p in &i.professionals {
                opts.push((
                    CarrierPick::Professional(p.id).encode(),
                    p.organisation.clone(),
                ));
            }
            opts.push((
                CarrierPick::Other.encode(),
                t(l, Key::agreement_who_other).to_string(),
            ));
            opts
        })
    };
    let who_id = FieldRef::Agreement(id, AgreementPart::Who).id();
    let status_id = FieldRef::Agreement(id, AgreementPart::Status).id();
    let who_error = {
        let who_id = who_id.clone();
        Signal::derive(move || step_errors.and_then(|e| e.for_field(&who_id)))
    };
    let who_error_id = format!("{who_id}-error");
    let who_error_id2 = who_error_id.clone();
    let other_name = move || match carrier() {
        Carrier::Other { name, .. } => Some(name),
        _ => None,
    };
    let other_side = move || match carrier() {
        Carrier::Other { side, .. } => side,
        _ => Side::HouseholdAndNetwork,
    };
    let remove = move |ev: leptos::ev::MouseEvent| {
        let after = AfterRemoval::note(target_element(&ev));
        if browser::confirm(t(lang.get(), Key::agreement_remove_confirm)) {
            app.edit(Edit::RemoveAgreement(id));
            after.then();
        }
    };
    view! {
        <li class="kt-agreement" class:kt-agreement--done=move || status() == AgreementStatus::Done>
            <TextField
                id=FieldRef::Agreement(id, AgreementPart::What).id()
                label=Signal::derive(move || t(lang.get(), Key::agreement_what).to_string())
                value=Signal::derive(move || read(|a| a.what.clone()))
                on_input=Callback::new(move |v| notice::edit_text(app, Edit::SetAgreementText(id, AgreementText::What, v)))
                multiline=true
                error=Signal::derive(move || step_errors.and_then(|e| e.for_field(&FieldRef::Agreement(id, AgreementPart::What).id())))
            />
            <div class="kt-field" class:kt-field--error=move || who_error.get().is_some()>
                <label class="kt-label" for=who_id.clone()>{tr(lang, Key::agreement_who)}</label>
                {move || who_error.get().map(|e| view! { <p class="kt-error-message" id=who_error_id.clone()>{e}</p> })}
                <select
                    id=who_id.clone()
                    class="kt-select"
                    aria-invalid=move || who_error.get().map(|_| "true")
                    aria-describedby=move || who_error.get().map(|_| who_error_id2.clone())
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        app.edit(Edit::SetCarrier(id, CarrierPick::decode(&v)));
                    }
                >
                    {move || {
                        let current = CarrierPick::of(&carrier()).encode();
                        options()
                            .into_iter()
                            .map(|(value, label)| {
                                let selected = value == current;
                                // A name keeps its own direction (the coach's, in a
                                // sentence, is isolated as characters).
                                view! { <option value=value selected=selected dir="auto">{label}</option> }
                            })
                            .collect_view()
                    }}
                </select>
            </div>
            {move || other_name().map(|_| view! {
                <TextField
                    id=FieldRef::Agreement(id, AgreementPart::OtherName).id()
                    label=Signal::derive(move || t(lang.get(), Key::agreement_who_other_name).to_string())
                    value=Signal::derive(move || other_name().unwrap_or_default())
                    on_input=Callback::new(move |v: String| notice::edit_text(app, Edit::SetAgreementText(id, AgreementText::OtherName, v)))
                    error=Signal::derive(move || step_errors.and_then(|e| e.for_field(&FieldRef::Agreement(id, AgreementPart::OtherName).id())))
                />
                <div class="kt-field">
                    <label class="kt-label" for=FieldRef::Agreement(id, AgreementPart::OtherSide).id()>
                        {tr(lang, Key::agreement_who_other_side)}
                    </label>
                    <select
                        id=FieldRef::Agreement(id, AgreementPart::OtherSide).id()
                        class="kt-select"
                        on:change=move |ev| {
                            let side = if event_target_value(&ev) == "professionals" { Side::Professionals } else { Side::HouseholdAndNetwork };
                            app.edit(Edit::SetOtherSide(id, side));
                        }
                    >
                        <option value="household" selected=move || other_side() == Side::HouseholdAndNetwork>
                            {tr(lang, Key::agreement_side_household)}
                        </option>
                        <option value="professionals" selected=move || other_side() == Side::Professionals>
                            {tr(lang, Key::agreement_side_professionals)}
                        </option>
                    </select>
                </div>
            })}
            <AgreementWith id=id />
            {for_whom(id)}
            <TextField
                id=FieldRef::Agreement(id, AgreementPart::When).id()
                label=Signal::derive(move || t(lang.get(), Key::agreement_when).to_string())
                hint=Signal::derive(move || Some(t(lang.get(), Key::agreement_when_hint).to_string()))
                value=Signal::derive(move || read(|a| a.by_when.clone()))
                on_input=Callback::new(move |v| notice::edit_text(app, Edit::SetAgreementText(id, AgreementText::ByWhen, v)))
            />
            <div class="kt-field">
                <label class="kt-label" for=status_id.clone()>{tr(lang, Key::agreement_status)}</label>
                <select
                    id=status_id
                    class="kt-select"
                    on:change=move |ev| {
                        let status = match event_target_value(&ev).as_str() {
                            "done" => AgreementStatus::Done,
                            "dropped" => AgreementStatus::Dropped,
                            _ => AgreementStatus::Agreed,
                        };
                        app.edit(Edit::SetAgreementStatus(id, status));
                    }
                >
                    <option value="agreed" selected=move || status() == AgreementStatus::Agreed>
                        {tr(lang, Key::agreement_status_agreed)}
                    </option>
                    <option value="done" selected=move || status() == AgreementStatus::Done>
                        {tr(lang, Key::agreement_status_done)}
                    </option>
                    <option value="dropped" selected=move || status() == AgreementStatus::Dropped>
                        {tr(lang, Key::agreement_status_dropped)}
                    </option>
                </select>
            </div>
            {move || (status() != AgreementStatus::Agreed).then(|| view! {
                <TextField
                    id=FieldRef::Agreement(id, AgreementPart::Note).id()
                    label=Signal::derive(move || t(lang.get(), Key::agreement_review_note).to_string())
                    value=Signal::derive(move || read(|a| a.review_note.clone()))
                    on_input=Callback::new(move |v| notice::edit_text(app, Edit::SetAgreementText(id, AgreementText::ReviewNote, v)))
                />
            })}
            <button type="button" class="kt-button kt-button--warning" on:click=remove>
                {tr(lang, Key::agreement_remove)}
            </button>
        </li>
    }
}

/// "Who is it for?": one tick per member, shown when there are members.
fn for_whom(id: Id) -> impl IntoView {
    member_checks(
        Key::agreement_for,
        move |member| FieldRef::AgreementFor(id, member),
        move |i, member| {
            i.agreements
                .iter()
                .any(|a| a.id == id && a.for_members.contains(&member))
        },
        move |member, on| Edit::SetAgreementFor {
            agreement: id,
            member,
            on,
        },
    )
}
