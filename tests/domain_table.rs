//! Two languages at one table: which language the one switch button goes
//! to, and the stored form of the choice (a session setting, read back
//! exactly, and refused rather than guessed when damaged).

use keukentafel::domain::table::TableSettings;
use keukentafel::domain::Lang;

#[test]
fn a_new_draft_reads_the_language_it_was_started_in_and_the_coach_dutch() {
    let s = TableSettings::starting(Lang::En);
    assert_eq!(s.household, Lang::En);
    assert_eq!(s.coach, Lang::Nl);
    assert!(!s.bilingual_plan);
}

#[test]
fn the_button_goes_to_the_other_language_at_the_table() {
    let s = TableSettings::starting(Lang::En);
    assert_eq!(s.other(Lang::En), Some(Lang::Nl));
    assert_eq!(s.other(Lang::Nl), Some(Lang::En));
}

#[test]
fn there_is_no_button_when_both_read_the_same_language() {
    let s = TableSettings::starting(Lang::Nl);
    assert_eq!(s.other(Lang::Nl), None);
    assert_eq!(s.other(Lang::En), None);
}

#[test]
fn a_screen_in_neither_language_switches_to_the_households() {
    let s = TableSettings {
        household: Lang::En,
        coach: Lang::En,
        bilingual_plan: false,
    };
    assert_eq!(s.other(Lang::Nl), None, "same language: no button");
    let s = TableSettings {
        household: Lang::Nl,
        coach: Lang::En,
        bilingual_plan: false,
    };
    assert_eq!(s.other(Lang::Nl), Some(Lang::En));
    assert_eq!(s.other(Lang::En), Some(Lang::Nl));
}

#[test]
fn only_a_household_reading_another_language_than_dutch_gets_a_plan_in_two() {
    assert!(TableSettings::starting(Lang::En).can_be_bilingual());
    assert!(!TableSettings::starting(Lang::Nl).can_be_bilingual());
}

#[test]
fn the_stored_form_reads_back_the_same() {
    for household in Lang::ALL {
        for coach in Lang::ALL {
            for bilingual_plan in [false, true] {
                let s = TableSettings {
                    household,
                    coach,
                    bilingual_plan,
                };
                assert_eq!(TableSettings::decode(&s.encode()), Some(s), "{s:?}");
            }
        }
    }
    assert_eq!(TableSettings::starting(Lang::En).encode(), "en nl");
}

#[test]
fn a_damaged_stored_form_is_refused_not_guessed() {
    for bad in [
        "",
        "en",
        "xx nl",
        "en xx",
        "en nl maybe",
        "en nl both x",
        "en  nl",
    ] {
        assert_eq!(TableSettings::decode(bad), None, "{bad:?}");
    }
}
