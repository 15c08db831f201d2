//! Text that cannot scramble: bidi controls and control characters are
//! removed by the core from what a person types (in `Intake::apply`) and
//! from imported files, counted so the person is told; the plan document
//! isolates every typed text so its direction stays its own.

mod document_support;

use document_support::{plan_of, typical};
use keukentafel::document::{export_html, render_plan};
use keukentafel::domain::clean::{clean, is_removed};
use keukentafel::domain::edit::{Applied, Edit, IntakeText, PeopleList, PersonField};
use keukentafel::domain::format::{load_any, to_json};
use keukentafel::domain::*;
use proptest::prelude::*;

const RLO: char = '\u{202E}';

#[test]
fn a_typed_override_and_controls_are_removed_and_counted() {
    let mut i = Intake::default();
    let typed = format!("Fam{RLO}ilie\u{7}\u{1b}\u{0} Yilmaz\u{2066}\u{2069}\u{85}");
    let applied = i.apply(Edit::SetText(IntakeText::HouseholdName, typed));
    assert_eq!(applied, Ok(Applied::Cleaned { removed: 7 }));
    assert_eq!(i.household.display_name, "Familie Yilmaz");
}

#[test]
fn tab_and_newline_stay_and_clean_text_is_just_changed() {
    let mut i = Intake::default();
    let id = match i.apply(Edit::AddPerson(PeopleList::Members)) {
        Ok(Applied::Added(id)) => id,
        other => panic!("{other:?}"),
    };
    let typed = "Eerste regel\n\tTweede, مرحبا".to_string();
    let applied = i.apply(Edit::SetPerson(
        PeopleList::Members,
        id,
        PersonField::Name,
        typed.clone(),
    ));
    assert_eq!(applied, Ok(Applied::Changed));
    assert_eq!(i.household.members[0].name, typed);
}

#[test]
fn an_imported_file_is_cleaned_the_same_way_and_says_how_many() {
    let mut i = typical();
    i.household.display_name = format!("{RLO}Familie\u{1b}[31m El Amrani");
    i.domains[0].notes = "Bel\u{7} op\u{202B} dinsdag".into();
    let loaded = load_any(&to_json(&i)).unwrap();
    assert_eq!(loaded.cleaned_chars, 4);
    assert_eq!(
        loaded.intake.household.display_name,
        "Familie[31m El Amrani"
    );
    assert_eq!(loaded.intake.domains[0].notes, "Bel op dinsdag");
}

#[test]
fn a_file_with_removed_characters_asks_first() {
    use keukentafel::domain::catalogue::Catalogue;
    use keukentafel::domain::import::{decide_import, ImportDecision};
    let mut i = typical();
    i.household.contact.name = format!("Marloes{RLO}");
    let loaded = load_any(&to_json(&i)).unwrap();
    let d = decide_import(
        loaded,
        &Catalogue::standard(),
        std::iter::empty::<(u8, &Intake)>(),
    );
    assert!(matches!(d, ImportDecision::Ask { loaded, .. } if loaded.cleaned_chars == 1));
}

#[test]
fn typed_text_in_the_document_and_the_export_is_isolated() {
    let mut i = typical();
    i.household.display_name = "عائلة De Vries".into();
    i.household.members[0].name = "Anna (moeder)".into();
    i.domains[0].notes = "ملاحظة: Bel op.".into();
    let plan = plan_of(&i);
    for html in [
        render_plan(&plan, Lang::Nl, "2026-11-23"),
        export_html(&plan, &to_json(&i), Lang::Nl, "2026-11-23"),
    ] {
        assert!(html.contains("<bdi>عائلة De Vries</bdi>"));
        assert!(html.contains("<bdi>Anna (moeder)</bdi>"));
        assert!(html.contains("<p class=\"kt-plan__own\" dir=\"auto\">ملاحظة: Bel op.</p>"));
    }
}

fn any_text() -> impl Strategy<Value = String> {
    // Weighted towards the characters that matter.
    let special = prop::sample::select(vec![
        '\u{0}', '\u{7}', '\t', '\n', '\r', '\u{1b}', '\u{7f}', '\u{85}', '\u{9f}', '\u{200E}',
        '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}',
        '\u{2068}', '\u{2069}', 'a', 'é', 'ع', ' ',
    ]);
    prop::collection::vec(prop_oneof![special, any::<char>()], 0..40)
        .prop_map(|cs| cs.into_iter().collect())
}

proptest! {
    #[test]
    fn cleaned_text_has_none_left_and_cleaning_again_changes_nothing(s in any_text()) {
        let (once, removed) = clean(&s);
        prop_assert!(!once.chars().any(is_removed));
        prop_assert_eq!(removed, s.chars().count() - once.chars().count());
        prop_assert_eq!(clean(&once), (once.clone(), 0));
        prop_assert_eq!(once.matches(['\t', '\n']).count(), s.matches(['\t', '\n']).count());
    }
}
