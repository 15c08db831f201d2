//! The plan as the household reads it: order, contents, headings, the
//! partial-copy notice, the chart with its text alternative.

mod document_support;

use document_support::{heading_levels, plan_of, typical};
use keukentafel::document::{render_chart, render_plan};
use keukentafel::domain::plan::{redact, Redaction, Section};
use keukentafel::domain::{DomainId, Lang};

fn html(lang: Lang) -> String {
    render_plan(&plan_of(&typical()), lang, "2026-11-22")
}

fn pos(html: &str, needle: &str) -> usize {
    html.find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in the plan"))
}

#[test]
fn is_an_article_in_the_chosen_language() {
    for lang in Lang::ALL {
        let h = html(lang);
        // The article always says its direction, so it reads right inside
        // a page (or host) of the other direction.
        let dir = lang.dir();
        assert!(h.starts_with(&format!(
            "<article class=\"kt-plan\" lang=\"{}\" dir=\"{dir}\">",
            lang.code()
        )));
        assert!(h.trim_end().ends_with("</article>"));
    }
    assert!(html(Lang::Nl).contains(">Uw plan "));
    assert!(html(Lang::En).contains(">Your plan "));
}

#[test]
fn contact_person_comes_first_then_the_domains() {
    let p = plan_of(&typical());
    let h = html(Lang::Nl);
    let contact = pos(&h, &p.contact.name);
    assert!(contact < pos(&h, "Uw contactpersoon") + 200);
    assert!(contact < pos(&h, p.domains[0].name.get(Lang::Nl)));
    assert!(h.contains(&p.contact.reach));
}

#[test]
fn strengths_come_before_worries_in_every_domain() {
    let p = plan_of(&typical());
    let h = html(Lang::Nl);
    let mut with_worries = 0;
    for (i, d) in p.domains.iter().enumerate() {
        let start = pos(&h, &format!(">{}</h", d.name.get(Lang::Nl)));
        let end = p.domains.get(i + 1).map_or(h.len(), |n| {
            pos(&h, &format!(">{}</h", n.name.get(Lang::Nl)))
        });
        let section = &h[start..end];
        let well = pos(section, "Wat gaat goed");
        if let Some(s) = d.strengths.first() {
            assert!(well < pos(section, s.get(Lang::Nl)));
        }
        assert!(well < pos(section, "Wat u wilt"), "{}", d.id.as_str());
        if !d.worries.is_empty() {
            with_worries += 1;
            let worries = pos(section, "Waar u zich zorgen over maakt");
            assert!(well < worries && pos(section, "Wat u wilt") < worries);
        }
    }
    assert!(with_worries > 0, "the fixture should have worries to order");
}

#[test]
fn shows_rungs_with_their_texts_and_the_movement() {
    let p = plan_of(&typical());
    let h = html(Lang::Nl);
    let r = p
        .domains
        .iter()
        .flat_map(|d| &d.rungs)
        .find(|r| r.movement.is_some())
        .unwrap();
    assert!(h.contains(r.now_text.as_ref().unwrap().get(Lang::Nl)));
    assert!(h.contains(r.wanted_text.as_ref().unwrap().get(Lang::Nl)));
    assert!(h.contains("1 trede omhoog"));
    assert!(html(Lang::En).contains("1 step up"));
}

#[test]
fn all_agreements_grouped_with_the_share_in_plain_numbers() {
    let p = plan_of(&typical());
    let h = html(Lang::Nl);
    let all = pos(&h, "Alle afspraken</h");
    for g in &p.agreements {
        for a in &g.agreements {
            assert!(h[all..].contains(&keukentafel::document::escape(&a.what)));
        }
    }
    let s = &p.share;
    let total = s.household_and_network + s.professionals;
    assert!(h.contains(&format!(
        "{} van de {total} ({}%)",
        s.household_and_network,
        s.household_and_network_percent.unwrap()
    )));
    assert!(h.contains("<th scope=\"rowgroup\""));
    assert!(h.contains("<thead>"));
}

#[test]
fn everyone_involved_review_signatures_fingerprint_and_date() {
    let p = plan_of(&typical());
    let h = html(Lang::Nl);
    for person in &p.involved {
        assert!(h.contains(&keukentafel::document::escape(&person.name)));
    }
    assert!(h.contains("2 september 2024"), "review date in words");
    for r in &p.residents {
        assert!(h.contains(&r.name));
    }
    assert!(h.contains(&p.fingerprint));
    assert!(h.contains("Afgedrukt of opgeslagen op: 22 november 2026"));
    assert!(h.contains("Handtekening"));
}

#[test]
fn empty_signatures_leave_lines_to_sign() {
    let mut intake = typical();
    intake.co_ownership.residents.clear();
    intake.co_ownership.coach = Default::default();
    intake.co_ownership.review_date.clear();
    let h = render_plan(&plan_of(&intake), Lang::Nl, "2026-11-22");
    // Review date, resident name, date, signature; coach name, date, signature.
    assert_eq!(h.matches("class=\"kt-plan__line\"").count(), 7);
    // A line meant to be written on is not "not filled in yet".
    let sign_off = &h[h.find("kt-plan__line").unwrap()..];
    assert!(!sign_off.contains("nog niet ingevuld"), "{sign_off}");
    assert_eq!(sign_off.matches("hier met de hand invullen").count(), 7);
}

#[test]
fn a_wanted_rung_left_open_was_asked_and_says_not_filled_in() {
    use keukentafel::domain::LadderAnswer;
    let mut intake = typical();
    let a = intake.assessments.last_mut().unwrap();
    let r = a.rungs.iter_mut().find(|r| r.now.rung().is_some()).unwrap();
    r.wanted = LadderAnswer::NotAsked;
    for (lang, open, asked) in [
        (Lang::Nl, "niet ingevuld", "niet gevraagd"),
        (Lang::En, "not filled in", "not asked"),
    ] {
        let h = render_plan(&plan_of(&intake), lang, "2026-11-22");
        assert!(h.contains(open), "{lang:?}");
        assert!(!h.contains(asked), "{lang:?}");
    }
}

#[test]
fn headings_start_at_h2_and_never_skip_a_level() {
    let levels = heading_levels(&html(Lang::Nl));
    assert_eq!(levels[0], 2);
    assert_eq!(levels.iter().filter(|l| **l == 2).count(), 1, "one title");
    for w in levels.windows(2) {
        assert!(w[1] <= w[0] + 1, "skipped from h{} to h{}", w[0], w[1]);
    }
}

#[test]
fn no_inline_styles_or_colour_only_meaning() {
    let h = html(Lang::Nl);
    // A strict CSP blocks style attributes; the app sets this as inner HTML.
    assert!(!h.contains(" style="));
    // Status is a word.
    assert!(h.contains("afgesproken") && h.contains("gedaan"));
}

#[test]
fn chart_is_svg_with_a_name_and_a_table_beside_it() {
    let p = plan_of(&typical());
    let h = html(Lang::Nl);
    let svg = pos(&h, "<svg");
    let tag = &h[svg..svg + h[svg..].find('>').unwrap()];
    assert!(tag.contains("role=\"img\""));
    let id = tag
        .split("aria-labelledby=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap();
    assert!(h.contains(&format!("<title id=\"{id}\">")));
    let table = pos(
        &h[svg..],
        "<table class=\"kt-plan__table kt-plan__chart-table\">",
    );
    assert!(h[svg + table..].contains("<caption>Waar u staat, per leefgebied</caption>"));
    // One row per ladder line, in the chart and in the table.
    let lines: usize = p.domains.iter().map(|d| d.rungs.len()).sum();
    let chart = render_chart(&p, Lang::Nl, "t");
    let rows = chart
        .split("<tbody>")
        .nth(1)
        .unwrap()
        .matches("<tr>")
        .count();
    assert_eq!(rows, lines);
    // Black-and-white: three different shapes, no colour names.
    assert!(chart.contains("<circle") && chart.contains("<rect") && chart.contains("<path"));
    for colour in ["red", "green", "blue", "#"] {
        assert!(!chart.contains(&format!("fill=\"{colour}")), "{colour}");
    }
}

#[test]
fn no_chart_without_ladder_answers() {
    let mut intake = typical();
    intake.assessments.clear();
    let h = render_plan(&plan_of(&intake), Lang::Nl, "2026-11-22");
    assert!(!h.contains("<svg"));
    assert!(render_chart(&plan_of(&intake), Lang::Nl, "t").is_empty());
}

#[test]
fn a_redacted_copy_says_on_its_face_what_is_left_out() {
    let full = plan_of(&typical());
    let keep = Redaction {
        domains: full
            .domains
            .iter()
            .map(|d| d.id.clone())
            .filter(|d| d != &DomainId::new("finances"))
            .collect(),
        sections: Section::ALL
            .into_iter()
            .filter(|s| *s != Section::Worries)
            .collect(),
        ..Default::default()
    };
    let copy = redact(&full, &keep);
    let h = render_plan(&copy, Lang::Nl, "2026-11-22");
    let notice = pos(&h, "Dit is een deel van het plan");
    assert!(
        notice < pos(&h, "Uw contactpersoon"),
        "on its face, near the top"
    );
    let end = notice + h[notice..].find("</div>").unwrap();
    assert!(h[notice..end].contains("<li>Geld</li>"));
    assert!(h[notice..end].contains("<li>Waar u zich zorgen over maakt</li>"));
    assert!(!h.contains(">Geld</h"), "the left-out domain is not shown");
    assert!(!h.contains("Waar u zich zorgen over maakt</h"));
    assert!(h.contains(&copy.fingerprint) && !h.contains(&full.fingerprint));
    // The full plan has no notice.
    assert!(!html(Lang::Nl).contains("kt-plan__partial"));
}

#[test]
fn left_out_sections_are_not_rendered_at_all() {
    let full = plan_of(&typical());
    let keep = Redaction {
        domains: full.domains.iter().map(|d| d.id.clone()).collect(),
        sections: vec![Section::GoingWell, Section::Wants],
        ..Default::default()
    };
    let h = render_plan(&redact(&full, &keep), Lang::Nl, "2026-11-22");
    for gone in [
        "Alle afspraken</h",
        "Wie helpt</h",
        "Samen weer kijken</h",
        "<svg",
    ] {
        assert!(!h.contains(gone), "{gone}");
    }
    assert!(h.contains("Wat gaat goed</h"));
}

#[test]
fn a_plan_without_sign_off_leaves_out_the_sign_off_block_and_keeps_its_fingerprint() {
    let full = document_support::plan_of(&document_support::typical());
    let mut resident = full.clone();
    resident.without_sign_off = true;
    let with = keukentafel::document::render_plan(&full, Lang::Nl, "2026-11-23");
    let without = keukentafel::document::render_plan(&resident, Lang::Nl, "2026-11-23");
    assert!(
        with.contains("kt-plan__signoff"),
        "the full plan has the sign-off block"
    );
    assert!(
        !without.contains("kt-plan__signoff"),
        "a resident's plan has none"
    );
    assert_eq!(resident.fingerprint, full.fingerprint);
    assert!(without.contains(&full.fingerprint));
}

#[test]
fn a_domain_done_with_nothing_in_it_says_nothing_recorded() {
    use keukentafel::domain::{DomainStatus, Intake};
    let mut intake = Intake::default();
    intake.domain_mut(&DomainId::new("safety")).status = DomainStatus::Done;
    let p = plan_of(&intake);
    let h = render_plan(&p, Lang::Nl, "2026-11-22");
    let at = pos(&h, ">Veiligheid<");
    assert!(h[at..].contains("Niets vastgelegd."));
    assert!(render_plan(&p, Lang::En, "2026-11-22").contains("Nothing recorded."));
    // A domain with something in it does not say so.
    assert!(!html(Lang::Nl).contains("Niets vastgelegd."));
}

#[test]
fn an_agreement_says_whom_it_is_for_in_its_domain_and_in_the_list() {
    let mut intake = typical();
    let sam = intake.household.members[0].clone();
    intake.agreements[0].for_members = vec![sam.id];
    // Names are typed text, isolated in <bdi>: compare the words.
    let words = |h: String| h.replace("<bdi>", "").replace("</bdi>", "");
    let h = words(render_plan(&plan_of(&intake), Lang::Nl, "2026-11-22"));
    assert!(h.contains(&format!("Voor: {}.", sam.name)), "in the domain");
    assert!(
        h.contains(&format!("(voor {})", sam.name)),
        "in the list of all agreements"
    );
    let en = words(render_plan(&plan_of(&intake), Lang::En, "2026-11-22"));
    assert!(en.contains(&format!("For: {}.", sam.name)));
    // Nobody named: nothing said.
    assert!(!html(Lang::Nl).contains("Voor: "));
}

#[test]
fn the_share_has_three_groups_and_says_how_shared_ones_count() {
    let mut i = typical();
    let org = i.professionals[0].clone();
    i.agreements[0]
        .carriers
        .push(keukentafel::domain::Carrier::Professional { id: org.id });
    let p = plan_of(&i);
    assert_eq!(p.share.together, 1);
    let h = render_plan(&p, Lang::Nl, "2026-11-22");
    let share = &h[pos(&h, "Wie doet de afspraken")..];
    let (hn, with, pro) = (
        pos(share, "U en uw netwerk"),
        pos(share, "Samen met contactpersoon of organisatie"),
        pos(share, "Contactpersoon en organisaties"),
    );
    assert!(hn < with && with < pro);
    assert!(share.contains("dan telt die één keer"));
    // The row and the domain name the one it is done with.
    let with = format!("samen met <bdi>{}</bdi>", org.organisation);
    assert!(h.contains(&format!("({with})")), "the list's row");
    assert!(h.contains(&format!(", {with}")), "the domain's list");
    // Without shared ones, the "together" group reads 0.
    let plain = html(Lang::En);
    assert!(plain.contains("Together with the contact person or an organisation"));
    assert!(plain.contains("counts once"));
}
