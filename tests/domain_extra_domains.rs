//! A municipality's own domains: read from hand-written JSON with errors
//! that name the exact field, shown everywhere a standard domain shows,
//! and carried unchanged through a file opened in an app that does not
//! know them.

use keukentafel::document::{export_html, render_chart, render_plan};
use keukentafel::domain::catalogue::{
    Catalogue, CatalogueErrorKind, DomainDef, Field, JsonKind, Scope,
};
use keukentafel::domain::checks::{progress, Progress};
use keukentafel::domain::format::{load_any, to_json};
use keukentafel::domain::plan::{build_plan, short_fingerprint};
use keukentafel::domain::{
    Agreement, Carrier, DomainId, DomainStatus, Intake, LadderAnswer, Lang, Member,
};
use serde_json::{json, Value};

mod words_guide;
use words_guide::avoided_in;

const EXAMPLE: &str = include_str!("../examples/extra-domains.json");

fn with_example() -> Catalogue {
    Catalogue::standard()
        .with_extras_json(EXAMPLE)
        .unwrap_or_else(|e| panic!("{e}"))
}

fn id(s: &str) -> DomainId {
    DomainId::new(s)
}

#[test]
fn the_example_gives_opvoeden_and_dagbesteding_after_the_standard_five() {
    let cat = with_example();
    assert_eq!(cat.domains.len(), 7);
    let opv = cat.domain(&id("opvoeden")).unwrap();
    assert_eq!(cat.domains[5].id, id("opvoeden"));
    assert_eq!(opv.name.get(Lang::Nl), "Opvoeden");
    assert_eq!(opv.name.get(Lang::En), "Raising children");
    assert_eq!(opv.scope, Scope::Household);
    assert_eq!(opv.ladder.len(), 5);
    assert_eq!(
        opv.strength("opvoeden.routine").unwrap().text.get(Lang::En),
        "The children have a steady daily routine."
    );
    let dag = cat.domain(&id("dagbesteding")).unwrap();
    assert_eq!(dag.scope, Scope::PerMember);
    assert_eq!(dag.ladder.len(), 5);
    // Every field is asked, in the standard order, with ids of the domain.
    let standard_fields: Vec<Field> = Catalogue::standard().domains[0]
        .questions
        .iter()
        .map(|q| q.field)
        .collect();
    for d in [opv, dag] {
        let fields: Vec<Field> = d.questions.iter().map(|q| q.field).collect();
        assert_eq!(fields, standard_fields, "{}", d.id.as_str());
        for q in &d.questions {
            assert_eq!(q.id, format!("{}.{}", d.id.as_str(), q.field.key()));
        }
    }
    // The override replaced the label and hint, and kept the generic why.
    let well = opv.question(Field::GoingWell).unwrap();
    assert_eq!(well.label.get(Lang::Nl), "Wat gaat goed met de kinderen?");
    assert!(well.hint.get(Lang::En).starts_with("Think of good moments"));
    assert_eq!(well.why, dag.question(Field::GoingWell).unwrap().why);
    assert_eq!(
        dag.question(Field::GoingWell).unwrap().label.get(Lang::Nl),
        "Wat gaat goed op dit gebied?"
    );
}

#[test]
fn the_example_and_the_generic_questions_are_complete_and_keep_to_the_words_guide() {
    let cat = with_example();
    let mut found = Vec::new();
    for (place, text) in cat.all_texts() {
        if !place.starts_with("opvoeden") && !place.starts_with("dagbesteding") {
            continue;
        }
        assert!(!text.is_incomplete(), "{place}");
        for lang in Lang::ALL {
            for word in avoided_in(text.get(lang), lang) {
                found.push(format!("{place} ({}): {word}", lang.code()));
            }
        }
    }
    assert!(found.is_empty(), "{found:#?}");
    // The ladders speak in the first person, like the standard ones.
    for d in &cat.domains[5..] {
        for rung in &d.ladder {
            assert!(
                format!(" {}", rung.get(Lang::Nl).to_lowercase()).contains(" ik "),
                "{}",
                rung.get(Lang::Nl)
            );
            assert!(
                format!(" {}", rung.get(Lang::En)).contains(" I "),
                "{}",
                rung.get(Lang::En)
            );
        }
    }
}

#[test]
fn english_may_be_left_out_and_then_reads_the_dutch() {
    let json = r#"[{
        "id": "buurt",
        "name": {"nl": "Buurt"},
        "intro": {"nl": "Over uw buurt."},
        "scope": "household",
        "ladder": [{"nl": "Ik ken niemand."}, {"nl": "Ik ken een paar buren."}, {"nl": "Ik ken veel buren."}]
    }]"#;
    let cat = Catalogue::standard().with_extras_json(json).unwrap();
    let d = cat.domain(&id("buurt")).unwrap();
    assert_eq!(d.name.get(Lang::En), "Buurt");
    assert_eq!(d.ladder[2].get(Lang::En), "Ik ken veel buren.");
    assert!(d.strengths.is_empty());
    // Nothing to pick from, so no question asks to pick.
    assert!(d.question(Field::Strengths).is_none());
    assert_eq!(d.questions.len(), 9);
    // The generic questions are in both languages.
    assert_eq!(
        d.question(Field::Wants).unwrap().label.get(Lang::En),
        "What do you want in this area?"
    );
}

/// The example with one change, read; the error it gives.
fn bad(change: impl FnOnce(&mut Value)) -> keukentafel::domain::catalogue::CatalogueError {
    let mut v: Value = serde_json::from_str(EXAMPLE).unwrap();
    change(&mut v);
    Catalogue::standard()
        .with_extras_json(&v.to_string())
        .expect_err("should be refused")
}

#[test]
fn a_wrong_field_is_named_by_its_exact_path() {
    type Change = Box<dyn FnOnce(&mut Value)>;
    let cases: Vec<(&str, Change)> = vec![
        (
            "extraDomains[1].ladder[2].nl",
            Box::new(|v| v[1]["ladder"][2]["nl"] = json!("  ")),
        ),
        (
            "extraDomains[0].scope",
            Box::new(|v| v[0]["scope"] = json!("family")),
        ),
        (
            "extraDomains[0].name",
            Box::new(|v| {
                v[0].as_object_mut().unwrap().remove("name");
            }),
        ),
        (
            "extraDomains[1].naam",
            Box::new(|v| v[1]["naam"] = json!({"nl": "Dag"})),
        ),
        (
            "extraDomains[0].intro.de",
            Box::new(|v| v[0]["intro"]["de"] = json!("Über")),
        ),
        (
            "extraDomains[0].id",
            Box::new(|v| v[0]["id"] = json!("Opvoeden")),
        ),
        (
            "extraDomains[1].id",
            Box::new(|v| v[1]["id"] = json!("opvoeden")),
        ),
        (
            "extraDomains[0].id",
            Box::new(|v| v[0]["id"] = json!("work")),
        ),
        (
            "extraDomains[0].ladder",
            Box::new(|v| v[0]["ladder"] = json!([{"nl": "a"}, {"nl": "b"}])),
        ),
        (
            "extraDomains[1].ladder",
            Box::new(|v| {
                let rung = v[1]["ladder"][0].clone();
                v[1]["ladder"] = Value::Array(vec![rung; 11]);
            }),
        ),
        (
            "extraDomains[0].strengths[0].id",
            Box::new(|v| v[0]["strengths"][0]["id"] = json!("routine")),
        ),
        (
            "extraDomains[0].strengths[1].id",
            Box::new(|v| v[0]["strengths"][1]["id"] = json!("opvoeden.routine")),
        ),
        (
            "extraDomains[1].strengths[2].id",
            Box::new(|v| v[1]["strengths"][2]["id"] = json!("opvoeden.together")),
        ),
        (
            "extraDomains[0].name.nl",
            Box::new(|v| v[0]["name"]["nl"] = json!("x".repeat(61))),
        ),
        (
            "extraDomains[0].questions.going_wel",
            Box::new(|v| v[0]["questions"]["going_wel"] = json!({})),
        ),
        (
            "extraDomains[0].questions.going_well.why.en",
            Box::new(|v| {
                v[0]["questions"]["going_well"]["why"] = json!({"nl": "Daarom.", "en": ""})
            }),
        ),
        (
            "extraDomains[1].ladder",
            Box::new(|v| v[1]["ladder"] = json!("Ik heb niets te doen.")),
        ),
        (
            "extraDomains[0].strengths[3].text",
            Box::new(|v| v[0]["strengths"][3]["text"] = json!("Goed contact met school")),
        ),
        ("extraDomains", Box::new(|v| *v = json!({"domains": []}))),
    ];
    let n = cases.len();
    for (path, change) in cases {
        let e = bad(change);
        assert_eq!(e.path(), path, "{e}");
        assert!(e.to_string().starts_with(&format!("{path}: ")), "{e}");
    }
    assert!(n >= 10);
}

#[test]
fn the_messages_say_what_is_wrong_in_english_and_dutch() {
    let e = bad(|v| v[0]["scope"] = json!("family"));
    assert_eq!(
        e.to_string(),
        "extraDomains[0].scope: expected \"household\" or \"per_member\", found \"family\""
    );
    assert_eq!(
        e.message(Lang::Nl),
        "extraDomains[0].scope: verwacht \"household\" of \"per_member\", gevonden \"family\""
    );
    let e = bad(|v| v[1]["ladder"][2]["nl"] = json!(""));
    assert_eq!(e.to_string(), "extraDomains[1].ladder[2].nl: empty text");
    assert_eq!(
        e.message(Lang::Nl),
        "extraDomains[1].ladder[2].nl: lege tekst"
    );
    let e = bad(|v| v[0]["id"] = json!("work"));
    assert!(
        matches!(e.kind(), CatalogueErrorKind::StandardDomain { .. }),
        "{e}"
    );
    let e = bad(|v| v[1]["id"] = json!("opvoeden"));
    assert!(
        matches!(e.kind(), CatalogueErrorKind::DuplicateId { .. }),
        "{e}"
    );
    let e = bad(|v| v[0]["naam"] = json!("x"));
    assert!(
        e.to_string()
            .contains("unknown field; allowed here: id, name"),
        "{e}"
    );
    let e = bad(|v| v[0]["ladder"] = json!([{"nl": "a"}, {"nl": "b"}]));
    assert_eq!(
        e.to_string(),
        "extraDomains[0].ladder: 2 items; allowed are 3 to 10"
    );
    let e = bad(|v| v[1]["ladder"] = json!("x"));
    assert_eq!(
        e.kind(),
        &CatalogueErrorKind::WrongType {
            expected: JsonKind::List,
            found: JsonKind::Text
        }
    );
}

#[test]
fn json_syntax_errors_give_line_and_column() {
    let broken = "[\n  {\"id\": \"opvoeden\",}\n]";
    let e = Catalogue::standard().with_extras_json(broken).unwrap_err();
    assert_eq!(e.path(), "extraDomains");
    assert_eq!(
        e.kind(),
        &CatalogueErrorKind::Syntax {
            line: 2,
            column: 21
        }
    );
    assert_eq!(
        e.message(Lang::Nl),
        "extraDomains: geen geldige JSON op regel 2, kolom 21"
    );
    let cut = &EXAMPLE[..EXAMPLE.len() / 2];
    let e = Catalogue::standard().with_extras_json(cut).unwrap_err();
    assert!(matches!(e.kind(), CatalogueErrorKind::Syntax { .. }), "{e}");
}

#[test]
fn more_than_ten_domains_or_an_empty_list() {
    assert_eq!(
        Catalogue::standard().with_extras_json("[]").unwrap(),
        Catalogue::standard()
    );
    let e = bad(|v| {
        let list = v.as_array_mut().unwrap();
        for i in 0..9 {
            let mut d = list[0].clone();
            d["id"] = json!(format!("extra_{i}"));
            d["strengths"] = json!([]);
            list.push(d);
        }
    });
    assert_eq!(e.path(), "extraDomains");
    assert!(
        matches!(e.kind(), CatalogueErrorKind::Count { found: 11, .. }),
        "{e}"
    );
}

#[test]
fn built_domains_are_checked_the_same_way_and_get_generic_questions() {
    let mut d: DomainDef = with_example().domains[5].clone();
    d.id = id("gezin");
    d.strengths.clear();
    d.questions.clear();
    let cat = Catalogue::standard().with_extras(vec![d.clone()]).unwrap();
    assert_eq!(cat.domain(&id("gezin")).unwrap().questions.len(), 9);
    assert_eq!(
        cat.domain(&id("gezin")).unwrap().questions[0].id,
        "gezin.going_well"
    );
    // A question whose id does not match its domain and field.
    let mut wrong = cat.domain(&id("gezin")).unwrap().clone();
    wrong.id = id("gezin_twee");
    let e = Catalogue::standard().with_extras(vec![wrong]).unwrap_err();
    assert_eq!(e.path(), "extraDomains[0].questions[0].id");
    // A language given is filled in (the JSON reader checks the same).
    d.name = d.name.clone().with(Lang::En, "");
    let e = Catalogue::standard().with_extras(vec![d]).unwrap_err();
    assert_eq!(e.path(), "extraDomains[0].name.en");
}

#[test]
fn every_field_can_be_given_its_own_wording() {
    let mut v: Value = serde_json::from_str(EXAMPLE).unwrap();
    let mut questions = serde_json::Map::new();
    for f in Field::ALL {
        questions.insert(
            f.key().into(),
            json!({"label": {"nl": format!("Vraag {}", f.key())}}),
        );
    }
    v[1]["questions"] = Value::Object(questions);
    let cat = Catalogue::standard()
        .with_extras_json(&v.to_string())
        .unwrap();
    let d = cat.domain(&id("dagbesteding")).unwrap();
    for q in &d.questions {
        assert_eq!(q.label.get(Lang::Nl), format!("Vraag {}", q.field.key()));
        assert_eq!(q.label.get(Lang::En), q.label.get(Lang::Nl));
    }
}

/// A household with answers in both extra domains and one standard one.
fn intake() -> Intake {
    let mut i = Intake::default();
    i.household.display_name = "Familie Öztürk".into();
    i.household.contact.name = "Samira Bakker".into();
    let ayla = i.next_id();
    i.household.members.push(Member {
        id: ayla,
        name: "Ayla".into(),
        role: "moeder".into(),
        birth_year: Some(1988),
    });
    let opv = i.domain_mut(&id("opvoeden"));
    opv.status = DomainStatus::Done;
    opv.going_well = "We eten elke avond samen.".into();
    opv.strengths = vec!["opvoeden.routine".into(), "opvoeden.listens".into()];
    opv.wants = "Minder ruzie bij het naar bed gaan.".into();
    let dag = i.domain_mut(&id("dagbesteding"));
    dag.status = DomainStatus::InProgress;
    dag.wants = "Twee ochtenden per week iets buiten de deur.".into();
    i.domain_mut(&id("housing")).status = DomainStatus::Skipped;
    let a = i.current_assessment_mut("2026-11-23");
    let e = a.entry_mut(&id("opvoeden"), None);
    e.now = LadderAnswer::Rung(2);
    e.wanted = LadderAnswer::Rung(4);
    let e = a.entry_mut(&id("dagbesteding"), Some(ayla));
    e.now = LadderAnswer::Rung(1);
    e.wanted = LadderAnswer::Rung(3);
    let agreement = i.next_id();
    i.agreements.push(Agreement {
        id: agreement,
        what: "Ayla belt het opvoedpunt voor een afspraak.".into(),
        carriers: vec![Carrier::Member { id: ayla }],
        by_when: "volgende week".into(),
        domain: Some(id("opvoeden")),
        created: "2026-11-23".into(),
        ..Agreement::default()
    });
    i
}

#[test]
fn the_plan_shows_an_extra_domain_with_its_name_rungs_strengths_and_agreements() {
    let cat = with_example();
    let plan = build_plan(&intake(), &cat);
    let ids: Vec<&str> = plan.domains.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["opvoeden", "dagbesteding"], "catalogue order");
    let opv = &plan.domains[0];
    assert_eq!(opv.name.get(Lang::Nl), "Opvoeden");
    assert_eq!(opv.ladder_len, Some(5));
    assert_eq!(
        opv.strengths[0].get(Lang::Nl),
        "Er is een vaste dagindeling voor de kinderen."
    );
    assert_eq!(
        opv.rungs[0].now_text.as_ref().unwrap(),
        &cat.domains[5].ladder[1]
    );
    assert_eq!(
        opv.rungs[0].wanted_text.as_ref().unwrap(),
        &cat.domains[5].ladder[3]
    );
    assert_eq!(opv.agreements.len(), 1);
    assert_eq!(plan.domains[1].rungs[0].who, "Ayla");
    for lang in Lang::ALL {
        let html = render_plan(&plan, lang, "2026-11-23");
        let d = &cat.domains[5];
        for text in [&d.name, &d.ladder[1], &d.ladder[3], &d.strengths[0].text] {
            assert!(
                html.contains(text.get(lang)),
                "{lang:?}: {}",
                text.get(lang)
            );
        }
        assert!(html.contains("Ayla belt het opvoedpunt voor een afspraak."));
        assert!(html.contains(cat.domains[6].name.get(lang)));
    }
    // The task list counts the extra domains.
    let count = |done, later, total| Progress { done, later, total };
    assert_eq!(progress(&intake(), &cat), count(1, 1, 7));
    assert_eq!(progress(&intake(), &Catalogue::standard()), count(0, 1, 5));
}

#[test]
fn the_chart_draws_an_extra_ladder_at_its_own_length() {
    let plan = build_plan(&intake(), &with_example());
    let chart = render_chart(&plan, Lang::Nl, "t");
    // Both ladders have five rungs: the scale runs 1 to 5, not to the six
    // of the standard ladders.
    assert!(chart.contains("text-anchor=\"middle\">5</text>"), "{chart}");
    assert!(
        !chart.contains("text-anchor=\"middle\">6</text>"),
        "{chart}"
    );
    assert!(chart.contains("trede 2 van 5"), "{chart}");
    assert!(chart.contains("trede 4 van 5"), "{chart}");
    assert!(render_chart(&plan, Lang::En, "t").contains("step 1 of 5"));
    // Five dots on each ladder line.
    let ladder_dots = chart.matches("r=\"2.5\"").count();
    assert_eq!(ladder_dots, 10, "{chart}");
    // An app that does not know the domain assumes six.
    let elsewhere = build_plan(&intake(), &Catalogue::standard());
    assert!(render_chart(&elsewhere, Lang::Nl, "t").contains("trede 2 van 6"));
}

#[test]
fn a_file_with_an_extra_domain_survives_an_app_that_does_not_know_it() {
    let original = intake();
    let json = to_json(&original);
    assert!(json.contains("\"opvoeden\"") && json.contains("opvoeden.routine"));

    // Opened in another municipality's app (standard catalogue only).
    let there = load_any(&json).unwrap();
    assert!(
        there.dropped_fields.is_empty(),
        "{:?}",
        there.dropped_fields
    );
    assert_eq!(there.intake, original);
    let plan_there = build_plan(&there.intake, &Catalogue::standard());
    // Shown under its id, with the picked strengths by id: nothing hidden.
    let opv = plan_there
        .domains
        .iter()
        .find(|d| d.id == id("opvoeden"))
        .unwrap();
    assert_eq!(opv.name.get(Lang::Nl), "opvoeden");
    assert_eq!(opv.strengths[0].get(Lang::Nl), "opvoeden.routine");
    assert_eq!(opv.ladder_len, None);
    assert_eq!(opv.agreements.len(), 1);
    let html = render_plan(&plan_there, Lang::Nl, "2026-11-23");
    assert!(html.contains("Minder ruzie bij het naar bed gaan."));

    // Exported there, as JSON and as the HTML file, byte for byte the same data.
    let json_there = to_json(&there.intake);
    assert_eq!(json_there, json);
    let file = export_html(&plan_there, &json_there, Lang::Nl, "2026-11-23");

    // Back home, the file reads as before and renders with the names.
    let home = load_any(&file).unwrap();
    assert!(home.dropped_fields.is_empty());
    assert_eq!(to_json(&home.intake), json);
    let cat = with_example();
    let html = render_plan(&build_plan(&home.intake, &cat), Lang::En, "2026-11-23");
    assert!(html.contains("Raising children"));
    assert!(html.contains("The children have a steady daily routine."));
    assert!(html.contains(cat.domains[5].ladder[1].get(Lang::En)));
}

#[test]
fn a_rung_above_the_standard_six_is_accepted_for_a_domain_the_app_does_not_know() {
    let mut cat_json: Value = serde_json::from_str(EXAMPLE).unwrap();
    let rung = cat_json[0]["ladder"][0].clone();
    cat_json[0]["ladder"] = Value::Array(vec![rung; 8]);
    let cat = Catalogue::standard()
        .with_extras_json(&cat_json.to_string())
        .unwrap();
    let mut i = intake();
    let a = i.current_assessment_mut("2026-11-23");
    a.entry_mut(&id("opvoeden"), None).wanted = LadderAnswer::Rung(8);
    let json = to_json(&i);
    let loaded = load_any(&json).unwrap();
    assert_eq!(to_json(&loaded.intake), json);
    let here = render_chart(&build_plan(&loaded.intake, &cat), Lang::En, "t");
    assert!(here.contains("step 8 of 8"), "{here}");
    // Elsewhere the ladder is drawn up to the highest step answered.
    let there = render_chart(
        &build_plan(&loaded.intake, &Catalogue::standard()),
        Lang::En,
        "t",
    );
    assert!(there.contains("step 8 of 8"), "{there}");
}

#[test]
fn the_ladder_length_is_not_part_of_the_fingerprint() {
    // Left out on purpose (see plan/fingerprint.rs): plans printed before
    // the length was carried keep their fingerprint.
    let mut plan = build_plan(&intake(), &with_example());
    let before = short_fingerprint(&plan);
    plan.domains[0].ladder_len = Some(9);
    assert_eq!(short_fingerprint(&plan), before);
    let name = format!("{}!", plan.domains[0].name.get(Lang::Nl));
    plan.domains[0].name = plan.domains[0].name.clone().with(Lang::Nl, &name);
    assert_ne!(short_fingerprint(&plan), before);
}

#[test]
fn the_doc_shows_the_example_file_and_the_bounds_in_the_code() {
    use keukentafel::domain::catalogue::{
        MAX_EXTRA_DOMAINS, MAX_EXTRA_JSON_BYTES, MAX_ID_CHARS, MAX_NAME_CHARS, MAX_RUNGS,
        MAX_STRENGTHS, MAX_TEXT_CHARS, MIN_ID_CHARS, MIN_RUNGS,
    };
    let doc = include_str!("../docs/extra-domains.md");
    assert!(
        doc.contains(&format!("```json\n{}```", EXAMPLE)),
        "docs/extra-domains.md must show examples/extra-domains.json as it is"
    );
    for phrase in [
        format!("{MIN_ID_CHARS}–{MAX_ID_CHARS} characters"),
        format!("at most {MAX_NAME_CHARS} characters"),
        format!("at most {MAX_TEXT_CHARS} characters"),
        format!("{MIN_RUNGS} to {MAX_RUNGS} texts"),
        format!("at most {MAX_STRENGTHS}"),
        format!("At most {MAX_EXTRA_DOMAINS} extra domains"),
        format!("at most {} KiB", MAX_EXTRA_JSON_BYTES / 1024),
    ] {
        assert!(doc.contains(&phrase), "the doc does not say {phrase:?}");
    }
}
