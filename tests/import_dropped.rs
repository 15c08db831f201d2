//! The import question names a few of the fields a file brought that the
//! app leaves out, each to be isolated on screen, and counts the rest in
//! the plural form of the page's language.

use keukentafel::domain::dropped::{dropped_sentence, Piece, NAMED};
use keukentafel::domain::format::load;
use keukentafel::domain::Lang;
use serde_json::{json, Map, Value};

fn fields(n: usize) -> Vec<String> {
    (1..=n).map(|i| format!("extra.field_{i}")).collect()
}

fn named(pieces: &[Piece]) -> Vec<&str> {
    pieces
        .iter()
        .filter_map(|p| match p {
            Piece::Field(f) => Some(f.as_str()),
            Piece::Text(_) => None,
        })
        .collect()
}

fn words(pieces: &[Piece]) -> String {
    pieces
        .iter()
        .map(|p| match p {
            Piece::Text(t) => t.as_str(),
            Piece::Field(_) => "<field>",
        })
        .collect()
}

#[test]
fn a_file_with_many_unknown_fields_names_five_and_counts_the_rest() {
    // 300 unknown fields, as a real file would bring them.
    let mut doc = Map::new();
    doc.insert("format".into(), json!("keukentafel-plan"));
    doc.insert("version".into(), json!(3));
    doc.insert("household".into(), json!({}));
    for i in 0..300 {
        doc.insert(format!("extra_{i:03}"), json!(i));
    }
    let loaded = load(&Value::Object(doc).to_string()).expect("opens");
    assert_eq!(loaded.dropped_fields.len(), 300);
    let pieces = dropped_sentence(Lang::Nl, &loaded.dropped_fields);
    assert_eq!(
        named(&pieces),
        [
            "extra_000",
            "extra_001",
            "extra_002",
            "extra_003",
            "extra_004"
        ]
    );
    assert_eq!(
        words(&pieces),
        "In dit bestand staan gegevens die deze app niet kent. Die laten we weg: \
         <field>, <field>, <field>, <field>, <field> en nog 295 andere. \
         De rest van het plan komt wel mee."
    );
}

#[test]
fn up_to_five_are_all_named_and_nothing_is_counted() {
    for n in 1..=NAMED {
        let pieces = dropped_sentence(Lang::En, &fields(n));
        assert_eq!(named(&pieces).len(), n);
        assert!(!words(&pieces).contains("more"), "{n}");
    }
    let pieces = dropped_sentence(Lang::En, &fields(1));
    assert_eq!(
        words(&pieces),
        "This file holds information this app does not know. We leave it out: <field>. \
         The rest of the plan comes along."
    );
}

#[test]
fn the_rest_is_counted_in_each_languages_plural_form() {
    let cases = [
        (Lang::Nl, 6, "<field> en nog 1 ander."),
        (Lang::Nl, 12, "<field> en nog 7 andere."),
        (Lang::En, 7, "<field> and 2 more."),
        (Lang::Pl, 6, "<field> i jeszcze 1 inna."),
        (Lang::Pl, 8, "<field> i jeszcze 3 inne."),
        (Lang::Pl, 12, "<field> i jeszcze 7 innych."),
        (Lang::Uk, 7, "<field> і ще 2 інші."),
        (Lang::Uk, 26, "<field> і ще 21 інший."),
        (Lang::Uk, 17, "<field> і ще 12 інших."),
        (Lang::Ar, 6, "<field> وواحد آخر."),
        (Lang::Ar, 7, "<field> واثنان آخران."),
        (Lang::Ar, 12, "<field> و7 أخرى."),
        (Lang::Tr, 9, "<field> ve 4 tane daha."),
    ];
    for (lang, n, want) in cases {
        let text = words(&dropped_sentence(lang, &fields(n)));
        assert!(text.contains(want), "{lang:?} {n}: {text}");
        assert!(!text.contains('{'), "{lang:?}: {text}");
    }
}

#[test]
fn arabic_separates_the_names_with_its_own_comma() {
    let text = words(&dropped_sentence(Lang::Ar, &fields(3)));
    assert!(text.contains("<field>، <field>، <field>"), "{text}");
}
