//! The flow decisions the screens rely on: the steps of a domain in the
//! order of the sources, what the household page still needs, and how far
//! along an intake is.

use keukentafel::domain::catalogue::{Catalogue, Field};
use keukentafel::domain::checks::{household_gaps, progress, Missing, Progress};
use keukentafel::domain::{DomainId, DomainStatus, Intake, Member};

#[test]
fn every_standard_domain_has_six_steps_strengths_first_agreements_last() {
    for def in Catalogue::standard().domains {
        let steps = def.steps();
        assert_eq!(steps.len(), 6, "{}", def.id.as_str());
        assert!(steps[0].iter().any(|q| q.field == Field::GoingWell));
        assert!(steps[2].iter().any(|q| q.field == Field::RungNow));
        assert!(steps[5].iter().any(|q| q.field == Field::Agreements));
        // Every question is on exactly one step.
        assert_eq!(
            steps.iter().map(Vec::len).sum::<usize>(),
            def.questions.len()
        );
        assert_eq!(def.step_of(Field::Worries), 3);
        assert_eq!(def.step_of(Field::RungWanted), 2);
    }
}

#[test]
fn a_domain_without_worries_question_closes_the_gap_in_its_steps() {
    let mut def = Catalogue::standard().domains[1].clone();
    def.questions.retain(|q| q.field != Field::Worries);
    let steps = def.steps();
    assert_eq!(steps.len(), 5);
    // Who is involved now comes right after the ladder.
    assert_eq!(def.step_of(Field::Network), 3);
}

#[test]
fn the_household_page_needs_a_name_and_a_name_per_member() {
    let mut intake = Intake::default();
    assert_eq!(household_gaps(&intake), [Missing::HouseholdName]);
    intake.household.display_name = "  ".into();
    intake.household.members.push(Member {
        id: 7,
        ..Member::default()
    });
    assert_eq!(
        household_gaps(&intake),
        [Missing::HouseholdName, Missing::MemberName(7)]
    );
    intake.household.display_name = "Familie Jansen".into();
    intake.household.members[0].name = "Sanne".into();
    assert!(household_gaps(&intake).is_empty());
}

#[test]
fn progress_counts_domains_done_and_put_off_apart() {
    let count = |done, later, total| Progress { done, later, total };
    let catalogue = Catalogue::standard();
    let mut intake = Intake::default();
    assert_eq!(progress(&intake, &catalogue), count(0, 0, 5));
    intake.domain_mut(&DomainId::new("work")).status = DomainStatus::Done;
    intake.domain_mut(&DomainId::new("housing")).status = DomainStatus::Skipped;
    intake.domain_mut(&DomainId::new("health")).status = DomainStatus::InProgress;
    // A domain the catalogue does not know does not count.
    intake.domain_mut(&DomainId::new("elsewhere")).status = DomainStatus::Done;
    // "Not now" is not done: one done, one for later.
    assert_eq!(progress(&intake, &catalogue), count(1, 1, 5));
    intake.domain_mut(&DomainId::new("housing")).status = DomainStatus::Done;
    assert_eq!(progress(&intake, &catalogue), count(2, 0, 5));
}

#[test]
fn removing_a_person_keeps_their_agreements_under_their_name() {
    use keukentafel::domain::{
        Agreement, Assessment, Carrier, NetworkPerson, Professional, RungEntry, Side,
    };
    let work = DomainId::new("work");
    let mut intake = Intake::default();
    intake.household.members.push(Member {
        id: 1,
        name: "Daan".into(),
        ..Member::default()
    });
    intake.network.push(NetworkPerson {
        id: 2,
        name: "Buurvrouw Els".into(),
        ..NetworkPerson::default()
    });
    intake.professionals.push(Professional {
        id: 3,
        organisation: "Schuldhulp".into(),
        members: vec![1],
        ..Professional::default()
    });
    intake.domain_mut(&work).network.push(2);
    intake.domain_mut(&work).professionals.push(3);
    intake.assessments.push(Assessment {
        id: 4,
        date: "2026-11-22".into(),
        rungs: vec![RungEntry {
            domain: work.clone(),
            member: Some(1),
            ..RungEntry::default()
        }],
    });
    for (id, carrier) in [
        (5, Carrier::Member { id: 1 }),
        (6, Carrier::Network { id: 2 }),
        (7, Carrier::Professional { id: 3 }),
    ] {
        intake.agreements.push(Agreement {
            id,
            carriers: vec![carrier],
            what: "iets".into(),
            ..Agreement::default()
        });
    }

    intake.remove_member(1);
    intake.remove_network(2);
    intake.remove_professional(3);

    let carriers: Vec<_> = intake
        .agreements
        .iter()
        .map(|a| a.carrier().clone())
        .collect();
    assert_eq!(
        carriers,
        [
            Carrier::Other {
                name: "Daan".into(),
                side: Side::HouseholdAndNetwork
            },
            Carrier::Other {
                name: "Buurvrouw Els".into(),
                side: Side::HouseholdAndNetwork
            },
            Carrier::Other {
                name: "Schuldhulp".into(),
                side: Side::Professionals
            },
        ]
    );
    assert!(
        intake.household.members.is_empty()
            && intake.network.is_empty()
            && intake.professionals.is_empty()
    );
    assert!(intake.domain(&work).unwrap().network.is_empty());
    assert!(intake.domain(&work).unwrap().professionals.is_empty());
    assert!(intake.assessments[0].rungs.is_empty());
}

#[test]
fn agreements_say_what_and_someone_else_has_a_name() {
    use keukentafel::domain::checks::agreement_gaps;
    use keukentafel::domain::{Agreement, Carrier, Side};
    let work = DomainId::new("work");
    let mut intake = Intake::default();
    let other = |name: &str| Carrier::Other {
        name: name.into(),
        side: Side::HouseholdAndNetwork,
    };
    intake.agreements = vec![
        Agreement {
            id: 1,
            domain: Some(work.clone()),
            what: "Bellen".into(),
            carriers: vec![Carrier::Coach],
            ..Agreement::default()
        },
        Agreement {
            id: 2,
            domain: Some(work.clone()),
            what: " ".into(),
            carriers: vec![other("")],
            ..Agreement::default()
        },
        Agreement {
            id: 3,
            domain: Some(DomainId::new("housing")),
            carriers: vec![Carrier::Coach],
            ..Agreement::default()
        },
        Agreement {
            id: 4,
            domain: Some(work.clone()),
            what: "Langsgaan".into(),
            carriers: vec![other("Buurman")],
            ..Agreement::default()
        },
        Agreement {
            id: 5,
            domain: Some(work.clone()),
            what: "Bellen met de school".into(),
            carriers: vec![Carrier::Unset],
            ..Agreement::default()
        },
    ];
    assert_eq!(
        agreement_gaps(&intake, &work),
        [
            Missing::AgreementWhat(2),
            Missing::AgreementWho(2),
            Missing::AgreementCarrier(5)
        ]
    );
    assert_eq!(
        agreement_gaps(&intake, &DomainId::new("housing")),
        [Missing::AgreementWhat(3)]
    );
}
