//! Plan building: order, grouping, share, movement, redaction, fingerprint.

use keukentafel::domain::catalogue::Catalogue;
use keukentafel::domain::plan::{
    build_plan, redact, CarrierKind, InvolvedKind, Redaction, Section,
};
use keukentafel::domain::*;

fn d(id: &str) -> DomainId {
    DomainId::new(id)
}

fn agreement(
    id: Id,
    what: &str,
    carrier: Carrier,
    domain: &str,
    status: AgreementStatus,
) -> Agreement {
    Agreement {
        id,
        what: what.into(),
        carriers: vec![carrier],
        by_when: "deze week".into(),
        domain: (!domain.is_empty()).then(|| d(domain)),
        status,
        created: "2024-03-01".into(),
        review_note: String::new(),
        for_members: Vec::new(),
    }
}

/// Two adults, one network person, two professionals, a few agreements:
/// the generated fixture `tests/fixtures/sample.json` (see
/// `tests/domain_fixtures.rs`).
fn sample() -> Intake {
    keukentafel::domain::format::from_json(include_str!("fixtures/sample.json"))
        .expect("sample fixture loads")
}

fn plan() -> keukentafel::domain::plan::Plan {
    build_plan(&sample(), &Catalogue::standard())
}

#[test]
fn contact_on_top_of_everyone_involved() {
    let p = plan();
    assert_eq!(p.contact.name, "Sanne");
    let kinds: Vec<InvolvedKind> = p.involved.iter().map(|x| x.kind).collect();
    assert_eq!(
        kinds,
        [
            InvolvedKind::Contact,
            InvolvedKind::Network,
            InvolvedKind::Professional,
            InvolvedKind::Professional
        ]
    );
    assert_eq!(p.involved[0].reach, "06-12345678");
    assert_eq!(p.involved[3].members, ["Tom"]);
}

#[test]
fn domains_follow_the_catalogue_and_set_aside_the_untouched() {
    let p = plan();
    let ids: Vec<&str> = p.domains.iter().map(|x| x.id.as_str()).collect();
    // housing and health have agreements, so they are in the plan.
    assert_eq!(ids, ["work", "housing", "finances", "health"]);
    let aside: Vec<(&str, DomainStatus)> = p
        .set_aside
        .iter()
        .map(|x| (x.id.as_str(), x.status))
        .collect();
    assert_eq!(aside, [("safety", DomainStatus::Skipped)]);
    assert_eq!(p.domains[0].name.get(Lang::Nl), "Werk en meedoen");
}

#[test]
fn a_domain_the_catalogue_does_not_know_comes_last_by_its_id() {
    let mut i = sample();
    i.domains.push(DomainAnswers {
        domain: d("school"),
        going_well: "Goede cijfers".into(),
        ..Default::default()
    });
    let p = build_plan(&i, &Catalogue::standard());
    assert_eq!(p.domains.last().unwrap().id.as_str(), "school");
    assert_eq!(p.domains.last().unwrap().name.get(Lang::En), "school");
}

#[test]
fn strengths_are_resolved_from_the_catalogue() {
    let p = plan();
    let money = p
        .domains
        .iter()
        .find(|x| x.id.as_str() == "finances")
        .unwrap();
    assert_eq!(money.going_well, "We openen de post samen.");
    assert_eq!(
        money.strengths[0].get(Lang::Nl),
        "Ik open mijn post en bewaar de papieren."
    );
    assert_eq!(money.professionals, ["Schuldhulp Enschede"]);
}

#[test]
fn rungs_per_member_with_movement_since_the_previous_assessment() {
    let p = plan();
    assert_eq!(p.assessment_date.as_deref(), Some("2024-06-10"));
    assert_eq!(p.previous_assessment_date.as_deref(), Some("2024-01-10"));
    let work = &p.domains[0];
    // Household line first (none here), then members in household order.
    let who: Vec<&str> = work.rungs.iter().map(|r| r.who.as_str()).collect();
    assert_eq!(who, ["Ayşe", "Tom"]);
    assert_eq!(work.rungs[0].movement, Some(1));
    assert_eq!(work.rungs[0].previous, Some(LadderAnswer::Rung(2)));
    assert!(work.rungs[0]
        .now_text
        .as_ref()
        .unwrap()
        .get(Lang::En)
        .contains("organised activities"));
    // "Rather not say" is kept as an answer, with no movement and no text.
    assert_eq!(work.rungs[1].now, LadderAnswer::RatherNotSay);
    assert_eq!(work.rungs[1].movement, None);
    assert!(work.rungs[1].now_text.is_none());
    assert_eq!(
        work.rungs[1].wanted_text.as_ref().unwrap().get(Lang::En),
        "I have paid work."
    );
    let money = &p.domains[2];
    assert_eq!(money.rungs.len(), 1);
    assert_eq!(money.rungs[0].member, None);
    assert_eq!(money.rungs[0].previous, None);
}

#[test]
fn agreements_grouped_by_carrier_in_fixed_order() {
    let p = plan();
    let groups: Vec<(CarrierKind, &str, Vec<Id>)> = p
        .agreements
        .iter()
        .map(|g| {
            (
                g.kind,
                g.name.as_str(),
                g.agreements.iter().map(|a| a.id).collect(),
            )
        })
        .collect();
    assert_eq!(
        groups,
        [
            (CarrierKind::Member, "Ayşe", vec![24, 27]),
            (CarrierKind::Member, "Tom", vec![22]),
            (CarrierKind::Network, "Oma Riet", vec![21]),
            (CarrierKind::Coach, "Sanne", vec![23]),
            (
                CarrierKind::Professional,
                "Woningcorporatie Domijn",
                vec![20]
            ),
            (CarrierKind::Professional, "Schuldhulp Enschede", vec![26]),
            (CarrierKind::Other, "Buurvrouw Els", vec![25]),
        ]
    );
    let total: usize = p.agreements.iter().map(|g| g.agreements.len()).sum();
    assert_eq!(total, 8);
}

#[test]
fn share_counts_household_and_network_against_professionals_without_dropped() {
    let p = plan();
    // Household+network: 27, 22, 21, 25 (24 dropped) = 4; professionals: 23 (coach), 20, 26 = 3.
    assert_eq!(p.share.household_and_network, 4);
    assert_eq!(p.share.professionals, 3);
    assert_eq!(p.share.dropped, 1);
    assert_eq!(p.share.household_and_network_percent, Some(57));
    assert_eq!(p.share.professionals_percent, Some(43));
}

#[test]
fn share_of_no_agreements_is_not_a_percentage() {
    let p = build_plan(&Intake::default(), &Catalogue::standard());
    assert_eq!(p.share.household_and_network_percent, None);
    assert!(p.agreements.is_empty());
    assert_eq!(p.domains.len(), 0);
    assert_eq!(p.set_aside.len(), 5);
    assert_eq!(p.involved.len(), 1, "the contact person is always listed");
}

#[test]
fn an_agreement_with_a_carrier_no_longer_listed_still_shows() {
    let mut i = sample();
    i.agreements.push(agreement(
        30,
        "Bellen",
        Carrier::Network { id: 99 },
        "",
        AgreementStatus::Agreed,
    ));
    let p = build_plan(&i, &Catalogue::standard());
    let g = p
        .agreements
        .iter()
        .find(|g| g.carrier == Carrier::Network { id: 99 })
        .unwrap();
    assert_eq!(g.name, "");
    assert_eq!(g.kind, CarrierKind::Network);
    // Placed after the known network people, before the coach.
    let pos = p
        .agreements
        .iter()
        .position(|x| x.carrier == Carrier::Network { id: 99 })
        .unwrap();
    assert_eq!(p.agreements[pos + 1].kind, CarrierKind::Coach);
}

#[test]
fn fingerprint_has_four_groups_and_is_stable() {
    let a = plan();
    let b = plan();
    assert_eq!(a.fingerprint, b.fingerprint);
    let groups: Vec<&str> = a.fingerprint.split('-').collect();
    assert_eq!(groups.len(), 4);
    assert!(groups.iter().all(|g| g.len() == 4
        && g.chars()
            .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase())));
}

#[test]
fn fingerprint_changes_with_any_content_but_not_with_last_changed() {
    let base = plan().fingerprint;
    let mut i = sample();
    i.co_ownership.last_changed = "2030-01-01T00:00:00Z".into();
    assert_eq!(build_plan(&i, &Catalogue::standard()).fingerprint, base);

    let edits: Vec<fn(&mut Intake)> = vec![
        |i| i.household.display_name.push('!'),
        |i| i.agreements[0].status = AgreementStatus::Done,
        |i| i.agreements[3].by_when = "morgen".into(),
        |i| i.assessments[1].rungs[1].now = LadderAnswer::Rung(4),
        |i| i.co_ownership.review_date = "2024-10-01".into(),
        |i| i.domains[0].wants.push(' '),
        |i| i.household.contact.reach = "06-00000000".into(),
    ];
    for (n, edit) in edits.iter().enumerate() {
        let mut i = sample();
        edit(&mut i);
        assert_ne!(
            build_plan(&i, &Catalogue::standard()).fingerprint,
            base,
            "edit {n}"
        );
    }
}

#[test]
fn redacted_copy_says_what_is_left_out_and_has_its_own_fingerprint() {
    let full = plan();
    let keep = Redaction {
        domains: vec![d("housing")],
        sections: vec![
            Section::GoingWell,
            Section::Wants,
            Section::Agreements,
            Section::Share,
            Section::Involved,
        ],
        ..Default::default()
    };
    let copy = redact(&full, &keep);
    let partial = copy.partial.as_ref().expect("marked partial");
    let out: Vec<&str> = partial
        .left_out_domains
        .iter()
        .map(|x| x.id.as_str())
        .collect();
    assert_eq!(out, ["work", "finances", "health"]);
    assert_eq!(
        partial.left_out_sections,
        [
            Section::Ladders,
            Section::Worries,
            Section::Notes,
            Section::Signatures
        ]
    );
    assert_eq!(copy.domains.len(), 1);
    // Only the housing agreement and the one without a domain remain.
    let ids: Vec<Id> = copy
        .agreements
        .iter()
        .flat_map(|g| g.agreements.iter().map(|a| a.id))
        .collect();
    assert_eq!(ids, [20, 25]);
    assert_eq!(copy.share.household_and_network, 1);
    assert_eq!(copy.share.professionals, 1);
    // Involved: contact plus the housing professional only.
    let names: Vec<&str> = copy.involved.iter().map(|x| x.name.as_str()).collect();
    assert_eq!(names, ["Sanne", "Woningcorporatie Domijn"]);
    // Nobody kept in the copy names a topic that was left out.
    for p in &copy.involved {
        assert!(p.domains.iter().all(|x| x.as_str() == "housing"), "{p:?}");
    }
    assert!(copy.residents.is_empty() && copy.review_date.is_empty());
    assert_eq!(copy.contact, full.contact);
    assert_ne!(copy.fingerprint, full.fingerprint);
}

#[test]
fn redaction_without_sections_keeps_contact_and_strengths() {
    let full = plan();
    let keep = Redaction {
        domains: vec![d("finances")],
        sections: vec![],
        ..Default::default()
    };
    let copy = redact(&full, &keep);
    assert_eq!(copy.involved.len(), 1);
    assert!(copy.agreements.is_empty());
    let money = &copy.domains[0];
    assert!(money.going_well.is_empty() && money.wants.is_empty() && money.rungs.is_empty());
    assert_eq!(money.strengths.len(), 1);
    assert_eq!(
        copy.partial.as_ref().unwrap().left_out_sections.len(),
        Section::ALL.len()
    );
}

#[test]
fn keeping_everything_is_the_full_plan() {
    let full = plan();
    let copy = redact(&full, &Redaction::everything(&full));
    assert_eq!(copy, full);
    assert!(copy.partial.is_none());
}

#[test]
fn two_different_redactions_differ() {
    let full = plan();
    let a = redact(
        &full,
        &Redaction {
            domains: vec![d("work")],
            sections: Section::ALL.to_vec(),
            ..Default::default()
        },
    );
    let b = redact(
        &full,
        &Redaction {
            domains: vec![d("finances")],
            sections: Section::ALL.to_vec(),
            ..Default::default()
        },
    );
    assert_ne!(a.fingerprint, b.fingerprint);
    assert_eq!(
        a.fingerprint,
        redact(
            &full,
            &Redaction {
                domains: vec![d("work")],
                sections: Section::ALL.to_vec(),
                ..Default::default()
            }
        )
        .fingerprint
    );
}

#[test]
fn someone_named_under_who_is_involved_is_listed_with_that_domain() {
    let mut intake = Intake::default();
    intake.network.push(NetworkPerson {
        id: 1,
        name: "Oma Fatima".into(),
        domains: vec![d("health")],
        ..NetworkPerson::default()
    });
    intake.professionals.push(Professional {
        id: 2,
        organisation: "Schuldhulp".into(),
        ..Professional::default()
    });
    let money = intake.domain_mut(&d("finances"));
    money.network.push(1);
    money.professionals.push(2);
    let plan = build_plan(&intake, &Catalogue::standard());
    let of = |name: &str| {
        plan.involved
            .iter()
            .find(|p| p.name == name)
            .map(|p| {
                p.domains
                    .iter()
                    .map(|x| x.as_str().to_string())
                    .collect::<Vec<_>>()
            })
            .unwrap()
    };
    assert_eq!(of("Oma Fatima"), ["health", "finances"]);
    assert_eq!(of("Schuldhulp"), ["finances"]);
}

#[test]
fn an_agreement_with_nobody_chosen_counts_on_neither_side_and_shows_last() {
    let mut i = sample();
    let before = build_plan(&i, &Catalogue::standard());
    i.agreements.push(agreement(
        31,
        "Naar de open dag",
        Carrier::Unset,
        "work",
        AgreementStatus::Agreed,
    ));
    let p = build_plan(&i, &Catalogue::standard());
    assert_eq!(p.share.household_and_network, 4);
    assert_eq!(p.share.professionals, 3);
    assert_eq!(p.share.unset, 1);
    assert_eq!(
        p.share.household_and_network_percent,
        before.share.household_and_network_percent
    );
    let last = p.agreements.last().unwrap();
    assert_eq!(last.kind, CarrierKind::Unset);
    assert_eq!(last.side, None);
    assert_eq!(last.agreements[0].id, 31);
    // A plan without such an agreement keeps the content (and fingerprint)
    // it had before "nobody" existed: the count is not written when zero.
    let json = serde_json::to_string(&before.share).unwrap();
    assert!(!json.contains("unset"), "{json}");
}

#[test]
fn a_file_keeps_its_carriers_and_nobody_is_read_back_as_nobody() {
    use keukentafel::domain::format::{from_json, to_json};
    // A file written before "nobody" existed loads as it was.
    let json = r#"{"format":"keukentafel-plan","version":2,"household":{},"agreements":[{"id":1,"what":"Bellen","carrier":{"kind":"coach"}}],"next_id":1}"#;
    let intake = from_json(json).expect("loads");
    assert_eq!(*intake.agreements[0].carrier(), Carrier::Coach);
    // "Nobody" is written as its own kind and read back as itself.
    let mut i = Intake::default();
    i.agreements.push(Agreement {
        id: 1,
        carriers: vec![Carrier::Unset],
        ..Agreement::default()
    });
    i.next_id = 1;
    let text = to_json(&i);
    assert!(text.contains(r#""kind":"unset""#) || text.contains(r#""kind": "unset""#));
    assert_eq!(
        *from_json(&text).expect("round trip").agreements[0].carrier(),
        Carrier::Unset
    );
}

#[test]
fn a_domain_marked_done_with_nothing_in_it_is_recorded_as_nothing() {
    use keukentafel::domain::plan::nothing_recorded;
    let safety = d("safety");
    let mut i = Intake::default();
    assert!(nothing_recorded(&i, &safety));
    i.domain_mut(&safety).status = DomainStatus::Done;
    assert!(nothing_recorded(&i, &safety), "the status is not content");
    let p = build_plan(&i, &Catalogue::standard());
    let shown = p.domains.iter().find(|x| x.id == safety).unwrap();
    assert!(shown.is_empty());
    // Any one thing recorded is something: words, or an agreement.
    i.domain_mut(&safety).worries = "De trap".into();
    assert!(!nothing_recorded(&i, &safety));
    i.domain_mut(&safety).worries.clear();
    i.agreements.push(agreement(
        1,
        "",
        Carrier::Coach,
        "safety",
        AgreementStatus::Agreed,
    ));
    assert!(!nothing_recorded(&i, &safety));
    // Another domain's agreement does not count here.
    assert!(nothing_recorded(&i, &d("work")));
}

#[test]
fn the_plan_and_the_check_page_name_whom_an_agreement_is_for() {
    use keukentafel::domain::plan::{check_answers, CheckAgreement, CheckAnswer};
    let mut i = sample();
    let ids: Vec<Id> = i.household.members.iter().map(|m| m.id).collect();
    let names: Vec<String> = i.household.members.iter().map(|m| m.name.clone()).collect();
    let before = build_plan(&i, &Catalogue::standard()).fingerprint;
    let mut a = agreement(
        32,
        "Naar de voetbalclub",
        Carrier::Member { id: ids[0] },
        "work",
        AgreementStatus::Agreed,
    );
    // Ticked in reverse: shown in household order.
    a.for_members = vec![ids[1], ids[0]];
    i.agreements.push(a);
    let p = build_plan(&i, &Catalogue::standard());
    let shown = p
        .agreements
        .iter()
        .flat_map(|g| &g.agreements)
        .find(|a| a.id == 32)
        .unwrap();
    assert_eq!(shown.for_names, names[..2]);
    let check = check_answers(&i, &Catalogue::standard());
    let work = check.iter().find(|d| d.id == d_work()).unwrap();
    let row = work
        .rows
        .iter()
        .find(|r| matches!(r.answer, Some(CheckAnswer::Agreements(_))))
        .unwrap();
    let Some(CheckAnswer::Agreements(list)) = &row.answer else {
        unreachable!()
    };
    assert!(list.contains(&CheckAgreement {
        what: "Naar de voetbalclub".into(),
        who: Some(names[0].clone()),
        for_names: names[..2].to_vec(),
        by_when: "deze week".into(),
    }));
    // Without anyone named, the plan's content (and fingerprint) is as before.
    i.agreements.pop();
    assert_eq!(build_plan(&i, &Catalogue::standard()).fingerprint, before);
    assert!(!keukentafel::domain::format::to_json(&i).contains("for_members"));
}

fn d_work() -> DomainId {
    d("work")
}

#[test]
fn the_check_page_says_who_carries_an_agreement_and_when_as_the_plan_does() {
    use keukentafel::domain::plan::{check_answers, CheckAnswer};
    let mut i = sample();
    let coach_free = agreement(
        40,
        "Het formulier voor de toeslag invullen",
        Carrier::Unset,
        "work",
        AgreementStatus::Agreed,
    );
    i.agreements.push(coach_free);
    let p = build_plan(&i, &Catalogue::standard());
    let check = check_answers(&i, &Catalogue::standard());
    for d in &check {
        for row in &d.rows {
            let Some(CheckAnswer::Agreements(list)) = &row.answer else {
                continue;
            };
            for c in list {
                let shown = p
                    .agreements
                    .iter()
                    .flat_map(|g| &g.agreements)
                    .find(|a| a.what == c.what)
                    .expect("every checked agreement is in the plan");
                assert_eq!(c.by_when, shown.by_when);
                match &c.who {
                    Some(who) => assert_eq!(who, &shown.carrier_name),
                    None => assert!(shown.side.is_none(), "nobody chosen: {}", c.what),
                }
            }
        }
    }
    let work = check.iter().find(|d| d.id == d_work()).unwrap();
    let listed: Vec<_> = work
        .rows
        .iter()
        .filter_map(|r| match &r.answer {
            Some(CheckAnswer::Agreements(list)) => Some(list.clone()),
            _ => None,
        })
        .flatten()
        .collect();
    let unset = listed
        .iter()
        .find(|a| a.what == "Het formulier voor de toeslag invullen")
        .unwrap();
    assert_eq!(unset.who, None);
    assert!(listed
        .iter()
        .any(|a| a.who.as_deref().is_some_and(|w| !w.is_empty())));
}

#[test]
fn a_domain_put_off_with_nothing_in_it_is_for_later_once_on_the_check_page() {
    use keukentafel::domain::plan::check_answers;
    let mut i = sample();
    let check = check_answers(&i, &Catalogue::standard());
    let put_off: Vec<&str> = check
        .iter()
        .filter(|d| d.put_off)
        .map(|d| d.id.as_str())
        .collect();
    // The same domain the plan lists under "not talked about yet" as skipped.
    assert_eq!(put_off, ["safety"]);
    // Put off but with something in it: the plan shows it, so does the page.
    i.domain_mut(&d("safety")).worries = "Fietsroute".into();
    let check = check_answers(&i, &Catalogue::standard());
    assert!(check.iter().all(|d| !d.put_off));
    // Not started is not put off.
    let mut i = sample();
    i.domain_mut(&d("safety")).status = DomainStatus::NotStarted;
    assert!(check_answers(&i, &Catalogue::standard())
        .iter()
        .all(|d| !d.put_off));
}

#[test]
fn the_check_page_lists_everyone_involved_as_the_plan_does() {
    use keukentafel::domain::plan::check_involved;
    let i = sample();
    let p = build_plan(&i, &Catalogue::standard());
    let people = check_involved(&i);
    assert_eq!(people, p.involved);
    assert_eq!(people[0].kind, InvolvedKind::Contact);
    assert_eq!(people[0].reach, "06-12345678");
    assert_eq!(people[0].detail, i.household.contact.organisation);
}

#[test]
fn a_copy_counts_only_its_own_agreements_and_can_leave_the_share_out() {
    use keukentafel::document::render_plan;
    let full = plan();
    let only_housing = Redaction::leaving_out(&full, &[d("work"), d("finances"), d("health")], &[]);
    let copy = redact(&full, &only_housing);
    let counted: u32 = copy
        .agreements
        .iter()
        .flat_map(|g| &g.agreements)
        .filter(|a| a.side.is_some() && a.status != AgreementStatus::Dropped)
        .count() as u32;
    assert_eq!(
        copy.share.household_and_network + copy.share.professionals,
        counted
    );
    assert!(counted < full.share.household_and_network + full.share.professionals);
    let html = render_plan(&copy, Lang::Nl, "2024-06-03");
    assert!(html.contains("kt-plan__share"));

    let without = Redaction::leaving_out(&full, &[], &[Section::Share]);
    let copy = redact(&full, &without);
    assert_eq!(copy.share, Default::default());
    assert!(!copy.agreements.is_empty(), "the agreements stay");
    let html = render_plan(&copy, Lang::Nl, "2024-06-03");
    assert!(!html.contains("kt-plan__share"));
    assert!(html.contains("Wie doet de afspraken"), "named as left out");
}

#[test]
fn a_copy_can_leave_household_members_out_by_name_everywhere() {
    use keukentafel::document::render_plan;
    let mut i = sample();
    let ids: Vec<Id> = i.household.members.iter().map(|m| m.id).collect();
    let child = i.household.members[1].clone();
    // The child carries one agreement and another is for them.
    i.agreements.push(agreement(
        41,
        "Zelf de fiets maken",
        Carrier::Member { id: child.id },
        "work",
        AgreementStatus::Agreed,
    ));
    let mut a = agreement(
        42,
        "Samen naar de club",
        Carrier::Member { id: ids[0] },
        "work",
        AgreementStatus::Agreed,
    );
    a.for_members = vec![child.id];
    i.agreements.push(a);
    let full = build_plan(&i, &Catalogue::standard());
    let keep = Redaction::everything(&full).without_members(&full, &[child.id, 9999]);
    assert_eq!(keep.left_out_members, [child.id]);
    let copy = redact(&full, &keep);
    assert_eq!(copy.partial.as_ref().unwrap().left_out_members, 1);
    assert_ne!(copy.fingerprint, full.fingerprint);
    assert!(copy.members.iter().all(|m| m.id != child.id));
    assert!(copy
        .domains
        .iter()
        .flat_map(|d| &d.rungs)
        .all(|r| r.member != Some(child.id)));
    let html = render_plan(&copy, Lang::Nl, "2024-06-03");
    assert!(
        !html.contains(&child.name),
        "{} is nowhere in the copy",
        child.name
    );
    assert!(html.contains("een gezinslid (niet in deze kopie)"));
    assert!(html.contains("Gezinsleden die niet in deze kopie staan: 1"));
    // Their agreements stay, and so does the share over them.
    assert!(html.contains("Zelf de fiets maken"));
    assert_eq!(copy.share, full.share);
    // The full plan still names them.
    assert!(render_plan(&full, Lang::Nl, "2024-06-03").contains(&child.name));
}

/// The sample plus four shared agreements: a member with an organisation,
/// a member with a network person, the coach with an organisation, and a
/// typed-in neighbour with the coach.
fn with_shared() -> Intake {
    let mut i = sample();
    let two = |id, first: Carrier, second: Carrier| {
        let mut a = agreement(id, "Samen", first, "work", AgreementStatus::Agreed);
        a.carriers.push(second);
        a
    };
    let neighbour = Carrier::Other {
        name: "Buurvrouw".into(),
        side: Side::HouseholdAndNetwork,
    };
    i.agreements.extend([
        two(
            30,
            Carrier::Member { id: 1 },
            Carrier::Professional { id: 4 },
        ),
        two(31, Carrier::Member { id: 1 }, Carrier::Network { id: 3 }),
        two(32, Carrier::Coach, Carrier::Professional { id: 5 }),
        two(33, neighbour, Carrier::Coach),
    ]);
    i.next_id = 33;
    i
}

#[test]
fn a_shared_agreement_counts_once_in_the_group_its_carriers_make() {
    let p = build_plan(&with_shared(), &Catalogue::standard());
    // Before: 4 household and network, 3 professionals (see above). 31 is
    // two of the household's side; 32 two professionals; 30 and 33 mix.
    assert_eq!(p.share.household_and_network, 5);
    assert_eq!(p.share.together, 2);
    assert_eq!(p.share.professionals, 4);
    // 5/11, 7/11 rounded: the three add up to 100.
    assert_eq!(p.share.household_and_network_percent, Some(45));
    assert_eq!(p.share.together_percent, Some(19));
    assert_eq!(p.share.professionals_percent, Some(36));
    // Listed once, under the first carrier, naming the others.
    let rows: Vec<_> = p
        .agreements
        .iter()
        .flat_map(|g| g.agreements.iter().map(move |a| (g.kind, a)))
        .filter(|(_, a)| a.id == 30)
        .collect();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].0, CarrierKind::Member);
    let org = sample().professionals[0].organisation.clone();
    assert_eq!(rows[0].1.with_names, [org]);
    assert!(rows[0].1.together);
}

#[test]
fn plans_without_shared_agreements_keep_their_content_and_fingerprint() {
    let p = plan();
    assert_eq!(p.share.together, 0);
    assert_eq!(p.share.together_percent, None);
    let json = serde_json::to_string(&p).unwrap();
    assert!(!json.contains("together"), "{json}");
    assert!(!json.contains("with_names"), "{json}");
    // A shared agreement is content: the fingerprint tells them apart.
    let shared = build_plan(&with_shared(), &Catalogue::standard());
    assert_ne!(shared.fingerprint, p.fingerprint);
}

fn member(id: Id, name: &str, born: Option<u16>) -> Member {
    Member {
        id,
        name: name.into(),
        role: String::new(),
        birth_year: born,
    }
}

#[test]
fn the_work_ladder_is_put_to_members_from_16_in_the_year_of_the_assessment() {
    let cat = Catalogue::standard();
    let work = cat.domain(&d("work")).unwrap();
    let health = cat.domain(&d("health")).unwrap();
    assert_eq!(work.min_age, Some(16));
    let date = "2026-11-23";
    let eight = member(1, "Daan", Some(2018));
    assert!(!work.asks(&eight, date));
    // Turns 16 this year: asked all year; 15: not yet.
    assert!(work.asks(&member(2, "Sam", Some(2010)), date));
    assert!(!work.asks(&member(3, "Lin", Some(2011)), date));
    assert!(!work.asks(&member(3, "Lin", Some(2011)), "2026-01-01"));
    assert!(work.asks(&member(3, "Lin", Some(2011)), "2027-01-01"));
    // Without a birth year or a date to count from: asked ("past niet" is there).
    assert!(work.asks(&member(4, "Noor", None), date));
    assert!(work.asks(&eight, ""));
    // Health is for everyone.
    assert!(health.asks(&eight, date));
}

#[test]
fn the_plan_never_shows_a_child_on_the_work_ladder() {
    let mut i = Intake::default();
    i.household.members = vec![
        member(1, "Ayla", Some(1984)),
        member(2, "Daan", Some(2018)),
        member(3, "Noor", None),
    ];
    i.next_id = 10;
    let a = i.current_assessment_mut("2026-11-23");
    // An older file (or a changed birth year) may hold an answer for the child.
    for (m, answer) in [
        (1, LadderAnswer::Rung(4)),
        (2, LadderAnswer::Rung(1)),
        (3, LadderAnswer::DoesNotApply),
    ] {
        a.entry_mut(&d("work"), Some(m)).now = answer;
        a.entry_mut(&d("health"), Some(m)).now = LadderAnswer::Rung(3);
    }
    let p = build_plan(&i, &Catalogue::standard());
    let who = |domain: &str| -> Vec<String> {
        let dom = p.domains.iter().find(|x| x.id == d(domain)).unwrap();
        dom.rungs.iter().map(|r| r.who.clone()).collect()
    };
    assert_eq!(who("work"), ["Ayla", "Noor"]);
    assert_eq!(who("health"), ["Ayla", "Daan", "Noor"]);
    // "Does not apply" is an answer of its own, kept through a file.
    let back =
        keukentafel::domain::format::from_json(&keukentafel::domain::format::to_json(&i)).unwrap();
    let e = back.assessments[0].entry(&d("work"), Some(3)).unwrap();
    assert_eq!(e.now, LadderAnswer::DoesNotApply);
    assert_ne!(LadderAnswer::DoesNotApply, LadderAnswer::RatherNotSay);
}
