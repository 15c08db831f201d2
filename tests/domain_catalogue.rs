//! The catalogue is complete in both languages, its ids are unique, its
//! order follows domain.md, and it keeps to the words guide.

use std::collections::HashSet;

use keukentafel::domain::catalogue::{Catalogue, DomainDef, Field, Scope};
use keukentafel::domain::{DomainId, Lang};

mod words_guide;
use words_guide::avoided_in;

#[test]
fn standard_has_the_five_domains_in_order() {
    let cat = Catalogue::standard();
    let ids: Vec<&str> = cat.domains.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["work", "housing", "finances", "health", "safety"]);
}

#[test]
fn every_text_has_dutch_and_english() {
    let cat = Catalogue::standard();
    let texts = cat.all_texts();
    assert!(
        texts.len() > 100,
        "expected the whole catalogue, got {}",
        texts.len()
    );
    let missing: Vec<&String> = texts
        .iter()
        .filter(|(_, t)| t.is_incomplete())
        .map(|(w, _)| w)
        .collect();
    assert!(missing.is_empty(), "missing a translation: {missing:?}");
    // Hints may be empty, but then empty in both languages.
    for d in &cat.domains {
        for q in &d.questions {
            let h = &q.hint;
            assert_eq!(
                h.get(Lang::Nl).trim().is_empty(),
                h.get(Lang::En).trim().is_empty(),
                "hint of {}",
                q.id
            );
        }
    }
}

#[test]
fn ids_are_unique() {
    let cat = Catalogue::standard();
    let mut seen = HashSet::new();
    for d in &cat.domains {
        assert!(
            seen.insert(d.id.as_str().to_string()),
            "domain {}",
            d.id.as_str()
        );
        for q in &d.questions {
            assert!(seen.insert(q.id.clone()), "question {}", q.id);
            assert!(q.id.starts_with(&format!("{}.", d.id.as_str())));
        }
        for s in &d.strengths {
            assert!(seen.insert(s.id.clone()), "strength {}", s.id);
            assert!(s.id.starts_with(&format!("{}.", d.id.as_str())));
        }
    }
}

#[test]
fn questions_follow_the_order_of_domain_md() {
    let expected = [
        Field::GoingWell,
        Field::Strengths,
        Field::Wants,
        Field::RungNow,
        Field::RungWanted,
        Field::Worries,
        Field::Network,
        Field::Professionals,
        Field::Agreements,
        Field::Notes,
    ];
    for d in Catalogue::standard().domains {
        let fields: Vec<Field> = d.questions.iter().map(|q| q.field).collect();
        assert_eq!(fields, expected, "domain {}", d.id.as_str());
        // What goes well and what you want are asked; worries never required.
        assert!(!d.question(Field::GoingWell).unwrap().optional);
        assert!(!d.question(Field::Wants).unwrap().optional);
        assert!(d.question(Field::Worries).unwrap().optional);
        for q in &d.questions {
            assert!(!q.why.is_incomplete(), "why of {}", q.id);
        }
    }
}

#[test]
fn ladders_have_five_or_six_rungs_and_work_is_the_participation_ladder() {
    let cat = Catalogue::standard();
    for d in &cat.domains {
        assert!((5..=6).contains(&d.ladder.len()), "{}", d.id.as_str());
        assert!(!d.strengths.is_empty(), "{}", d.id.as_str());
    }
    let work = cat.domain(&DomainId::new("work")).unwrap();
    assert_eq!(work.scope, Scope::PerMember);
    assert_eq!(work.ladder.len(), 6);
    assert!(work.rung(4).unwrap().get(Lang::En).contains("volunteering"));
    assert!(work.rung(6).unwrap().get(Lang::En).contains("paid work"));
    assert!(work.rung(0).is_none() && work.rung(7).is_none());
    let money = cat.domain(&DomainId::new("finances")).unwrap();
    assert_eq!(money.scope, Scope::Household);
    assert!(money.rung(6).unwrap().get(Lang::Nl).contains("kom rond"));
}

#[test]
fn ladders_speak_in_the_first_person_not_about_the_person() {
    for d in Catalogue::standard().domains {
        for rung in &d.ladder {
            let nl = format!(" {}", rung.get(Lang::Nl).to_lowercase());
            let en = format!(" {}", rung.get(Lang::En));
            assert!(nl.contains(" ik "), "{:?}", rung.get(Lang::Nl));
            assert!(en.contains(" I "), "{:?}", rung.get(Lang::En));
        }
    }
}

#[test]
fn no_catalogue_text_uses_an_avoided_word() {
    let cat = Catalogue::standard();
    let mut found = Vec::new();
    for (where_, text) in cat.all_texts() {
        for lang in Lang::ALL {
            for word in avoided_in(text.get(lang), lang) {
                found.push(format!("{where_} ({}): {word}", lang.code()));
            }
        }
    }
    for d in &cat.domains {
        for q in &d.questions {
            for lang in Lang::ALL {
                found.extend(
                    avoided_in(q.hint.get(lang), lang)
                        .into_iter()
                        .map(|w| format!("{}.hint: {w}", q.id)),
                );
            }
        }
    }
    assert!(found.is_empty(), "avoided words: {found:#?}");
}

#[test]
fn the_words_guide_words_are_used() {
    let cat = Catalogue::standard();
    let all: String = cat
        .all_texts()
        .iter()
        .map(|(_, t)| t.get(Lang::Nl).to_lowercase())
        .collect::<Vec<_>>()
        .join(" ");
    for word in [
        "wat gaat goed",
        "wat wilt u",
        "rondkomen",
        "uw plan",
        "afspraken",
    ] {
        assert!(all.contains(word), "catalogue never says {word:?}");
    }
}

#[test]
fn an_embedding_adds_a_domain_from_json() {
    let json = r#"{
        "id": "school",
        "name": {"nl": "School", "en": "School"},
        "intro": {"nl": "Over school.", "en": "About school."},
        "scope": "per_member",
        "ladder": [
            {"nl": "Ik ga niet naar school.", "en": "I do not go to school."},
            {"nl": "Ik ga naar school.", "en": "I go to school."}
        ],
        "questions": [
            {"id": "school.going_well", "field": "going_well",
             "label": {"nl": "Wat gaat goed op school?", "en": "What goes well at school?"},
             "why": {"nl": "Daar beginnen we.", "en": "We start there."}}
        ]
    }"#;
    let extra: DomainDef = serde_json::from_str(json).unwrap();
    let cat = Catalogue::standard().with_extra(extra);
    assert_eq!(cat.domains.len(), 6);
    assert_eq!(cat.domains[5].id.as_str(), "school");
    let school = cat.domain(&DomainId::new("school")).unwrap();
    assert!(school.strengths.is_empty());
    assert!(!school.questions[0].optional);
    // Same id replaces in place rather than duplicating.
    let again = cat.clone().with_extra(school.clone());
    assert_eq!(again.domains.len(), 6);
}
