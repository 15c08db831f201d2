//! Who the household is: its name, members, the one contact person, the
//! network around it, and professionals already involved.

use crate::config::Mode;
use crate::domain::checks::household_gaps;
use crate::domain::edit::{Edit, IntakeText, PeopleList, PersonField};
use crate::domain::field_ref::FieldRef;
use crate::i18n::{t, Key};
use crate::ui::components::rows::{MemberPick, RowField, RowList, Rows};
use crate::ui::components::{AfterPaint, ErrorSummary, FieldError, PageHeading, TextField};
use crate::ui::gaps::field_errors;
use crate::ui::state::tr;
use crate::ui::state::{use_app, Screen};
use leptos::prelude::*;

const MEMBER_FIELDS: &[RowField] = &[
    RowField {
        label: Key::member_name,
        get: |i, id| {
            i.household
                .members
                .iter()
                .find(|m| m.id == id)
                .map(|m| m.name.clone())
        },
        field: PersonField::Name,
        autocomplete: None,
        inputmode: None,
    },
    RowField {
        label: Key::member_role,
        get: |i, id| {
            i.household
                .members
                .iter()
                .find(|m| m.id == id)
                .map(|m| m.role.clone())
        },
        field: PersonField::Role,
        autocomplete: None,
        inputmode: None,
    },
    RowField {
        label: Key::member_birth_year,
        get: |i, id| {
            i.household
                .members
                .iter()
                .find(|m| m.id == id)
                .map(|m| m.birth_year.map(|y| y.to_string()).unwrap_or_default())
        },
        // Anything that is not a year is kept out (by the core); the field
        // shows the stored value, so the user sees at once what was taken.
        field: PersonField::BirthYear,
        autocomplete: None,
        inputmode: Some("numeric"),
    },
];

const MEMBERS: RowList = RowList {
    ids: |i| i.household.members.iter().map(|m| m.id).collect(),
    kind: PeopleList::Members,
    fields: MEMBER_FIELDS,
    add_label: Key::member_add,
    row_title: Key::member_row,
    members: None,
};

const NETWORK_FIELDS: &[RowField] = &[
    RowField {
        label: Key::network_name,
        get: |i, id| {
            i.network
                .iter()
                .find(|m| m.id == id)
                .map(|m| m.name.clone())
        },
        field: PersonField::Name,
        autocomplete: None,
        inputmode: None,
    },
    RowField {
        label: Key::network_relation,
        get: |i, id| {
            i.network
                .iter()
                .find(|m| m.id == id)
                .map(|m| m.relation.clone())
        },
        field: PersonField::Relation,
        autocomplete: None,
        inputmode: None,
    },
    RowField {
        label: Key::network_helps_with,
        get: |i, id| {
            i.network
                .iter()
                .find(|m| m.id == id)
                .map(|m| m.helps_with.clone())
        },
        field: PersonField::HelpsWith,
        autocomplete: None,
        inputmode: None,
    },
];

const NETWORK: RowList = RowList {
    ids: |i| i.network.iter().map(|m| m.id).collect(),
    kind: PeopleList::Network,
    fields: NETWORK_FIELDS,
    add_label: Key::network_add,
    row_title: Key::network_row,
    members: None,
};

const PROFESSIONAL_FIELDS: &[RowField] = &[
    RowField {
        label: Key::professional_organisation,
        get: |i, id| {
            i.professionals
                .iter()
                .find(|m| m.id == id)
                .map(|m| m.organisation.clone())
        },
        field: PersonField::Organisation,
        autocomplete: None,
        inputmode: None,
    },
    RowField {
        label: Key::professional_role,
        get: |i, id| {
            i.professionals
                .iter()
                .find(|m| m.id == id)
                .map(|m| m.role.clone())
        },
        field: PersonField::Role,
        autocomplete: None,
        inputmode: None,
    },
    RowField {
        label: Key::professional_contact,
        get: |i, id| {
            i.professionals
                .iter()
                .find(|m| m.id == id)
                .map(|m| m.contact.clone())
        },
        field: PersonField::Contact,
        autocomplete: None,
        inputmode: None,
    },
];

const PROFESSIONALS: RowList = RowList {
    ids: |i| i.professionals.iter().map(|m| m.id).collect(),
    kind: PeopleList::Professionals,
    fields: PROFESSIONAL_FIELDS,
    add_label: Key::professional_add,
    row_title: Key::professional_row,
    members: Some(MemberPick {
        label: Key::professional_members,
        get: |i, id| {
            i.professionals
                .iter()
                .find(|p| p.id == id)
                .map(|p| p.members.clone())
                .unwrap_or_default()
        },
    }),
};

#[component]
pub fn HouseholdScreen() -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let text = move |k: Key| Signal::derive(move || t(lang.get(), k).to_string());
    let field_error = move |id: FieldRef| {
        Signal::derive(move || {
            errors.with(|e| {
                e.iter()
                    .find(|e| e.field_id == id.id())
                    .map(|e| e.message.clone())
            })
        })
    };
    let next = move |_| {
        let found = app
            .intake
            .with_untracked(|i| field_errors(household_gaps(i), lang.get_untracked()));
        if found.is_empty() {
            errors.set(Vec::new());
            app.go(Screen::Tasks);
        } else {
            errors.set(found);
        }
    };
    view! {
        <section class="kt-screen">
            <ErrorSummary title=text(Key::error_summary_title) errors=errors />
            <PageHeading text=text(Key::household_title) />
            <p class="kt-lead">{tr(lang, Key::household_intro)}</p>
            <TextField
                id=FieldRef::Text(IntakeText::HouseholdName).id()
                label=text(Key::household_name)
                hint=text(Key::household_name_hint)
                value=Signal::derive(move || app.intake.with(|i| i.household.display_name.clone()))
                on_input=Callback::new(move |v| crate::ui::notice::edit_text(app, Edit::SetText(IntakeText::HouseholdName, v)))
                error=field_error(FieldRef::Text(IntakeText::HouseholdName))
            />
            <AfterPaint>
            <h2 class="kt-heading-m">{tr(lang, Key::household_members_title)}</h2>
            <p class="kt-hint">{tr(lang, Key::household_members_hint)}</p>
            <Rows spec=MEMBERS />

            // A resident alone fills in no coach: the embedding may name one
            // (coach defaults), and the plan shows it.
            {(app.mode() == Mode::Coach).then(|| view! {
            // One group with a legend, so each field is heard with it.
            <fieldset class="kt-fieldset" aria-describedby="contact-hint">
            <legend class="kt-legend"><h2 class="kt-heading-m">{tr(lang, Key::contact_title)}</h2></legend>
            <p class="kt-hint" id="contact-hint">{tr(lang, Key::contact_hint)}</p>
            <TextField
                id=FieldRef::Text(IntakeText::ContactName).id()
                label=text(Key::contact_name)
                value=Signal::derive(move || app.intake.with(|i| i.household.contact.name.clone()))
                on_input=Callback::new(move |v| crate::ui::notice::edit_text(app, Edit::SetText(IntakeText::ContactName, v)))
            />
            <TextField
                id=FieldRef::Text(IntakeText::ContactOrganisation).id()
                label=text(Key::contact_organisation)
                value=Signal::derive(move || app.intake.with(|i| i.household.contact.organisation.clone()))
                on_input=Callback::new(move |v| crate::ui::notice::edit_text(app, Edit::SetText(IntakeText::ContactOrganisation, v)))
                autocomplete="organization"
            />
            <TextField
                id=FieldRef::Text(IntakeText::ContactReach).id()
                label=text(Key::contact_reach)
                hint=text(Key::contact_reach_hint)
                value=Signal::derive(move || app.intake.with(|i| i.household.contact.reach.clone()))
                on_input=Callback::new(move |v| crate::ui::notice::edit_text(app, Edit::SetText(IntakeText::ContactReach, v)))
            />
            </fieldset>
            <crate::ui::table::TableLanguages />
            })}

            <h2 class="kt-heading-m">{tr(lang, Key::network_title)}</h2>
            <p class="kt-hint">{tr(lang, Key::network_hint)}</p>
            <Rows spec=NETWORK />

            <h2 class="kt-heading-m">{tr(lang, Key::professionals_title)}</h2>
            <p class="kt-hint">{tr(lang, Key::professionals_hint)}</p>
            <Rows spec=PROFESSIONALS />

            <div class="kt-button-group">
                <button type="button" class="kt-button kt-button--primary" on:click=next>
                    {tr(lang, Key::household_continue)}
                </button>
            </div>
            </AfterPaint>
        </section>
    }
}
