//! The flow decisions the screens rely on: the steps of a domain in the
//! order of the sources, what the household page still needs, and how far
//! along an intake is.

use keukentafel::domain::catalogue::{Catalogue, Field};
use keukentafel::domain::checks::{household_gaps, progress, Missing};
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
fn progress_counts_domains_done_or_set_aside() {
    let catalogue = Catalogue::standard();
    let mut intake = Intake::default();
    assert_eq!(progress(&intake, &catalogue), (0, 5));
    intake.domain_mut(&DomainId::new("work")).status = DomainStatus::Done;
    intake.domain_mut(&DomainId::new("housing")).status = DomainStatus::Skipped;
    intake.domain_mut(&DomainId::new("health")).status = DomainStatus::InProgress;
    // A domain the catalogue does not know does not count.
    intake.domain_mut(&DomainId::new("elsewhere")).status = DomainStatus::Done;
    assert_eq!(progress(&intake, &catalogue), (2, 5));
}
