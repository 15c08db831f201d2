//! Quick exit's keys (`domain::exit_keys`): Shift pressed on its own three
//! times within a second leaves; Shift with another key (Shift+Tab, a
//! capital letter), held down, or used by an IME does not.

use keukentafel::domain::exit_keys::{ExitKeys, WINDOW_MS};

/// Shift pressed and released on its own at `at`: true if that leaves.
fn shift(k: &mut ExitKeys, at: f64) -> bool {
    k.down("Shift", false, false);
    k.up("Shift", false, at)
}

/// Shift held while `key` is pressed (Shift+Tab, a capital), released at `at`.
fn with_shift(k: &mut ExitKeys, key: &str, at: f64) -> bool {
    k.down("Shift", false, false);
    k.down(key, false, false);
    let left = k.up(key, false, at);
    left || k.up("Shift", false, at)
}

#[test]
fn three_presses_within_a_second_leave_on_the_third() {
    let mut k = ExitKeys::default();
    assert!(!shift(&mut k, 0.0));
    assert!(!shift(&mut k, 300.0));
    assert!(shift(&mut k, 600.0));
    // The count starts again: two more are not three.
    assert!(!shift(&mut k, 700.0));
    assert!(!shift(&mut k, 800.0));
    assert!(shift(&mut k, 900.0));
}

#[test]
fn presses_further_apart_than_the_window_do_not() {
    let mut k = ExitKeys::default();
    assert!(!shift(&mut k, 0.0));
    assert!(!shift(&mut k, 600.0));
    assert!(!shift(&mut k, WINDOW_MS), "the first press is a second old");
    assert!(
        shift(&mut k, WINDOW_MS + 100.0),
        "the last three are within a second"
    );
}

#[test]
fn shift_tab_three_times_is_no_press() {
    let mut k = ExitKeys::default();
    for at in [0.0, 50.0, 100.0, 150.0] {
        assert!(!with_shift(&mut k, "Tab", at), "Shift+Tab at {at}");
    }
}

#[test]
fn capitals_typed_are_no_press() {
    let mut k = ExitKeys::default();
    for (at, key) in [(0.0, "A"), (80.0, "B"), (160.0, "C"), (240.0, "D")] {
        assert!(!with_shift(&mut k, key, at), "Shift+{key}");
    }
}

#[test]
fn another_key_between_presses_starts_the_count_again() {
    let mut k = ExitKeys::default();
    assert!(!shift(&mut k, 0.0));
    assert!(!shift(&mut k, 100.0));
    k.down("a", false, false);
    k.up("a", false, 150.0);
    assert!(!shift(&mut k, 200.0));
    assert!(!shift(&mut k, 300.0));
    assert!(shift(&mut k, 400.0));
}

#[test]
fn two_presses_then_shift_tab_do_not_leave() {
    let mut k = ExitKeys::default();
    assert!(!shift(&mut k, 0.0));
    assert!(!shift(&mut k, 100.0));
    assert!(!with_shift(&mut k, "Tab", 200.0));
}

#[test]
fn held_down_is_one_press() {
    let mut k = ExitKeys::default();
    assert!(!shift(&mut k, 0.0));
    k.down("Shift", false, false);
    for _ in 0..5 {
        k.down("Shift", true, false);
    }
    assert!(
        !k.up("Shift", false, 200.0),
        "two presses, however long the second"
    );
    assert!(shift(&mut k, 300.0));
}

#[test]
fn shift_while_composing_is_no_press() {
    let mut k = ExitKeys::default();
    for at in [0.0, 100.0, 200.0] {
        k.down("Shift", false, true);
        assert!(!k.up("Shift", true, at));
    }
    // An IME's composing Shift while the key is held spoils that press too.
    k.down("Shift", false, false);
    k.down("Shift", false, true);
    assert!(!k.up("Shift", false, 300.0));
    assert!(!shift(&mut k, 400.0));
    assert!(!shift(&mut k, 500.0));
    assert!(shift(&mut k, 600.0));
}

#[test]
fn a_keyup_without_its_keydown_is_no_press() {
    // The page gets focus while Shift is down (its keydown went elsewhere).
    let mut k = ExitKeys::default();
    for at in [0.0, 100.0, 200.0] {
        assert!(!k.up("Shift", false, at));
    }
}
