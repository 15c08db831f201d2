//! Download names: safe characters only, readable, never empty.

use keukentafel::document::file_name;

#[test]
fn household_and_date() {
    assert_eq!(
        file_name("Familie Jansen", "2026-11-22", "html"),
        "plan-familie-jansen-2026-11-22.html"
    );
    assert_eq!(
        file_name("Familie Jansen", "2026-11-22", "json"),
        "plan-familie-jansen-2026-11-22.json"
    );
}

#[test]
fn diacritics_are_folded() {
    assert_eq!(file_name("Ayşe Çelik", "", "html"), "plan-ayse-celik.html");
    assert_eq!(file_name("Zoë & Renée", "", "html"), "plan-zoe-renee.html");
    assert_eq!(
        file_name("Straße Øster Łukasz", "", "json"),
        "plan-strasse-oster-lukasz.json"
    );
    assert_eq!(file_name("ÉÇÖ", "", "html"), "plan-eco.html");
}

#[test]
fn only_safe_characters_and_no_double_dashes() {
    let names = [
        "../../etc/passwd",
        "<script>alert(1)</script>",
        "Familie El Amrani – De Vries",
        "  a  --  b  ",
        "C:\\con\\nul",
        "名前 Ahmed",
        "emoji 👪 family",
        "line\nbreak\ttab",
    ];
    for n in names {
        let f = file_name(n, "2026-11-22", "html");
        let stem = f.strip_suffix(".html").unwrap();
        assert!(
            stem.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "{f}"
        );
        assert!(!stem.contains("--") && !stem.ends_with('-'), "{f}");
        assert!(stem.starts_with("plan-"), "{f}");
    }
    assert_eq!(
        file_name("Familie El Amrani – De Vries", "2026-11-22", "html"),
        "plan-familie-el-amrani-de-vries-2026-11-22.html"
    );
    assert_eq!(file_name("名前 Ahmed", "", "html"), "plan-ahmed.html");
}

#[test]
fn falls_back_to_plan() {
    assert_eq!(file_name("", "", "html"), "plan.html");
    assert_eq!(file_name("名前", "", "html"), "plan.html");
    assert_eq!(
        file_name("!!!", "2026-11-22", "html"),
        "plan-2026-11-22.html"
    );
    assert_eq!(file_name("", "", ""), "plan");
    assert_eq!(file_name("x", "", ".HTML"), "plan-x.html");
}

#[test]
fn long_names_are_cut_without_a_trailing_dash() {
    let long = "Familie ".repeat(40);
    let f = file_name(&long, "2026-11-22", "html");
    assert!(
        f.len() <= "plan-".len() + 40 + 1 + 10 + ".html".len(),
        "{f}"
    );
    assert!(!f.contains("--"));
    // Dates are cut too, so a pasted time does not end up in the name.
    assert_eq!(
        file_name("a", "2026-11-22T10:00:00Z", "json"),
        "plan-a-2026-11-22.json"
    );
}
