//! Embedding options: one table, read alike from attributes and JS
//! options, with errors a web team can act on.

use keukentafel::config::{Config, ExtraDomains, Mode, Problem, OPTIONS};
use keukentafel::domain::Lang;

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

/// A valid value for each option, and what it must set.
fn good_value(js: &str) -> &'static str {
    match js {
        "lang" => "en",
        "namespace" => "gemeente-hengelo_2",
        "mode" => "resident",
        "coachName" => "Samira Bakker",
        "coachOrganisation" => "Wijkteam Noord",
        "coachContact" => "06 1234 5678",
        "extraDomains" => "[]",
        "offline" => "true",
        "texts" => r#"{"nl": {"start_title": "Welkom bij het wijkteam"}}"#,
        "exitUrl" => "https://www.voorbeeldstad.nl/weer",
        "autoLockMinutes" => "3",
        other => panic!("no test value for option {other}"),
    }
}

fn assert_set(c: &Config, js: &str) {
    let changed = match js {
        "lang" => c.lang == Lang::En,
        "namespace" => c.namespace == "gemeente-hengelo_2",
        "mode" => c.mode == Mode::Resident,
        "coachName" => c.coach.name == "Samira Bakker",
        "coachOrganisation" => c.coach.organisation == "Wijkteam Noord",
        "coachContact" => c.coach.reach == "06 1234 5678",
        "extraDomains" => c.extra_domains == ExtraDomains::Json("[]".into()),
        "offline" => c.offline,
        "texts" => c.texts.contains("wijkteam"),
        "exitUrl" => c.exit_url == "https://www.voorbeeldstad.nl/weer",
        "autoLockMinutes" => c.auto_lock_minutes == 3,
        other => panic!("no check for option {other}"),
    };
    assert!(changed, "{js} was not set: {c:?}");
}

#[test]
fn defaults_are_dutch_coach_mode_in_the_keukentafel_namespace() {
    let c = Config::default();
    assert_eq!(c.lang, Lang::Nl);
    assert_eq!(c.namespace, "keukentafel");
    assert_eq!(c.mode, Mode::Coach);
    assert_eq!(c.extra_domains, ExtraDomains::None);
    assert!(!c.offline);
    assert_eq!(c.exit_url, "https://www.google.com/");
    assert_eq!(c.auto_lock_minutes, 10);
    assert!(c.coach.name.is_empty() && c.coach.organisation.is_empty() && c.coach.reach.is_empty());
    assert_eq!(Config::from_options(Vec::new()).unwrap(), c);
    assert_eq!(Config::from_attributes(Vec::new()).unwrap(), c);
}

#[test]
fn the_table_names_every_option_both_ways() {
    let mut seen = std::collections::HashSet::new();
    for o in OPTIONS {
        // The attribute is the JS name in kebab case: coachName -> data-coach-name.
        let mut kebab = String::from("data-");
        for ch in o.js.chars() {
            if ch.is_ascii_uppercase() {
                kebab.push('-');
                kebab.push(ch.to_ascii_lowercase());
            } else {
                kebab.push(ch);
            }
        }
        assert_eq!(o.attribute, kebab);
        assert!(!o.doc().trim().is_empty(), "{} has no doc", o.js);
        assert!(seen.insert(o.js), "{} twice", o.js);
    }
    assert_eq!(OPTIONS.len(), 11);
}

#[test]
fn every_option_is_set_by_attribute_bare_attribute_and_js_name() {
    for o in OPTIONS {
        let bare = &o.attribute["data-".len()..];
        for name in [o.attribute, bare, o.js] {
            let mut c = Config::default();
            c.set(name, good_value(o.js))
                .unwrap_or_else(|e| panic!("{name}: {e}"));
            assert_set(&c, o.js);
        }
        let c = Config::from_options(pairs(&[(o.js, good_value(o.js))])).unwrap();
        assert_set(&c, o.js);
        let c = Config::from_attributes(pairs(&[(o.attribute, good_value(o.js))])).unwrap();
        assert_set(&c, o.js);
    }
}

#[test]
fn bad_values_are_refused_naming_the_option_and_what_is_allowed() {
    let cases: &[(&str, &str, &[&str])] = &[
        (
            "data-lang",
            "de",
            &["\"nl\"", "\"en\"", "\"ar\"", "\"uk\"", "\"de\""],
        ),
        (
            "mode",
            "citizen",
            &["\"coach\"", "\"resident\"", "\"citizen\""],
        ),
        ("offline", "yes", &["\"true\"", "\"false\"", "\"yes\""]),
        ("namespace", "", &["0 characters", "a-z"]),
        (
            "namespace",
            &"a".repeat(41),
            &["41 characters", "storage key"],
        ),
        ("namespace", "Gemeente", &["'G'"]),
        ("data-namespace", "gemeente.noord", &["'.'", "storage key"]),
        ("coachName", &"x".repeat(201), &["201 characters", "200"]),
        (
            "exitUrl",
            "javascript:alert(1)",
            &["https://", "\"javascript:alert(1)\""],
        ),
        ("data-exit-url", "/weer", &["https://"]),
        ("exitUrl", "https://", &["https://"]),
        ("exitUrl", "https:///pad", &["https://"]),
        ("exitUrl", "https://a b.nl/", &["https://"]),
        ("exitUrl", "ftp://example.nl/", &["https://"]),
        ("autoLockMinutes", "0", &["1 to 240", "\"0\""]),
        ("autoLockMinutes", "241", &["1 to 240"]),
        ("data-auto-lock-minutes", "tien", &["whole number"]),
        ("autoLockMinutes", "2.5", &["whole number"]),
    ];
    for (name, value, words) in cases {
        let mut c = Config::default();
        let e = c.set(name, value).expect_err(name);
        assert_eq!(e.option(), *name);
        let en = e.to_string();
        assert!(en.starts_with(&format!("{name}: ")), "{en}");
        for w in *words {
            assert!(en.contains(w), "{en:?} lacks {w:?}");
        }
        // Unchanged on error.
        assert_eq!(c, Config::default(), "{name}");
        let nl = e.message(Lang::Nl);
        assert!(nl.starts_with(&format!("{name}: ")) && nl != en, "{nl}");
    }
    let e = Config::default().set("lang", "de").unwrap_err();
    assert_eq!(
        e.message(Lang::Nl),
        "lang: verwacht \"nl\" of \"en\" of \"ar\" of \"tr\" of \"pl\" of \"uk\", gevonden \"de\""
    );
}

#[test]
fn an_oversized_extra_domains_text_is_refused_before_parsing() {
    let big = format!("[{}]", " ".repeat(300 * 1024));
    let e = Config::default().set("extraDomains", &big).unwrap_err();
    assert!(matches!(e.problem(), Problem::TooLarge { .. }), "{e}");
}

#[test]
fn offline_without_a_value_means_true_and_empty_extra_domains_mean_none() {
    let c = Config::from_attributes(pairs(&[("data-offline", "")])).unwrap();
    assert!(c.offline);
    let c = Config::from_options(pairs(&[("offline", "true"), ("offline", "false")])).unwrap();
    assert!(!c.offline, "the last value wins");
    let c = Config::from_options(pairs(&[("extraDomains", "  ")])).unwrap();
    assert_eq!(c.extra_domains, ExtraDomains::None);
}

#[test]
fn an_unknown_js_option_is_an_error_naming_it() {
    let e = Config::from_options(pairs(&[("lang", "en"), ("namespcae", "x")])).unwrap_err();
    assert_eq!(e.option(), "namespcae");
    assert_eq!(e.problem(), &Problem::Unknown);
    assert!(
        e.to_string().contains("namespace"),
        "lists the known ones: {e}"
    );
    assert!(Config::default().set("data-colour", "red").is_err());
}

#[test]
fn attributes_the_host_owns_pass_through_and_known_ones_are_checked() {
    let c = Config::from_attributes(pairs(&[
        ("class", "kt-embed utrecht-theme"),
        ("id", "keukentafel"),
        ("lang", "en"),
        ("data-tracking", "on"),
        ("data-mode", "resident"),
        ("DATA-COACH-NAME", "Samira"),
    ]))
    .unwrap();
    assert_eq!(c.mode, Mode::Resident);
    assert_eq!(c.coach.name, "Samira");
    // Only data-lang sets the language; the host's own lang attribute does not.
    assert_eq!(c.lang, Lang::Nl);
    let e = Config::from_attributes(pairs(&[("data-tracking", "on"), ("data-mode", "burger")]))
        .unwrap_err();
    assert_eq!(e.option(), "data-mode");
}

#[test]
fn the_catalogue_follows_the_extra_domains_option() {
    let standard = Config::default().catalogue().unwrap();
    assert_eq!(standard.domains.len(), 5);
    let json = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/extra-domains.json"
    ))
    .unwrap();
    let c = Config::from_attributes(pairs(&[("data-extra-domains", &json)])).unwrap();
    let ids: Vec<String> = c
        .catalogue()
        .unwrap()
        .domains
        .iter()
        .map(|d| d.id.as_str().to_string())
        .collect();
    assert_eq!(
        ids,
        [
            "work",
            "housing",
            "finances",
            "health",
            "safety",
            "opvoeden",
            "dagbesteding"
        ]
    );
    let c = Config::from_options(pairs(&[("extraDomains", "[{\"id\": \"x\"}]")])).unwrap();
    let e = c.catalogue().unwrap_err();
    assert_eq!(e.path(), "extraDomains[0].name");
    // Built domains go through the same checks.
    let mut c = Config::default();
    let work = standard.domains[0].clone();
    c.extra_domains = ExtraDomains::Defs(vec![work]);
    assert_eq!(c.catalogue().unwrap_err().path(), "extraDomains[0].id");
}

#[test]
fn a_new_intake_names_the_embeddings_coach_as_contact_person() {
    let config = Config::from_attributes([
        ("data-coach-name".to_string(), "Sanne".to_string()),
        (
            "data-coach-organisation".to_string(),
            "Wijkteam Noord".to_string(),
        ),
        ("data-coach-contact".to_string(), "06 1234 5678".to_string()),
    ])
    .unwrap();
    let intake = config.new_intake();
    assert_eq!(intake.household.contact.name, "Sanne");
    assert_eq!(intake.household.contact.organisation, "Wijkteam Noord");
    assert_eq!(intake.household.contact.reach, "06 1234 5678");
    assert_eq!(
        Config::default().new_intake(),
        keukentafel::domain::Intake::default()
    );
}

#[test]
fn raw_options_give_the_first_screen_its_two_values_and_the_rest_when_read() {
    use keukentafel::config::RawOptions;
    let pair = |k: &str, v: &str| (k.to_string(), v.to_string());
    let raw = RawOptions {
        attributes: vec![
            pair("data-lang", "en"),
            pair("data-namespace", "enschede"),
            pair("data-offline", ""),
            pair("class", "x"),
        ],
        options: vec![pair("namespace", "hengelo")],
    };
    assert_eq!(
        raw.first_screen(),
        (Some(Lang::En), Some("hengelo".to_string())),
        "JS options win"
    );
    assert!(!raw.has_more(), "only language and namespace");
    let config = raw.read().unwrap();
    assert_eq!(
        (config.lang, config.namespace.as_str()),
        (Lang::En, "hengelo")
    );

    let bad = RawOptions {
        attributes: vec![
            pair("data-namespace", "Gemeente.Enschede"),
            pair("data-mode", "toezicht"),
        ],
        options: vec![],
    };
    assert_eq!(
        bad.first_screen(),
        (None, None),
        "no storage under a namespace that does not pass"
    );
    assert!(bad.has_more());
    let err = bad.read().unwrap_err();
    assert_eq!(err.option(), "data-namespace");
    assert_eq!(
        RawOptions::default().first_screen(),
        (None, Some("keukentafel".to_string()))
    );
}

#[test]
fn the_first_screen_reads_the_exit_url_and_falls_back_on_a_bad_one() {
    use keukentafel::config::RawOptions;
    let raw = |attributes: &[(&str, &str)], options: &[(&str, &str)]| RawOptions {
        attributes: pairs(attributes),
        options: pairs(options),
    };
    assert_eq!(raw(&[], &[]).exit_url(), "https://www.google.com/");
    assert_eq!(
        raw(&[("data-exit-url", "https://www.voorbeeldstad.nl/")], &[]).exit_url(),
        "https://www.voorbeeldstad.nl/"
    );
    // A JS option wins over the attribute; a bad one falls back (and
    // `read` names it to the web team).
    assert_eq!(
        raw(
            &[("data-exit-url", "https://a.nl/")],
            &[("exitUrl", "https://b.nl/")]
        )
        .exit_url(),
        "https://b.nl/"
    );
    let bad = raw(&[("data-exit-url", "javascript:alert(1)")], &[]);
    assert_eq!(bad.exit_url(), "https://www.google.com/");
    assert!(bad.read().is_err());
    assert!(
        bad.has_more(),
        "a bad exit address is checked when the first screen is up"
    );
}
