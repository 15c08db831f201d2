//! Who the household is: its name, members, the one contact person, the
//! network around it, and professionals already involved.

use crate::config::Mode;
use crate::domain::checks::household_gaps;
use crate::domain::{Id, Intake, Member, NetworkPerson, Professional};
use crate::i18n::{t, Key};
use crate::ui::components::rows::{MemberPick, RowField, RowList, Rows};
use crate::ui::components::{ErrorSummary, FieldError, PageHeading, TextField};
use crate::ui::gaps::field_errors;
use crate::ui::state::tr;
use crate::ui::state::{use_app, Screen};
use leptos::prelude::*;

fn member(i: &mut Intake, id: Id) -> Option<&mut Member> {
    i.household.members.iter_mut().find(|m| m.id == id)
}
fn network(i: &mut Intake, id: Id) -> Option<&mut NetworkPerson> {
    i.network.iter_mut().find(|m| m.id == id)
}
fn professional(i: &mut Intake, id: Id) -> Option<&mut Professional> {
    i.professionals.iter_mut().find(|m| m.id == id)
}

const MEMBER_FIELDS: &[RowField] = &[
    RowField {
        name: "name",
        label: Key::member_name,
        get: |i, id| {
            i.household
                .members
                .iter()
                .find(|m| m.id == id)
                .map(|m| m.name.clone())
        },
        set: |i, id, v| {
            if let Some(m) = member(i, id) {
                m.name = v
            }
        },
        autocomplete: None,
        inputmode: None,
    },
    RowField {
        name: "role",
        label: Key::member_role,
        get: |i, id| {
            i.household
                .members
                .iter()
                .find(|m| m.id == id)
                .map(|m| m.role.clone())
        },
        set: |i, id, v| {
            if let Some(m) = member(i, id) {
                m.role = v
            }
        },
        autocomplete: None,
        inputmode: None,
    },
    RowField {
        name: "birth-year",
        label: Key::member_birth_year,
        get: |i, id| {
            i.household
                .members
                .iter()
                .find(|m| m.id == id)
                .map(|m| m.birth_year.map(|y| y.to_string()).unwrap_or_default())
        },
        // Anything that is not a year is kept out; the field shows the
        // stored value, so the user sees at once what was taken.
        set: |i, id, v| {
            if let Some(m) = member(i, id) {
                m.birth_year = v.trim().parse().ok()
            }
        },
        autocomplete: None,
        inputmode: Some("numeric"),
    },
];

const MEMBERS: RowList = RowList {
    list: "member",
    ids: |i| i.household.members.iter().map(|m| m.id).collect(),
    add: |i| {
        let id = i.next_id();
        i.household.members.push(Member {
            id,
            ..Member::default()
        });
        id
    },
    remove: Intake::remove_member,
    fields: MEMBER_FIELDS,
    add_label: Key::member_add,
    row_title: Key::member_row,
    members: None,
};

const NETWORK_FIELDS: &[RowField] = &[
    RowField {
        name: "name",
        label: Key::network_name,
        get: |i, id| {
            i.network
                .iter()
                .find(|m| m.id == id)
                .map(|m| m.name.clone())
        },
        set: |i, id, v| {
            if let Some(m) = network(i, id) {
                m.name = v
            }
        },
        autocomplete: None,
        inputmode: None,
    },
    RowField {
        name: "relation",
        label: Key::network_relation,
        get: |i, id| {
            i.network
                .iter()
                .find(|m| m.id == id)
                .map(|m| m.relation.clone())
        },
        set: |i, id, v| {
            if let Some(m) = network(i, id) {
                m.relation = v
            }
        },
        autocomplete: None,
        inputmode: None,
    },
    RowField {
        name: "helps-with",
        label: Key::network_helps_with,
        get: |i, id| {
            i.network
                .iter()
                .find(|m| m.id == id)
                .map(|m| m.helps_with.clone())
        },
        set: |i, id, v| {
            if let Some(m) = network(i, id) {
                m.helps_with = v
            }
        },
        autocomplete: None,
        inputmode: None,
    },
];

const NETWORK: RowList = RowList {
    list: "network",
    ids: |i| i.network.iter().map(|m| m.id).collect(),
    add: |i| {
        let id = i.next_id();
        i.network.push(NetworkPerson {
            id,
            ..NetworkPerson::default()
        });
        id
    },
    remove: Intake::remove_network,
    fields: NETWORK_FIELDS,
    add_label: Key::network_add,
    row_title: Key::network_row,
    members: None,
};

const PROFESSIONAL_FIELDS: &[RowField] = &[
    RowField {
        name: "organisation",
        label: Key::professional_organisation,
        get: |i, id| {
            i.professionals
                .iter()
                .find(|m| m.id == id)
                .map(|m| m.organisation.clone())
        },
        set: |i, id, v| {
            if let Some(m) = professional(i, id) {
                m.organisation = v
            }
        },
        autocomplete: None,
        inputmode: None,
    },
    RowField {
        name: "role",
        label: Key::professional_role,
        get: |i, id| {
            i.professionals
                .iter()
                .find(|m| m.id == id)
                .map(|m| m.role.clone())
        },
        set: |i, id, v| {
            if let Some(m) = professional(i, id) {
                m.role = v
            }
        },
        autocomplete: None,
        inputmode: None,
    },
    RowField {
        name: "contact",
        label: Key::professional_contact,
        get: |i, id| {
            i.professionals
                .iter()
                .find(|m| m.id == id)
                .map(|m| m.contact.clone())
        },
        set: |i, id, v| {
            if let Some(m) = professional(i, id) {
                m.contact = v
            }
        },
        autocomplete: None,
        inputmode: None,
    },
];

const PROFESSIONALS: RowList = RowList {
    list: "professional",
    ids: |i| i.professionals.iter().map(|m| m.id).collect(),
    add: |i| {
        let id = i.next_id();
        i.professionals.push(Professional {
            id,
            ..Professional::default()
        });
        id
    },
    remove: Intake::remove_professional,
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
        set: |i, id, member, on| {
            if let Some(p) = professional(i, id) {
                p.members.retain(|m| *m != member);
                if on {
                    p.members.push(member);
                }
            }
        },
    }),
};

#[component]
pub fn HouseholdScreen() -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let text = move |k: Key| Signal::derive(move || t(lang.get(), k).to_string());
    let field_error = move |id: &'static str| {
        Signal::derive(move || {
            errors.with(|e| {
                e.iter()
                    .find(|e| e.field_id == id)
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
                id="household-name"
                label=text(Key::household_name)
                hint=text(Key::household_name_hint)
                value=Signal::derive(move || app.intake.with(|i| i.household.display_name.clone()))
                on_input=Callback::new(move |v| app.edit(|i| i.household.display_name = v))
                error=field_error("household-name")
            />
            <h2 class="kt-heading-m">{tr(lang, Key::household_members_title)}</h2>
            <p class="kt-hint">{tr(lang, Key::household_members_hint)}</p>
            <Rows spec=MEMBERS />

            // A resident alone fills in no coach: the embedding may name one
            // (coach defaults), and the plan shows it.
            {(app.mode() == Mode::Coach).then(|| view! {
            <h2 class="kt-heading-m">{tr(lang, Key::contact_title)}</h2>
            <p class="kt-hint">{tr(lang, Key::contact_hint)}</p>
            <TextField
                id="contact-name"
                label=text(Key::contact_name)
                value=Signal::derive(move || app.intake.with(|i| i.household.contact.name.clone()))
                on_input=Callback::new(move |v| app.edit(|i| i.household.contact.name = v))
            />
            <TextField
                id="contact-organisation"
                label=text(Key::contact_organisation)
                value=Signal::derive(move || app.intake.with(|i| i.household.contact.organisation.clone()))
                on_input=Callback::new(move |v| app.edit(|i| i.household.contact.organisation = v))
                autocomplete="organization"
            />
            <TextField
                id="contact-reach"
                label=text(Key::contact_reach)
                hint=text(Key::contact_reach_hint)
                value=Signal::derive(move || app.intake.with(|i| i.household.contact.reach.clone()))
                on_input=Callback::new(move |v| app.edit(|i| i.household.contact.reach = v))
            />
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
        </section>
    }
}
