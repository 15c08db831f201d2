//! The shared fixtures in `tests/fixtures/`: built here in code, committed
//! as files (the browser and e2e tests read the files). This test fails
//! when a file no longer matches what the code builds or no longer loads;
//! `UPDATE_FIXTURES=1 cargo test --test domain_fixtures` rewrites them.

use std::path::PathBuf;

use keukentafel::domain::catalogue::Catalogue;
use keukentafel::domain::format::{from_json, to_json};
use keukentafel::domain::plan::build_plan;
use keukentafel::domain::*;

mod document_support;
use document_support::evil;

fn fixture_path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn d(id: &str) -> DomainId {
    DomainId::new(id)
}

fn ds(ids: &[&str]) -> Vec<DomainId> {
    ids.iter().map(|i| d(i)).collect()
}

fn rung(n: u8) -> LadderAnswer {
    LadderAnswer::Rung(n)
}

fn entry(domain: &str, member: Option<Id>, now: LadderAnswer, wanted: LadderAnswer) -> RungEntry {
    RungEntry {
        domain: d(domain),
        member,
        now,
        wanted,
    }
}

fn empty() -> Intake {
    Intake::default()
}

/// Two adults, two children, three network people, four professionals,
/// twelve agreements over all five domains, two assessments.
fn typical() -> Intake {
    let mut i = Intake::default();
    i.household.display_name = "Familie El Amrani – De Vries".into();
    i.household.contact = ContactPerson {
        name: "Marloes Hendriks".into(),
        organisation: "Wijkteam Velve-Lindenhof".into(),
        reach: "06-41234567 · m.hendriks@wijkteam.example.nl".into(),
    };
    let m = |id, name: &str, role: &str, year| Member {
        id,
        name: name.into(),
        role: role.into(),
        birth_year: year,
    };
    i.household.members = vec![
        m(1, "Samira", "moeder", Some(1986)),
        m(2, "Jeroen", "vader", Some(1983)),
        m(3, "Yasmine", "dochter, 14 jaar", Some(2010)),
        m(4, "Daan", "zoon", Some(2016)),
    ];
    i.network = vec![
        NetworkPerson {
            id: 5,
            name: "Fatima".into(),
            relation: "zus van Samira".into(),
            helps_with: "Past op Daan als Samira werkt.".into(),
            domains: ds(&["work", "health"]),
        },
        NetworkPerson {
            id: 6,
            name: "Henk".into(),
            relation: "buurman".into(),
            helps_with: "Klust mee in huis en rijdt soms naar het ziekenhuis.".into(),
            domains: ds(&["housing", "health"]),
        },
        NetworkPerson {
            id: 7,
            name: "Ria".into(),
            relation: "vriendin, vrijwilliger bij de kerk".into(),
            helps_with: "Kijkt samen naar de post.".into(),
            domains: ds(&["finances"]),
        },
    ];
    let p = |id, org: &str, role: &str, contact: &str, members: Vec<Id>, domains: &[&str]| {
        Professional {
            id,
            organisation: org.into(),
            role: role.into(),
            contact: contact.into(),
            members,
            domains: ds(domains),
        }
    };
    i.professionals = vec![
        p(
            8,
            "Domijn",
            "woonconsulent",
            "053-4800000",
            vec![],
            &["housing"],
        ),
        p(
            9,
            "Schuldhulpverlening gemeente Enschede",
            "schuldhulpverlener",
            "14053",
            vec![1, 2],
            &["finances"],
        ),
        p(
            10,
            "Huisartsenpraktijk Lindenhof",
            "praktijkondersteuner GGZ",
            "053-4300000",
            vec![2],
            &["health"],
        ),
        p(
            11,
            "Het Stedelijk Lyceum",
            "mentor van Yasmine",
            "mentor@school.example.nl",
            vec![3],
            &["work", "safety"],
        ),
    ];
    let ans = |domain: &str,
               status,
               going_well: &str,
               strengths: &[&str],
               wants: &str,
               worries: &str,
               network: Vec<Id>,
               professionals: Vec<Id>,
               notes: &str| DomainAnswers {
        domain: d(domain),
        status,
        going_well: going_well.into(),
        strengths: strengths.iter().map(|s| s.to_string()).collect(),
        wants: wants.into(),
        worries: worries.into(),
        network,
        professionals,
        notes: notes.into(),
    };
    use DomainStatus::{Done, InProgress};
    i.domains = vec![
        ans("work", Done, "Samira werkt twee ochtenden in de thuiszorg. Jeroen helpt bij de voetbalclub van Daan.", &["work.helps_others", "work.reliable"], "Jeroen wil weer betaald werk, liefst buiten. Samira wil meer uren.", "Jeroen zit al twee jaar thuis en mist de collega's.", vec![5], vec![11], ""),
        ans("housing", Done, "We wonen al tien jaar in deze straat en kennen de buren goed.", &["housing.good_neighbours", "housing.feels_home"], "Een droge slaapkamer voor de kinderen.", "Er zit schimmel in de kamer van Daan.", vec![6], vec![8], "Woonconsulent is al een keer langs geweest."),
        ans("finances", InProgress, "Alle vaste lasten gaan automatisch. Ria helpt met de post.", &["finances.opens_post", "finances.asks_help"], "Rustig rondkomen en de schulden in drie jaar kwijt.", "Een brief van het CJIB over een oude boete.", vec![7], vec![9], ""),
        ans("health", Done, "Samira wandelt elke dag. Jeroen praat met de praktijkondersteuner.", &["health.moves", "health.talks"], "Jeroen wil beter slapen.", "", vec![5, 6], vec![10], ""),
        ans("safety", Done, "Thuis is het rustig. Yasmine weet bij wie ze terecht kan op school.", &["safety.calm_home", "safety.trusted_person"], "Yasmine wil veilig naar school fietsen.", "Yasmine wordt soms lastiggevallen op de fiets.", vec![], vec![11], ""),
    ];
    i.assessments = vec![
        Assessment {
            id: 12,
            date: "2024-02-12".into(),
            rungs: vec![
                entry("work", Some(1), rung(4), rung(5)),
                entry("work", Some(2), rung(2), rung(6)),
                entry("housing", None, rung(4), rung(5)),
                entry("finances", None, rung(2), rung(5)),
                entry("health", Some(2), rung(2), rung(4)),
                entry("safety", None, rung(3), rung(5)),
            ],
        },
        Assessment {
            id: 13,
            date: "2024-06-03".into(),
            rungs: vec![
                entry("work", Some(1), rung(5), rung(6)),
                entry("work", Some(2), rung(3), rung(6)),
                entry("housing", None, rung(4), rung(5)),
                entry("finances", None, rung(3), rung(5)),
                entry("health", Some(1), rung(5), rung(5)),
                entry("health", Some(2), LadderAnswer::RatherNotSay, rung(4)),
                entry("safety", None, rung(4), rung(5)),
            ],
        },
    ];
    let a = |id, what: &str, carrier, by_when: &str, domain: &str, status| Agreement {
        for_members: Vec::new(),
        id,
        what: what.into(),
        carriers: vec![carrier],
        by_when: by_when.into(),
        domain: Some(d(domain)),
        status,
        created: "2024-02-12".into(),
        review_note: String::new(),
    };
    use AgreementStatus::{Agreed, Dropped};
    let done = AgreementStatus::Done;
    let member = |id| Carrier::Member { id };
    i.agreements = vec![
        a(
            14,
            "Foto's maken van de schimmel en mailen naar Domijn",
            member(1),
            "deze week",
            "housing",
            done,
        ),
        a(
            15,
            "Langskomen om de schimmel te bekijken",
            Carrier::Professional { id: 8 },
            "2024-03-01",
            "housing",
            Agreed,
        ),
        a(
            16,
            "Samen de kamer van Daan leeghalen als er geschilderd wordt",
            Carrier::Network { id: 6 },
            "als Domijn komt",
            "housing",
            Agreed,
        ),
        a(
            17,
            "Post elke zaterdag samen openen",
            Carrier::Network { id: 7 },
            "elke zaterdag",
            "finances",
            Agreed,
        ),
        a(
            18,
            "Afspraak maken voor een schuldhulptraject",
            member(2),
            "voor 1 maart",
            "finances",
            done,
        ),
        a(
            19,
            "Overzicht van alle schulden maken",
            Carrier::Professional { id: 9 },
            "2024-04-15",
            "finances",
            Agreed,
        ),
        a(
            20,
            "Meegaan naar de werkbeurs in het stadhuis",
            Carrier::Coach,
            "21 maart",
            "work",
            Agreed,
        ),
        a(
            21,
            "Op dinsdag en donderdag op Daan passen",
            Carrier::Network { id: 5 },
            "vanaf april",
            "work",
            Agreed,
        ),
        a(
            22,
            "Cv bijwerken",
            member(2),
            "voor de werkbeurs",
            "work",
            Agreed,
        ),
        a(
            23,
            "Slaapdagboek bijhouden",
            member(2),
            "twee weken",
            "health",
            Dropped,
        ),
        a(
            24,
            "Met Yasmine een veilige fietsroute zoeken",
            member(3),
            "na de meivakantie",
            "safety",
            Agreed,
        ),
        a(
            25,
            "Met de klas bespreken wat er op de fietsroute gebeurt",
            Carrier::Professional { id: 11 },
            "voor de zomer",
            "safety",
            Agreed,
        ),
    ];
    i.agreements[9].review_note =
        "Werkte niet; liever een gesprek met de praktijkondersteuner.".into();
    i.co_ownership = CoOwnership {
        review_date: "2024-09-02".into(),
        residents: vec![
            Signature {
                name: "Samira El Amrani".into(),
                date: "2024-06-03".into(),
            },
            Signature {
                name: "Jeroen de Vries".into(),
                date: "2024-06-03".into(),
            },
        ],
        coach: Signature {
            name: "Marloes Hendriks".into(),
            date: "2024-06-03".into(),
        },
        last_changed: "2024-06-03T14:20:00Z".into(),
    };
    i.next_id = 25;
    i
}

/// Eight members, all five domains filled, sixty agreements, three
/// assessments. Built from a fixed sequence, so it is the same every time.
fn large() -> Intake {
    const NAMES: [(&str, &str, u16); 8] = [
        ("Anja", "moeder", 1975),
        ("Kees", "vader", 1972),
        ("Opa Gerrit", "opa, woont in", 1948),
        ("Lotte", "dochter", 2001),
        ("Mehmet", "schoonzoon", 1999),
        ("Sem", "zoon", 2008),
        ("Noor", "dochter", 2011),
        ("Bram", "kleinzoon", 2022),
    ];
    const DOMAINS: [&str; 5] = ["work", "housing", "finances", "health", "safety"];
    const STEPS: [&str; 6] = [
        "Bellen met",
        "Samen langsgaan bij",
        "Formulier invullen voor",
        "Een afspraak plannen met",
        "Navragen bij",
        "Papieren verzamelen voor",
    ];
    let mut i = Intake::default();
    i.household.display_name = "Huishouden Wolters".into();
    i.household.contact = ContactPerson {
        name: "Ruud Kamphuis".into(),
        organisation: "Wijkteam Enschede-Zuid".into(),
        reach: "06-12349876".into(),
    };
    for (n, (name, role, year)) in NAMES.iter().enumerate() {
        let id = i.next_id();
        i.household.members.push(Member {
            id,
            name: name.to_string(),
            role: role.to_string(),
            birth_year: Some(*year),
        });
        let _ = n;
    }
    for (n, (name, rel)) in [
        ("Tante Joke", "tante"),
        ("Ali", "buurman"),
        ("Ingrid", "vriendin van Anja"),
        ("Pastor Wim", "kerk"),
        ("Marco", "trainer van Sem"),
    ]
    .iter()
    .enumerate()
    {
        let id = i.next_id();
        i.network.push(NetworkPerson {
            id,
            name: name.to_string(),
            relation: rel.to_string(),
            helps_with: format!(
                "Helpt met {}",
                [
                    "boodschappen",
                    "klussen",
                    "de post",
                    "een luisterend oor",
                    "sport"
                ][n]
            ),
            domains: ds(&[DOMAINS[n % 5], DOMAINS[(n + 2) % 5]]),
        });
    }
    let orgs = [
        ("Domijn", "woonconsulent", "housing"),
        ("Schuldhulpverlening", "schuldhulpverlener", "finances"),
        ("Huisarts De Posten", "huisarts", "health"),
        ("UWV", "werkcoach", "work"),
        ("Jeugdgezondheidszorg", "jeugdverpleegkundige", "health"),
        ("Veilig Thuis Twente", "medewerker", "safety"),
        ("Thuiszorg Twente", "wijkverpleegkundige", "health"),
        ("Leerplicht", "leerplichtambtenaar", "work"),
        ("Sociale Verzekeringsbank", "contactpersoon", "finances"),
        ("Woningstichting", "huismeester", "housing"),
        ("Bibliotheek", "taalcoach", "work"),
    ];
    for (n, (org, role, dom)) in orgs.iter().enumerate() {
        let id = i.next_id();
        let member = i.household.members[n % 8].id;
        i.professionals.push(Professional {
            id,
            organisation: org.to_string(),
            role: role.to_string(),
            contact: format!("053-48{:05}", n * 1111),
            members: if n % 3 == 0 { vec![] } else { vec![member] },
            domains: ds(&[dom]),
        });
    }
    for (n, dom) in DOMAINS.iter().enumerate() {
        i.domains.push(DomainAnswers {
            domain: d(dom),
            status: DomainStatus::Done,
            going_well: format!(
                "Wat goed gaat bij {dom}: we doen het samen en vragen hulp als het nodig is."
            ),
            strengths: Catalogue::standard().domains[n]
                .strengths
                .iter()
                .take(2)
                .map(|s| s.id.clone())
                .collect(),
            wants: format!("Wat we willen bij {dom}: stap voor stap verder, in ons eigen tempo."),
            worries: if n % 2 == 0 {
                "Soms is het veel tegelijk.".into()
            } else {
                String::new()
            },
            network: vec![i.network[n].id],
            professionals: i
                .professionals
                .iter()
                .filter(|p| p.domains[0].as_str() == *dom)
                .map(|p| p.id)
                .collect(),
            notes: format!("Besproken op de eerste avond ({dom})."),
        });
    }
    let member_ids: Vec<Id> = i.household.members.iter().map(|m| m.id).collect();
    for (k, date) in ["2023-09-04", "2024-01-15", "2024-05-27"]
        .iter()
        .enumerate()
    {
        let id = i.next_id();
        let mut rungs = Vec::new();
        for dom in DOMAINS {
            let per_member = dom == "work" || dom == "health";
            let whos: Vec<Option<Id>> = if per_member {
                member_ids.iter().map(|m| Some(*m)).collect()
            } else {
                vec![None]
            };
            for (w, who) in whos.into_iter().enumerate() {
                let base = 1 + ((w + dom.len()) % 3) as u8;
                let now = if (w + k) % 7 == 6 {
                    LadderAnswer::RatherNotSay
                } else {
                    rung(base + k as u8)
                };
                rungs.push(RungEntry {
                    domain: d(dom),
                    member: who,
                    now,
                    wanted: rung(5),
                });
            }
        }
        i.assessments.push(Assessment {
            id,
            date: date.to_string(),
            rungs,
        });
    }
    for n in 0..60usize {
        let id = i.next_id();
        let dom = DOMAINS[n % 5];
        let carrier = match n % 10 {
            0..=3 => Carrier::Member {
                id: member_ids[n % 8],
            },
            4..=6 => Carrier::Network {
                id: i.network[n % 5].id,
            },
            7 => Carrier::Coach,
            8 => Carrier::Professional {
                id: i.professionals[n % 11].id,
            },
            _ => Carrier::Other {
                name: "Gemeente, loket Wonen".into(),
                side: Side::Professionals,
            },
        };
        let status = match n % 9 {
            0 => AgreementStatus::Done,
            4 => AgreementStatus::Dropped,
            _ => AgreementStatus::Agreed,
        };
        i.agreements.push(Agreement {
            for_members: Vec::new(),
            id,
            what: format!("{} {} ({})", STEPS[n % 6], orgs[n % 11].0, n + 1),
            carriers: vec![carrier],
            by_when: if n % 4 == 0 {
                "deze week".into()
            } else {
                format!("2024-{:02}-{:02}", 6 + n % 6, 1 + n % 28)
            },
            domain: Some(d(dom)),
            status,
            created: "2024-05-27".into(),
            review_note: if status == AgreementStatus::Dropped {
                "Niet meer nodig.".into()
            } else {
                String::new()
            },
        });
    }
    i.co_ownership = CoOwnership {
        review_date: "2024-11-25".into(),
        residents: vec![Signature {
            name: "Anja Wolters".into(),
            date: "2024-05-27".into(),
        }],
        coach: Signature {
            name: "Ruud Kamphuis".into(),
            date: "2024-05-27".into(),
        },
        last_changed: "2024-05-27T19:05:00Z".into(),
    };
    i
}

fn sample_agreement(
    id: Id,
    what: &str,
    carrier: Carrier,
    domain: &str,
    status: AgreementStatus,
) -> Agreement {
    Agreement {
        for_members: Vec::new(),
        id,
        what: what.into(),
        carriers: vec![carrier],
        by_when: "deze week".into(),
        domain: (!domain.is_empty()).then(|| d(domain)),
        status,
        created: "2024-03-01".into(),
        review_note: String::new(),
    }
}

/// Two adults, one network person, two professionals, a few agreements
/// (the plan-building tests in `tests/domain_plan.rs`).
fn sample() -> Intake {
    let mut i = Intake::default();
    i.household.display_name = "Familie Bakker".into();
    i.household.contact = ContactPerson {
        name: "Sanne".into(),
        organisation: "Wijkteam Velve".into(),
        reach: "06-12345678".into(),
    };
    i.household.members = vec![
        Member {
            id: 1,
            name: "Ayşe".into(),
            role: "moeder".into(),
            birth_year: Some(1985),
        },
        Member {
            id: 2,
            name: "Tom".into(),
            role: "vader".into(),
            birth_year: None,
        },
    ];
    i.network = vec![NetworkPerson {
        id: 3,
        name: "Oma Riet".into(),
        relation: "oma".into(),
        helps_with: "oppassen".into(),
        domains: vec![d("work")],
    }];
    i.professionals = vec![
        Professional {
            id: 4,
            organisation: "Woningcorporatie Domijn".into(),
            role: "huismeester".into(),
            contact: "053-1234567".into(),
            members: vec![],
            domains: vec![d("housing"), d("finances")],
        },
        Professional {
            id: 5,
            organisation: "Schuldhulp Enschede".into(),
            role: "budgetcoach".into(),
            contact: "info@example.nl".into(),
            members: vec![2],
            domains: vec![d("finances")],
        },
    ];
    // Deliberately in a different order than the catalogue.
    i.domains = vec![
        DomainAnswers {
            domain: d("finances"),
            status: DomainStatus::Done,
            going_well: "We openen de post samen.".into(),
            strengths: vec!["finances.opens_post".into()],
            wants: "Rustig rondkomen.".into(),
            professionals: vec![5],
            ..Default::default()
        },
        DomainAnswers {
            domain: d("work"),
            status: DomainStatus::InProgress,
            going_well: "Ayşe helpt op school.".into(),
            network: vec![3],
            ..Default::default()
        },
        DomainAnswers {
            domain: d("safety"),
            status: DomainStatus::Skipped,
            ..Default::default()
        },
    ];
    i.assessments = vec![
        Assessment {
            id: 10,
            date: "2024-01-10".into(),
            rungs: vec![RungEntry {
                domain: d("work"),
                member: Some(1),
                now: LadderAnswer::Rung(2),
                wanted: LadderAnswer::Rung(4),
            }],
        },
        Assessment {
            id: 11,
            date: "2024-06-10".into(),
            rungs: vec![
                RungEntry {
                    domain: d("work"),
                    member: Some(2),
                    now: LadderAnswer::RatherNotSay,
                    wanted: LadderAnswer::Rung(6),
                },
                RungEntry {
                    domain: d("work"),
                    member: Some(1),
                    now: LadderAnswer::Rung(3),
                    wanted: LadderAnswer::Rung(4),
                },
                RungEntry {
                    domain: d("finances"),
                    member: None,
                    now: LadderAnswer::Rung(4),
                    wanted: LadderAnswer::Rung(6),
                },
            ],
        },
    ];
    use AgreementStatus::*;
    i.agreements = vec![
        sample_agreement(
            20,
            "Huurcontract opzoeken",
            Carrier::Professional { id: 4 },
            "housing",
            Agreed,
        ),
        sample_agreement(
            21,
            "Oppassen op dinsdag",
            Carrier::Network { id: 3 },
            "work",
            Agreed,
        ),
        sample_agreement(
            22,
            "Post openen",
            Carrier::Member { id: 2 },
            "finances",
            Done,
        ),
        sample_agreement(23, "Samen naar de inloop", Carrier::Coach, "work", Agreed),
        sample_agreement(
            24,
            "Formulier invullen",
            Carrier::Member { id: 1 },
            "finances",
            Dropped,
        ),
        sample_agreement(
            25,
            "Boodschappen doen",
            Carrier::Other {
                name: "Buurvrouw Els".into(),
                side: Side::HouseholdAndNetwork,
            },
            "",
            Agreed,
        ),
        sample_agreement(
            26,
            "Budgetplan maken",
            Carrier::Professional { id: 5 },
            "finances",
            Agreed,
        ),
        sample_agreement(
            27,
            "Zwemles regelen",
            Carrier::Member { id: 1 },
            "health",
            Agreed,
        ),
    ];
    i.co_ownership = CoOwnership {
        review_date: "2024-09-01".into(),
        residents: vec![Signature {
            name: "Ayşe".into(),
            date: "2024-06-10".into(),
        }],
        coach: Signature {
            name: "Sanne".into(),
            date: "2024-06-10".into(),
        },
        last_changed: "2024-06-10T10:00:00Z".into(),
    };
    i.next_id = 27;
    i
}

/// Every text field filled with [`evil`]: household, members, contact,
/// network, professionals, answers (also an unknown strength id), rungs in
/// two assessments, agreements for every kind of carrier, signatures
/// (not dates: those are real days or refused).
fn hostile() -> Intake {
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
            date: "2024-02-12".into(),
            rungs: vec![rung("work", Some(1), 2, 4), rung("housing", None, 3, 5)],
        },
        Assessment {
            id: 5,
            date: "2024-06-03".into(),
            rungs: vec![rung("work", Some(1), 3, 5), rung("housing", None, 3, 5)],
        },
    ];
    let agreement = |id, carrier, domain: Option<&str>| Agreement {
        for_members: Vec::new(),
        id,
        what: evil(100 + id),
        carriers: vec![carrier],
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
        // Dates must be real days (the core refuses others, see
        // `tests/domain_dates.rs`), so they carry no markup here.
        review_date: "2024-09-02".into(),
        residents: vec![Signature {
            name: evil(24),
            date: "2024-06-10".into(),
        }],
        coach: Signature {
            name: evil(26),
            date: "2024-06-11".into(),
        },
        last_changed: "2024-06-10T10:00:00Z".into(),
    };
    i.next_id = 10;
    i
}

fn check(name: &str, intake: Intake) {
    let path = fixture_path(name);
    let json = to_json(&intake);
    if std::env::var_os("UPDATE_FIXTURES").is_some() {
        std::fs::write(&path, &json).unwrap();
    }
    let on_disk = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}. Run UPDATE_FIXTURES=1 cargo test --test domain_fixtures",
            path.display()
        )
    });
    assert_eq!(
        from_json(&on_disk).expect("fixture loads"),
        intake,
        "{name} is out of date: run UPDATE_FIXTURES=1 cargo test --test domain_fixtures"
    );
    assert_eq!(on_disk, json, "{name} is not in the form the app writes");
}

#[test]
fn empty_fixture() {
    check("empty.json", empty());
}

#[test]
fn typical_fixture() {
    let i = typical();
    assert_eq!(i.household.members.len(), 4);
    assert_eq!(i.network.len(), 3);
    assert_eq!(i.professionals.len(), 4);
    assert_eq!(i.agreements.len(), 12);
    let p = build_plan(&i, &Catalogue::standard());
    assert_eq!(p.domains.len(), 5);
    check("typical.json", i);
}

#[test]
fn large_fixture() {
    let i = large();
    assert_eq!(i.household.members.len(), 8);
    assert_eq!(i.agreements.len(), 60);
    assert_eq!(i.assessments.len(), 3);
    let p = build_plan(&i, &Catalogue::standard());
    assert_eq!(p.domains.len(), 5);
    assert!(p
        .domains
        .iter()
        .all(|d| !d.going_well.is_empty() && !d.rungs.is_empty()));
    check("large.json", i);
}

#[test]
fn sample_fixture() {
    let i = sample();
    assert_eq!(i.household.members.len(), 2);
    check("sample.json", i);
}

#[test]
fn hostile_fixture() {
    let i = hostile();
    check("hostile.json", i);
}
