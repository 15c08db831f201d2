//! The plan file: fixtures load, old versions upgrade, every kind of bad
//! file gets its own plain error, HTML exports re-open, and any intake
//! survives a round trip (property tests).

#![cfg(not(target_arch = "wasm32"))] // proptest needs an OS random source

use keukentafel::domain::format::*;
use keukentafel::domain::*;
use proptest::prelude::*;

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn err(text: &str) -> LoadError {
    load(text).expect_err("should be refused")
}

#[test]
fn current_fixtures_load_without_changes() {
    for name in ["empty.json", "typical.json", "large.json"] {
        let l = load(&fixture(name)).unwrap();
        assert_eq!(l.from_version, VERSION, "{name}");
        assert!(
            l.dropped_fields.is_empty(),
            "{name}: {:?}",
            l.dropped_fields
        );
        assert_eq!(to_json(&l.intake), fixture(name), "{name} round trip");
    }
}

#[test]
fn version_1_upgrades() {
    let l = load(&fixture("v1-typical.json")).unwrap();
    assert_eq!(l.from_version, 1);
    assert!(l.dropped_fields.is_empty(), "{:?}", l.dropped_fields);
    let i = l.intake;
    assert_eq!(i.household.display_name, "Familie Jansen");
    assert_eq!(i.co_ownership.review_date, "2023-08-15");
    assert_eq!(i.co_ownership.last_changed, "2023-05-10T11:30:00Z");
    assert_eq!(*i.agreements[2].carrier(), Carrier::Network { id: 3 });
    assert_eq!(*i.agreements[3].carrier(), Carrier::Coach);
    // One assessment from the v1 rungs, dated on the day of last_changed.
    assert_eq!(i.assessments.len(), 1);
    let a = &i.assessments[0];
    assert_eq!(a.date, "2023-05-10");
    assert_eq!(a.id, 9);
    assert_eq!(i.next_id, 9);
    let work = a.entry(&DomainId::new("work"), None).unwrap();
    assert_eq!(
        (work.now, work.wanted),
        (LadderAnswer::Rung(4), LadderAnswer::Rung(6))
    );
    let housing = a.entry(&DomainId::new("housing"), None).unwrap();
    assert_eq!(housing.now, LadderAnswer::RatherNotSay);
    // finances had only "not asked": no entry; health was skipped.
    assert!(a.entry(&DomainId::new("finances"), None).is_none());
    assert_eq!(
        i.domain(&DomainId::new("health")).unwrap().status,
        DomainStatus::Skipped
    );
    // Saving writes the current version.
    assert!(to_json(&i).contains(&format!("\"version\": {VERSION}")));
}

#[test]
fn version_2_upgrades_to_carriers() {
    // v2-typical.json is typical.json as version 2 wrote it (one carrier
    // per agreement); it loads as today's typical.json, each carrier in
    // a list of one.
    let l = load(&fixture("v2-typical.json")).unwrap();
    assert_eq!(l.from_version, 2);
    assert!(l.dropped_fields.is_empty(), "{:?}", l.dropped_fields);
    assert_eq!(l.intake, from_json(&fixture("typical.json")).unwrap());
    assert!(l.intake.agreements.iter().all(|a| a.carriers.len() == 1));
    assert_eq!(to_json(&l.intake), fixture("typical.json"));
}

#[test]
fn version_1_upgrades_through_2_to_3() {
    let i = from_json(&fixture("v1-typical.json")).unwrap();
    assert_eq!(i.agreements[2].carriers, [Carrier::Network { id: 3 }]);
    assert_eq!(i.agreements[3].carriers, [Carrier::Coach]);
    let text = to_json(&i);
    assert!(text.contains("\"version\": 3"));
    assert!(!text.contains("\"carrier\""), "{text}");
    assert!(!text.contains("\"who\""), "{text}");
}

#[test]
fn an_agreement_carried_by_nobody_at_all_is_refused() {
    let text = fixture("typical.json");
    let start = text.find("\"carriers\": [").unwrap();
    let end = start + text[start..].find(']').unwrap() + 1;
    let text = format!("{}\"carriers\": []{}", &text[..start], &text[end..]);
    let e = err(&text);
    assert_eq!(
        (e.path.as_str(), &e.kind),
        ("agreements[0].carriers", &LoadErrorKind::MissingField)
    );
}

#[test]
fn nobody_beside_someone_is_refused() {
    let text = fixture("typical.json");
    let start = text.find("\"carriers\": [").unwrap() + "\"carriers\": [".len();
    let text = format!(
        "{}{{\"kind\": \"coach\"}}, {{\"kind\": \"unset\"}}, {}",
        &text[..start],
        &text[start..]
    );
    let e = err(&text);
    assert_eq!(e.path, "agreements[0].carriers[1]");
    assert!(matches!(e.kind, LoadErrorKind::OutOfRange { .. }));
}

#[test]
fn minimal_version_1_upgrades() {
    let i = from_json(&fixture("v1-minimal.json")).unwrap();
    assert_eq!(i.household.display_name, "Ahmed");
    assert!(i.assessments.is_empty());
}

#[test]
fn not_json() {
    let e = err(&fixture("bad-not-json.json"));
    assert_eq!(e.kind, LoadErrorKind::NotJson { line: 1, column: 1 });
    assert!(e.message(Lang::Nl).contains("geen plan"));
}

#[test]
fn truncated() {
    let e = err(&fixture("bad-truncated.json"));
    assert_eq!(e.kind, LoadErrorKind::Truncated);
    assert!(e.message(Lang::En).contains("not complete"));
}

#[test]
fn not_a_plan() {
    assert_eq!(
        err(&fixture("bad-not-a-plan.json")).kind,
        LoadErrorKind::NotAPlan
    );
    assert_eq!(err("[1, 2]").kind, LoadErrorKind::NotAPlan);
    assert_eq!(
        err(r#"{"format": "other-plan", "version": 1}"#).kind,
        LoadErrorKind::NotAPlan
    );
}

#[test]
fn newer_version_is_refused() {
    let e = err(&fixture("bad-newer-version.json"));
    assert_eq!(
        e.kind,
        LoadErrorKind::NewerVersion {
            found: 99,
            supported: VERSION
        }
    );
    assert_eq!(e.path, "version");
    assert!(e.message(Lang::Nl).contains("nieuwere versie"));
}

#[test]
fn version_zero_is_out_of_range() {
    let e = err(r#"{"format": "keukentafel-plan", "version": 0, "household": {}}"#);
    assert_eq!(
        e.kind,
        LoadErrorKind::OutOfRange {
            reason: Range::Version
        }
    );
}

#[test]
fn missing_version() {
    let e = err(&fixture("bad-missing-version.json"));
    assert_eq!(
        (e.path.as_str(), &e.kind),
        ("version", &LoadErrorKind::MissingField)
    );
}

#[test]
fn missing_household() {
    let e = err(r#"{"format": "keukentafel-plan", "version": 2}"#);
    assert_eq!(
        (e.path.as_str(), &e.kind),
        ("household", &LoadErrorKind::MissingField)
    );
}

#[test]
fn missing_required_field_names_its_place() {
    let e = err(&fixture("bad-missing-field.json"));
    assert_eq!(e.path, "agreements[2].carriers");
    assert_eq!(e.kind, LoadErrorKind::MissingField);
    assert!(e
        .message(Lang::Nl)
        .contains("afspraken (nummer 3), wie het doet"));
}

#[test]
fn missing_field_inside_a_carrier() {
    let text = fixture("typical.json").replacen(
        r#""kind": "member",
          "id": 1"#,
        r#""kind": "member""#,
        1,
    );
    let e = err(&text);
    assert_eq!(
        (e.path.as_str(), &e.kind),
        ("agreements[0].id", &LoadErrorKind::MissingField)
    );
}

#[test]
fn wrong_type() {
    let text = fixture("typical.json").replacen(
        r#""display_name": "Familie"#,
        r#""display_name": 7, "x": "Familie"#,
        1,
    );
    let e = err(&text);
    assert_eq!(e.path, "household");
    assert_eq!(
        e.kind,
        LoadErrorKind::WrongType {
            expected: Expected::Text
        }
    );
    let e =
        err(r#"{"format": "keukentafel-plan", "version": 2, "household": {}, "agreements": {}}"#);
    assert_eq!(
        (e.path.as_str(), &e.kind),
        (
            "agreements",
            &LoadErrorKind::WrongType {
                expected: Expected::List
            }
        )
    );
}

#[test]
fn unknown_status_is_out_of_range() {
    let text = fixture("typical.json").replacen(r#""status": "agreed""#, r#""status": "maybe""#, 1);
    let e = err(&text);
    assert_eq!(
        e.kind,
        LoadErrorKind::OutOfRange {
            reason: Range::UnknownValue
        }
    );
    assert!(e.path.starts_with("agreements["), "{}", e.path);
}

#[test]
fn rung_out_of_range() {
    let e = err(&fixture("bad-rung-out-of-range.json"));
    assert_eq!(e.path, "assessments[1].rungs[0].now.rung");
    assert_eq!(
        e.kind,
        LoadErrorKind::OutOfRange {
            reason: Range::Rung { max: MAX_RUNG }
        }
    );
}

#[test]
fn birth_year_out_of_range() {
    let text = fixture("typical.json").replacen("1986", "1786", 1);
    let e = err(&text);
    assert_eq!(e.path, "household.members[0].birth_year");
    assert!(matches!(
        e.kind,
        LoadErrorKind::OutOfRange {
            reason: Range::BirthYear { .. }
        }
    ));
}

#[test]
fn duplicate_id() {
    let text = fixture("typical.json").replacen(r#""id": 5,"#, r#""id": 1,"#, 1);
    let e = err(&text);
    assert_eq!(e.path, "network[0].id");
    assert_eq!(
        e.kind,
        LoadErrorKind::OutOfRange {
            reason: Range::DuplicateId { id: 1 }
        }
    );
}

#[test]
fn too_many_items() {
    let many = vec!["x"; MAX_LIST_ITEMS + 1];
    let text = serde_json::json!({"format": FORMAT, "version": VERSION, "household": {}, "domains": [{"domain": "work", "strengths": many}]}).to_string();
    let e = err(&text);
    assert_eq!(e.path, "domains[0].strengths");
    assert_eq!(
        e.kind,
        LoadErrorKind::OutOfRange {
            reason: Range::TooManyItems {
                count: MAX_LIST_ITEMS + 1,
                limit: MAX_LIST_ITEMS
            }
        }
    );
}

#[test]
fn text_too_long() {
    let e = err(&fixture("bad-text-too-long.json"));
    assert_eq!(e.path, "domains[0].notes");
    assert_eq!(
        e.kind,
        LoadErrorKind::TextTooLong {
            chars: 12_000,
            limit: MAX_TEXT_CHARS
        }
    );
    // The limit counts characters, not bytes: 10,000 "é" are fine.
    let mut i = Intake::default();
    i.household.display_name = "é".repeat(MAX_TEXT_CHARS);
    assert_eq!(from_json(&to_json(&i)).unwrap(), i);
}

#[test]
fn file_too_large() {
    let text = format!(
        "{{\"format\": \"keukentafel-plan\", \"pad\": \"{}\"}}",
        " ".repeat(MAX_FILE_BYTES)
    );
    let e = err(&text);
    assert!(matches!(
        e.kind,
        LoadErrorKind::FileTooLarge {
            limit: MAX_FILE_BYTES,
            ..
        }
    ));
    assert!(e.message(Lang::Nl).contains("te groot"));
}

#[test]
fn unknown_fields_are_dropped_and_reported() {
    let text = fixture("typical.json").replacen(
        r#""display_name""#,
        r#""favourite_colour": "blauw", "display_name""#,
        1,
    );
    let l = load(&text).unwrap();
    assert_eq!(l.dropped_fields, ["household.favourite_colour"]);
    assert!(!to_json(&l.intake).contains("favourite_colour"));
    assert_eq!(l.intake, from_json(&fixture("typical.json")).unwrap());
}

#[test]
fn next_id_behind_the_ids_is_raised() {
    let text = fixture("typical.json").replace(r#""next_id": 25"#, r#""next_id": 3"#);
    assert_eq!(from_json(&text).unwrap().next_id, 25);
}

#[test]
fn messages_are_plain_sentences_in_both_languages() {
    let errors = [
        err("nee"),
        err("{\"format\""),
        err("{}"),
        err(&fixture("bad-newer-version.json")),
        err(&fixture("bad-missing-field.json")),
        err(&fixture("bad-rung-out-of-range.json")),
        err(&fixture("bad-text-too-long.json")),
        from_html("<html></html>").unwrap_err(),
    ];
    for e in errors {
        let (nl, en) = (e.message(Lang::Nl), e.message(Lang::En));
        assert_ne!(nl, en);
        for m in [&nl, &en] {
            assert!(m.ends_with('.'), "{m}");
            assert!(
                !m.contains('{') && !m.contains("serde") && !m.contains("JSON"),
                "{m}"
            );
            assert!(
                !m.to_lowercase().contains("probleem") && !m.to_lowercase().contains("problem"),
                "{m}"
            );
        }
        assert_eq!(e.to_string(), en);
    }
}

#[test]
fn html_export_reopens_even_with_script_like_text() {
    let mut i = from_json(&fixture("typical.json")).unwrap();
    i.domains[0].notes = "Zie </script><script>alert(1)</script> & <!-- niets -->".into();
    let tag = to_html_script(&i);
    assert_eq!(tag.matches("</script>").count(), 1, "only the closing tag");
    let page = format!(
        "<!doctype html><html><head><script>var x = 1;</script>\n<SCRIPT type=\"application/json\" ID=\"other\">{{}}</SCRIPT></head><body><h1>Uw plan</h1>{tag}</body></html>"
    );
    assert_eq!(from_html(&page).unwrap(), i);
    assert_eq!(load_any(&page).unwrap().intake, i);
    assert_eq!(load_any(&to_json(&i)).unwrap().intake, i);
}

#[test]
fn html_without_a_plan() {
    let e = from_html("<html><body><script>1</script></body></html>").unwrap_err();
    assert_eq!(e.kind, LoadErrorKind::NoPlanInHtml);
    let big = format!("<html>{}</html>", " ".repeat(MAX_HTML_BYTES));
    assert!(matches!(
        from_html(&big).unwrap_err().kind,
        LoadErrorKind::FileTooLarge { .. }
    ));
}

// ---- property tests ----------------------------------------------------

fn text() -> impl Strategy<Value = String> {
    // Includes quotes, backslashes, markup and non-ASCII on purpose.
    proptest::string::string_regex("[a-zA-Z0-9 éëïüçşğ€\"\\\\<>&/\n\t-]{0,24}").unwrap()
}

/// A date field: empty or a real day (anything else is refused on load,
/// see `tests/domain_dates.rs`).
fn date() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        (1900u16..=2100, 1u8..=12, 1u8..=28).prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}")),
    ]
}

fn domain_id() -> impl Strategy<Value = DomainId> {
    prop_oneof![
        Just("work"),
        Just("housing"),
        Just("finances"),
        Just("health"),
        Just("safety"),
        Just("school")
    ]
    .prop_map(DomainId::new)
}

fn ladder() -> impl Strategy<Value = LadderAnswer> {
    prop_oneof![
        Just(LadderAnswer::NotAsked),
        Just(LadderAnswer::RatherNotSay),
        Just(LadderAnswer::DoesNotApply),
        (1u8..=MAX_RUNG).prop_map(LadderAnswer::Rung)
    ]
}

fn carrier() -> impl Strategy<Value = Carrier> {
    prop_oneof![
        (0u32..50).prop_map(|id| Carrier::Member { id }),
        (0u32..50).prop_map(|id| Carrier::Network { id }),
        Just(Carrier::Coach),
        (0u32..50).prop_map(|id| Carrier::Professional { id }),
        (
            text(),
            prop_oneof![Just(Side::HouseholdAndNetwork), Just(Side::Professionals)]
        )
            .prop_map(|(name, side)| Carrier::Other { name, side }),
    ]
}

fn status() -> impl Strategy<Value = AgreementStatus> {
    prop_oneof![
        Just(AgreementStatus::Agreed),
        Just(AgreementStatus::Done),
        Just(AgreementStatus::Dropped)
    ]
}

fn domain_status() -> impl Strategy<Value = DomainStatus> {
    prop_oneof![
        Just(DomainStatus::NotStarted),
        Just(DomainStatus::InProgress),
        Just(DomainStatus::Done),
        Just(DomainStatus::Skipped)
    ]
}

prop_compose! {
    fn answers()(domain in domain_id(), status in domain_status(), going_well in text(), strengths in prop::collection::vec(text(), 0..3),
                 wants in text(), worries in text(), network in prop::collection::vec(0u32..50, 0..3),
                 professionals in prop::collection::vec(0u32..50, 0..3), notes in text()) -> DomainAnswers {
        DomainAnswers { domain, status, going_well, strengths, wants, worries, network, professionals, notes }
    }
}

prop_compose! {
    fn intake()(name in text(), contact in (text(), text(), text()),
                members in prop::collection::vec((text(), text(), prop::option::of(MIN_BIRTH_YEAR..=MAX_BIRTH_YEAR)), 0..5),
                network in prop::collection::vec((text(), text(), text(), prop::collection::vec(domain_id(), 0..3)), 0..4),
                pros in prop::collection::vec((text(), text(), text(), prop::collection::vec(0u32..50, 0..3), prop::collection::vec(domain_id(), 0..3)), 0..4),
                domains in prop::collection::vec(answers(), 0..6),
                assessments in prop::collection::vec((date(), prop::collection::vec((domain_id(), prop::option::of(0u32..50), ladder(), ladder()), 0..6)), 0..3),
                agreements in prop::collection::vec((text(), carrier(), text(), prop::option::of(domain_id()), status(), text(), text()), 0..8),
                co in (date(), prop::collection::vec((text(), date()), 0..3), (text(), date()), text()),
                extra_next in 0u32..5) -> Intake {
        // Ids handed out in sequence, as Intake::next_id does.
        let mut i = Intake::default();
        i.household.display_name = name;
        i.household.contact = ContactPerson { name: contact.0, organisation: contact.1, reach: contact.2 };
        for (name, role, birth_year) in members { let id = i.next_id(); i.household.members.push(Member { id, name, role, birth_year }); }
        for (name, relation, helps_with, domains) in network { let id = i.next_id(); i.network.push(NetworkPerson { id, name, relation, helps_with, domains }); }
        for (organisation, role, contact, members, domains) in pros { let id = i.next_id(); i.professionals.push(Professional { id, organisation, role, contact, members, domains }); }
        i.domains = domains;
        for (date, rungs) in assessments {
            let id = i.next_id();
            let rungs = rungs.into_iter().map(|(domain, member, now, wanted)| RungEntry { domain, member, now, wanted }).collect();
            i.assessments.push(Assessment { id, date, rungs });
        }
        for (what, carrier, by_when, domain, status, created, review_note) in agreements {
            let id = i.next_id();
            i.agreements.push(Agreement { id, what, carriers: vec![carrier], by_when, domain, status, created, review_note, for_members: Vec::new() });
        }
        i.co_ownership = CoOwnership {
            review_date: co.0,
            residents: co.1.into_iter().map(|(name, date)| Signature { name, date }).collect(),
            coach: Signature { name: co.2 .0, date: co.2 .1 },
            last_changed: co.3,
        };
        i.next_id += extra_next;
        i
    }
}

fn v1_answer(a: LadderAnswer) -> serde_json::Value {
    match a {
        LadderAnswer::NotAsked => serde_json::Value::Null,
        LadderAnswer::RatherNotSay => "rather_not_say".into(),
        LadderAnswer::Rung(r) => r.into(),
        LadderAnswer::DoesNotApply => unreachable!("version 1 had no 'does not apply'"),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// `to_json` writes its envelope by hand (no `#[serde(flatten)]`):
    /// the same bytes as the derived [`PlanFile`], for any intake.
    #[test]
    fn to_json_is_plan_file(i in intake()) {
        let derived = serde_json::to_string_pretty(&PlanFile { format: FORMAT.into(), version: VERSION, intake: i.clone() }).unwrap();
        prop_assert_eq!(to_json(&i), derived);
    }

    #[test]
    fn any_intake_round_trips(i in intake()) {
        let json = to_json(&i);
        let back = load(&json).unwrap();
        prop_assert_eq!(&back.intake, &i);
        prop_assert!(back.dropped_fields.is_empty());
        prop_assert_eq!(from_html(&format!("<body>{}</body>", to_html_script(&i))).unwrap(), i);
    }

    /// A v1 file written from any intake (household-level rungs only,
    /// as v1 had) upgrades to the same intake with one assessment.
    #[test]
    fn any_version_1_file_upgrades(i in intake(), stamp in "20[0-9]{2}-(0[1-9]|1[0-2])-(0[1-9]|1[0-9]|2[0-8])T12:00:00Z") {
        let mut i = i;
        i.co_ownership.residents.clear();
        i.co_ownership.coach = Signature::default();
        i.co_ownership.last_changed = stamp.clone();
        i.assessments.clear();
        // v1 kept one answer per domain: make domain ids unique.
        let mut seen = std::collections::HashSet::new();
        i.domains.retain(|d| seen.insert(d.domain.clone()));
        let rungs: Vec<(LadderAnswer, LadderAnswer)> = i.domains.iter().enumerate()
            .map(|(n, _)| match n % 3 { 0 => (LadderAnswer::Rung(2), LadderAnswer::Rung(5)), 1 => (LadderAnswer::RatherNotSay, LadderAnswer::NotAsked), _ => (LadderAnswer::NotAsked, LadderAnswer::NotAsked) })
            .collect();

        let mut doc = serde_json::to_value(PlanFile { format: FORMAT.into(), version: 1, intake: i.clone() }).unwrap();
        let o = doc.as_object_mut().unwrap();
        let h = o["household"].as_object_mut().unwrap();
        let name = h.remove("display_name").unwrap();
        h.insert("name".into(), name);
        for a in o["agreements"].as_array_mut().unwrap() {
            let a = a.as_object_mut().unwrap();
            let c = a.remove("carriers").unwrap()[0].clone();
            a.insert("who".into(), c);
        }
        for (d, (now, wanted)) in o["domains"].as_array_mut().unwrap().iter_mut().zip(&rungs) {
            d["rung_now"] = v1_answer(*now);
            d["rung_wanted"] = v1_answer(*wanted);
        }
        let co = o.remove("co_ownership").unwrap();
        o.insert("review_date".into(), co["review_date"].clone());
        o.insert("last_changed".into(), co["last_changed"].clone());
        o.remove("assessments");

        let loaded = load(&doc.to_string()).unwrap();
        prop_assert_eq!(loaded.from_version, 1);
        prop_assert!(loaded.dropped_fields.is_empty(), "{:?}", loaded.dropped_fields);
        let mut got = loaded.intake;
        let expected_entries: Vec<RungEntry> = i.domains.iter().zip(&rungs)
            .filter(|(_, r)| **r != (LadderAnswer::NotAsked, LadderAnswer::NotAsked))
            .map(|(d, (now, wanted))| RungEntry { domain: d.domain.clone(), member: None, now: *now, wanted: *wanted })
            .collect();
        if expected_entries.is_empty() {
            prop_assert!(got.assessments.is_empty());
        } else {
            prop_assert_eq!(got.assessments.len(), 1);
            let a = got.assessments.remove(0);
            prop_assert_eq!(&a.date, &stamp[..10]);
            prop_assert_eq!(a.rungs, expected_entries);
            prop_assert!(a.id > i.next_id.saturating_sub(1) && got.next_id == a.id);
            got.next_id = i.next_id;
        }
        prop_assert_eq!(got, i);
    }
}
