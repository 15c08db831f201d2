//! Shared by the `document_*` tests: the typical household from the
//! fixtures, and a household whose every text field is hostile.
#![allow(dead_code)]

use keukentafel::domain::catalogue::Catalogue;
use keukentafel::domain::format::from_json;
use keukentafel::domain::plan::{build_plan, Plan};
use keukentafel::domain::*;

pub const TYPICAL_JSON: &str = include_str!("../fixtures/typical.json");

pub fn typical() -> Intake {
    from_json(TYPICAL_JSON).expect("typical fixture loads")
}

pub fn plan_of(intake: &Intake) -> Plan {
    build_plan(intake, &Catalogue::standard())
}

/// Markup and quotes that would do something if they reached the page
/// unescaped; `n` tells fields apart in failure messages.
pub fn evil(n: u32) -> String {
    format!(
        "{n}<script>alert({n})</script><img src=x onerror=\"alert('{n}')\"></script><!--\"'&amp;<svg onload=alert(1)>\u{2028}"
    )
}

/// Every text field filled with [`evil`]: household, members, contact,
/// network, professionals, answers (also an unknown strength id), rungs in
/// two assessments, agreements for every kind of carrier, signatures.
pub fn hostile() -> Intake {
    let d = |id: &str| DomainId::new(id);
    let mut i = Intake::default();
    i.household.display_name = evil(1);
    i.household.contact = ContactPerson {
        name: evil(2),
        organisation: evil(3),
        reach: evil(4),
    };
    i.household.members = vec![Member {
        id: 1,
        name: evil(5),
        role: evil(6),
        birth_year: Some(1990),
    }];
    i.network = vec![NetworkPerson {
        id: 2,
        name: evil(7),
        relation: evil(8),
        helps_with: evil(9),
        domains: vec![d("work")],
    }];
    i.professionals = vec![Professional {
        id: 3,
        organisation: evil(10),
        role: evil(11),
        contact: evil(12),
        members: vec![1],
        domains: vec![d("housing")],
    }];
    i.domains = vec![
        DomainAnswers {
            domain: d("work"),
            status: DomainStatus::Done,
            going_well: evil(13),
            strengths: vec!["work.helps_others".into(), evil(14)],
            wants: evil(15),
            worries: evil(16),
            network: vec![2],
            professionals: vec![3],
            notes: evil(17),
        },
        DomainAnswers {
            domain: d("housing"),
            status: DomainStatus::InProgress,
            going_well: evil(18),
            wants: evil(19),
            ..Default::default()
        },
    ];
    let rung = |domain: &str, member, now, wanted| RungEntry {
        domain: d(domain),
        member,
        now: LadderAnswer::Rung(now),
        wanted: LadderAnswer::Rung(wanted),
    };
    i.assessments = vec![
        Assessment {
            id: 4,
            date: evil(20),
            rungs: vec![rung("work", Some(1), 2, 4), rung("housing", None, 3, 5)],
        },
        Assessment {
            id: 5,
            date: evil(21),
            rungs: vec![rung("work", Some(1), 3, 5), rung("housing", None, 3, 5)],
        },
    ];
    let agreement = |id, carrier, domain: Option<&str>| Agreement {
        id,
        what: evil(100 + id),
        carrier,
        by_when: evil(200 + id),
        domain: domain.map(d),
        status: AgreementStatus::Agreed,
        created: evil(300 + id),
        review_note: evil(400 + id),
    };
    i.agreements = vec![
        agreement(6, Carrier::Member { id: 1 }, Some("work")),
        agreement(7, Carrier::Network { id: 2 }, Some("work")),
        agreement(8, Carrier::Coach, Some("housing")),
        agreement(9, Carrier::Professional { id: 3 }, Some("housing")),
        agreement(
            10,
            Carrier::Other {
                name: evil(22),
                side: Side::HouseholdAndNetwork,
            },
            None,
        ),
    ];
    i.co_ownership = CoOwnership {
        review_date: evil(23),
        residents: vec![Signature {
            name: evil(24),
            date: evil(25),
        }],
        coach: Signature {
            name: evil(26),
            date: evil(27),
        },
        last_changed: "2024-06-10T10:00:00Z".into(),
    };
    i.next_id = 10;
    i
}

/// The names of all tags in `html`, in order (`!doctype` and closing tags
/// included as `/name`), with each tag's full text.
pub fn tags(html: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        let after = &rest[at + 1..];
        let end = after.find('>').map_or(after.len(), |e| e + 1);
        let text = &after[..end];
        let name: String = text
            .chars()
            .take_while(|c| !c.is_whitespace() && *c != '>')
            .collect::<String>()
            .trim_end_matches('/')
            .to_ascii_lowercase();
        out.push((name, format!("<{text}")));
        rest = &after[end.min(after.len())..];
    }
    out
}

/// Headings in order, as their levels.
pub fn heading_levels(html: &str) -> Vec<u8> {
    tags(html)
        .iter()
        .filter_map(|(name, _)| {
            let n = name.strip_prefix('h')?;
            (n.len() == 1).then(|| n.parse().ok()).flatten()
        })
        .collect()
}
