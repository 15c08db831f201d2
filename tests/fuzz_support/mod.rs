//! The properties the importer, the draft reader, the format migrations,
//! the move of old drafts and the three-way merge must keep for ANY input.
//! One copy, used by the fuzz targets in `fuzz/` (through `#[path]`) and by
//! the native smoke `tests/fuzz_smoke.rs`, so `cargo test` keeps checking
//! what the fuzzer checks. Every check panics with the property it broke:
//! the fuzzer records a panic as a crash with its input.
#![allow(dead_code)]

use std::collections::BTreeMap;

use keukentafel::document::export_html;
use keukentafel::domain::catalogue::Catalogue;
use keukentafel::domain::clean::is_removed;
use keukentafel::domain::edit::*;
use keukentafel::domain::format::{
    self, load, load_any, to_json, LoadError, LoadErrorKind, Loaded, MAX_HTML_BYTES, VERSION,
};
use keukentafel::domain::import::{decide_import, ImportDecision};
use keukentafel::domain::locked::{self, SealedError};
use keukentafel::domain::merge::{merge, take_theirs};
use keukentafel::domain::plan::build_plan;
use keukentafel::domain::text::Lang;
use keukentafel::domain::*;
use keukentafel::storage::migrate;
use keukentafel::storage::{DraftId, Drafts, LoadedDraft, MemoryStore};
use serde_json::Value;

/// The date the exporter prints (any fixed day: the data does not hold it).
const PRINTED_ON: &str = "2026-11-23";
/// The namespace of the default embedding.
const NAMESPACE: &str = "keukentafel";

/// (a) A file chosen in "Een plan openen", as bytes on the device.
pub fn check_chosen_file(bytes: &[u8]) {
    let outcome = read_as_browser(bytes).and_then(|text| load_any(&text).map(|l| (text, l)));
    match outcome {
        Err(e) => check_refusal(&e, bytes.len()),
        Ok((text, loaded)) => check_accepted(&text, loaded),
    }
}

/// What the browser hands the app (`ui::components::import_plan`): a file
/// larger than any plan page is refused unread; otherwise
/// `FileReader.readAsText`, which decodes UTF-8 with invalid bytes
/// replaced and drops a leading byte order mark.
pub fn read_as_browser(bytes: &[u8]) -> Result<String, LoadError> {
    if bytes.len() > MAX_HTML_BYTES {
        let kind = LoadErrorKind::TooLargeToOpen { bytes: bytes.len() };
        return Err(LoadError::new("", kind));
    }
    let text = String::from_utf8_lossy(bytes);
    Ok(text.strip_prefix('\u{FEFF}').unwrap_or(&text).to_string())
}

/// A refusal is a typed error whose message is a sentence in every
/// language, with no placeholder left, naming a place that reads plainly.
pub fn check_refusal(e: &LoadError, input_bytes: usize) {
    for lang in Lang::ALL {
        let reason = LoadError::new("", e.kind.clone()).message(lang);
        assert!(!reason.trim().is_empty(), "{lang:?}: empty message {e:?}");
        assert!(
            !reason.contains('{') && !reason.contains('}'),
            "{lang:?}: placeholder left in {reason:?}"
        );
        let message = e.message(lang);
        assert!(
            message.contains(&e.place(lang)),
            "{lang:?}: place not named"
        );
    }
    assert_plain_place(&e.path);
    match e.kind {
        LoadErrorKind::FileTooLarge { bytes, limit } => {
            assert!(bytes > limit, "too large under the limit: {e:?}");
            assert!(bytes <= input_bytes, "size beyond the input: {e:?}");
        }
        LoadErrorKind::TooLargeToOpen { bytes } => {
            assert!(bytes > MAX_HTML_BYTES && bytes == input_bytes, "{e:?}")
        }
        _ => {}
    }
}

/// A place in the file as the person reads it (in a message, or the list
/// of fields left out): nothing in it scrambles the sentence around it,
/// and no one key of it is longer than a line.
pub fn assert_plain_place(place: &str) {
    assert!(
        !place.chars().any(is_removed),
        "the place holds characters that scramble text: {place:?}"
    );
    for part in place.split('.') {
        let chars = part.chars().count();
        assert!(chars <= 60, "a key of {chars} characters in the place");
    }
}

/// An accepted file holds a valid, clean intake that round-trips: its own
/// plan file and its own HTML export open again as the same plan with the
/// same fingerprint, at once; the same plan on the device is recognised.
pub fn check_accepted(text: &str, loaded: Loaded) {
    let catalogue = Catalogue::standard();
    let intake = loaded.intake.clone();
    assert!(
        (1..=VERSION).contains(&loaded.from_version),
        "version {}",
        loaded.from_version
    );
    if let Ok(Value::Object(doc)) = serde_json::from_str::<Value>(text) {
        let version = doc.get("version").and_then(Value::as_u64);
        assert_eq!(
            version,
            Some(u64::from(loaded.from_version)),
            "from_version"
        );
    }
    assert_clean(&intake);
    for place in &loaded.dropped_fields {
        assert_plain_place(place);
    }

    // The plan file this app writes for it.
    let json = to_json(&intake);
    let again = load(&json).unwrap_or_else(|e| panic!("own file refused: {e:?}"));
    assert_same(&again.intake, &intake, "plan file round trip");
    assert_eq!(again.from_version, VERSION);
    assert_eq!(again.dropped_fields, Vec::<String>::new(), "own file drops");
    assert_eq!(again.cleaned_chars, 0, "own file cleaned");
    assert_eq!(to_json(&again.intake), json, "writing is stable");

    // The HTML export of it, in a language the input picks.
    let plan = build_plan(&intake, &catalogue);
    let lang = Lang::ALL[text.len() % Lang::ALL.len()];
    let html = export_html(&plan, &json, lang, PRINTED_ON);
    let back = load_any(&html).unwrap_or_else(|e| panic!("own export refused: {e:?}"));
    assert_same(&back.intake, &intake, "HTML export round trip");
    assert_eq!(
        back.printed_fingerprints,
        vec![plan.fingerprint.clone()],
        "the export prints exactly its own fingerprint"
    );
    assert_eq!(
        build_plan(&back.intake, &catalogue).fingerprint,
        plan.fingerprint
    );
    let opened = decide_import(back, &catalogue, std::iter::empty::<((), &Intake)>());
    assert_eq!(
        opened,
        ImportDecision::Open(Box::new(intake.clone())),
        "an untouched export opens at once"
    );

    // The same plan already on the device is named, never opened over.
    let here = [("here", &intake)];
    match decide_import(loaded.clone(), &catalogue, here) {
        ImportDecision::Ask { same: Some(s), .. } => {
            assert_eq!(s.key, "here");
            assert_eq!(s.fingerprint, plan.fingerprint);
        }
        other => panic!("the same plan was not recognised: {other:?}"),
    }

    // Opened at once exactly when nothing needs telling.
    let quiet = loaded.dropped_fields.is_empty() && loaded.cleaned_chars == 0;
    let fresh = decide_import(loaded, &catalogue, std::iter::empty::<((), &Intake)>());
    match fresh {
        ImportDecision::Open(i) => {
            assert!(quiet, "opened without telling");
            assert_eq!(*i, intake);
        }
        ImportDecision::Ask { same, mismatch, .. } => {
            assert!(same.is_none());
            assert!(!quiet || mismatch.is_some(), "asked for nothing");
        }
    }
}

/// Panics unless `a` and `b` are the same intake, naming the first line
/// of their plan files that differs (a whole intake is too long to read).
fn assert_same(a: &Intake, b: &Intake, what: &str) {
    if a == b {
        return;
    }
    let (ja, jb) = (to_json(a), to_json(b));
    let first = ja
        .lines()
        .zip(jb.lines())
        .position(|(x, y)| x != y)
        .unwrap_or(ja.lines().count().min(jb.lines().count()));
    let line = |j: &str| j.lines().nth(first).unwrap_or("(end)").to_string();
    panic!(
        "{what}: line {first} differs: {:?} / {:?}",
        line(&ja),
        line(&jb)
    );
}

/// No text of the intake holds a character the cleaner removes.
fn assert_clean(intake: &Intake) {
    let mut value: Value = serde_json::from_str(&to_json(intake)).expect("own JSON parses");
    let removed = keukentafel::domain::clean::clean_json(&mut value);
    assert_eq!(removed, 0, "an accepted plan holds scrambling characters");
}

/// (b) A text found in storage under a draft's key: a plan of any
/// version (upgraded on read), a sealed (locked) record, or damage.
pub fn check_stored_draft(text: &str) {
    let drafts = Drafts::new(MemoryStore::new(), NAMESPACE);
    let id = DraftId("20261123T101500-fuzz".into());
    drafts.save_json(&id, text).expect("memory store takes it");
    let listed = drafts.list().expect("memory store lists");
    assert_eq!(listed.len(), 1, "the draft is listed");
    match drafts.load(&id).expect("memory store reads") {
        LoadedDraft::Ok(intake) => {
            assert_eq!(listed[0].draft, LoadedDraft::Ok(intake.clone()));
            let loaded = load(text).expect("read as a draft, so it loads");
            assert_same(&intake, &loaded.intake, "draft read");
            assert_clean(&intake);
            // Saved and read again: the same, now in this version.
            drafts.save(&id, &intake).expect("memory store takes it");
            let raw = drafts.raw(&id).expect("just saved");
            assert_eq!(raw, to_json(&intake));
            assert_eq!(
                drafts.load(&id).expect("memory store reads"),
                LoadedDraft::Ok(intake)
            );
        }
        LoadedDraft::Damaged { raw, error } => {
            // Kept as stored, byte for byte, with its reason.
            assert_eq!(raw, text, "a damaged draft changed");
            assert_eq!(drafts.raw(&id).as_deref(), Some(text));
            check_refusal(&error, text.len());
        }
    }
    check_sealed(text);
}

/// A sealed record: refused with a typed reason, or read with every field
/// in range and written back the same.
pub fn check_sealed(text: &str) {
    let parsed = locked::parse(text);
    if !locked::is_sealed(text) {
        assert_eq!(parsed, Err(SealedError::NotSealed), "not sealed, yet read");
        return;
    }
    let Ok(parts) = parsed else { return };
    assert_eq!(parts.salt.len(), locked::SALT_BYTES);
    assert_eq!(parts.iv.len(), locked::IV_BYTES);
    assert!(parts.ciphertext.len() >= locked::TAG_BYTES);
    assert!(parts.ciphertext.len() <= locked::MAX_CIPHERTEXT_BYTES);
    assert!((locked::MIN_ITERATIONS..=locked::MAX_ITERATIONS).contains(&parts.iterations));
    assert!(!parts.label.trim().is_empty());
    assert!(parts.label.chars().count() <= locked::MAX_LABEL_CHARS);
    assert!(!parts.label.chars().any(is_removed), "label scrambles");
    assert_eq!(
        locked::parse(&parts.to_json()),
        Ok(parts),
        "sealed round trip"
    );
    assert!(format::from_json(text).is_err(), "both sealed and a plan");
}

/// (b) The move of drafts from `localStorage` into the durable store:
/// `entries` as (in the durable store already?, key, value).
pub fn check_legacy_move(entries: &[(bool, String, String)]) {
    let durable: BTreeMap<String, String> = entries
        .iter()
        .filter(|e| e.0)
        .map(|(_, k, v)| (k.clone(), v.clone()))
        .collect();
    // localStorage holds one value per key: the last one written.
    let legacy: BTreeMap<String, String> = entries
        .iter()
        .filter(|e| !e.0)
        .map(|(_, k, v)| (k.clone(), v.clone()))
        .collect();
    let m = migrate::plan(NAMESPACE, &durable, legacy.clone());
    for key in &m.remove {
        assert!(migrate::is_legacy_key(NAMESPACE, key), "removes {key:?}");
        assert!(legacy.contains_key(key), "removes what was not there");
    }
    for (key, value) in &m.write {
        assert!(!durable.contains_key(key), "overwrites the durable {key:?}");
        assert_eq!(value.as_ref(), legacy.get(key), "writes another value");
        assert!(m.remove.contains(key), "written but left behind: {key:?}");
    }
    // After the move: every old draft is in the durable store, and what is
    // left in localStorage is exactly what was not ours to move.
    let mut after = durable.clone();
    for (key, value) in &m.write {
        after.insert(key.clone(), value.clone().expect("a write, not a removal"));
    }
    for (key, value) in &legacy {
        let ours = migrate::is_legacy_key(NAMESPACE, key);
        assert_eq!(m.remove.contains(key), ours, "{key:?}");
        if ours {
            let kept = after.get(key).expect("an old draft was lost");
            if !durable.contains_key(key) {
                assert_eq!(kept, value);
            }
        }
        if let Some(rest) = key.strip_prefix(&format!("{NAMESPACE}.")) {
            if rest.starts_with("setting.") {
                assert!(!ours, "a setting moved: {key:?}");
            }
        }
    }
    assert_eq!(m.is_empty(), m.remove.is_empty());
}

/// (c) Two sides edited from one base, merged: with an unchanged side the
/// result is the other side; otherwise a valid intake (its file loads
/// back as itself) with conflicts that are real and resolvable.
pub fn check_merge(base: &Intake, mine: &Intake, theirs: &Intake) {
    let one = merge(base, mine, base);
    assert_same(&one.intake, mine, "merge with an unchanged theirs");
    assert!(one.conflicts.is_empty());
    let other = merge(base, base, theirs);
    assert_same(&other.intake, theirs, "merge with an unchanged mine");
    assert!(other.conflicts.is_empty());

    let merged = merge(base, mine, theirs);
    assert_valid_file(&merged.intake, "merged");
    let mut chosen = merged.intake.clone();
    for c in &merged.conflicts {
        assert_ne!(c.mine, c.theirs, "a conflict with the same value: {c:?}");
        chosen = take_theirs(&chosen, c);
    }
    assert_valid_file(&chosen, "every conflict given to theirs");
    let back = merge(base, theirs, mine);
    let paths = |cs: &[keukentafel::domain::merge::Conflict]| {
        cs.iter().map(|c| c.path.clone()).collect::<Vec<_>>()
    };
    assert_eq!(
        paths(&merged.conflicts),
        paths(&back.conflicts),
        "conflicts differ by side"
    );
}

fn assert_valid_file(intake: &Intake, what: &str) {
    let json = to_json(intake);
    match format::from_json(&json) {
        Ok(back) => assert_same(&back, intake, &format!("{what}: file round trip")),
        Err(e) => panic!("{what}: the file is refused: {e:?}"),
    }
}

/// Reads bytes as a sequence of edits: a small instruction set so a
/// fuzzer's mutations stay meaningful (each byte picks an edit or one of
/// its arguments; ids are small so they often hit someone).
pub struct EditReader<'a> {
    bytes: &'a [u8],
}

impl<'a> EditReader<'a> {
    pub fn new(bytes: &'a [u8]) -> Self {
        Self { bytes }
    }

    fn byte(&mut self) -> u8 {
        let (first, rest) = self.bytes.split_first().unwrap_or((&0, &[]));
        self.bytes = rest;
        *first
    }

    pub fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }

    fn id(&mut self) -> Id {
        u32::from(self.byte() % 16)
    }

    fn text(&mut self) -> String {
        const TEXTS: [&str; 12] = [
            "",
            "Jansen",
            "Samira",
            "<script>alert(1)</script>",
            "a\u{202E}b",
            "2026-02-30",
            "2026-11-23",
            "1986",
            "x\u{7}y\r\n",
            "kt-plan__code\">0000",
            "&amp; \"quotes\"",
            "عائلة",
        ];
        let pick = self.byte();
        if pick < 200 {
            return TEXTS[usize::from(pick) % TEXTS.len()].to_string();
        }
        let len = usize::from(self.byte() % 12);
        let raw: Vec<u8> = (0..len).map(|_| self.byte()).collect();
        String::from_utf8_lossy(&raw).into_owned()
    }

    fn domain(&mut self) -> DomainId {
        const DOMAINS: [&str; 6] = ["work", "housing", "finances", "health", "safety", "own"];
        DomainId::new(DOMAINS[usize::from(self.byte()) % DOMAINS.len()])
    }

    fn list(&mut self) -> PeopleList {
        [
            PeopleList::Members,
            PeopleList::Network,
            PeopleList::Professionals,
        ][usize::from(self.byte() % 3)]
    }

    fn pick(&mut self) -> CarrierPick {
        match self.byte() % 5 {
            0 => CarrierPick::Member(self.id()),
            1 => CarrierPick::Network(self.id()),
            2 => CarrierPick::Professional(self.id()),
            3 => CarrierPick::Coach,
            _ => CarrierPick::Other,
        }
    }

    fn on(&mut self) -> bool {
        self.byte().is_multiple_of(2)
    }

    /// The next edit, or `None` at a separator (byte 0xFF) or the end.
    pub fn edit(&mut self) -> Option<Edit> {
        if self.bytes.is_empty() {
            return None;
        }
        let today = "2026-11-23".to_string();
        let op = self.byte();
        Some(match op % 24 {
            _ if op == 0xFF => return None,
            0 => Edit::SetText(IntakeText::HouseholdName, self.text()),
            1 => Edit::SetText(IntakeText::ReviewDate, self.text()),
            2 => Edit::AddPerson(self.list()),
            3 => Edit::RemovePerson(self.list(), self.id()),
            4 => {
                let (l, i) = (self.list(), self.id());
                let f = [
                    PersonField::Name,
                    PersonField::Role,
                    PersonField::BirthYear,
                    PersonField::Relation,
                    PersonField::HelpsWith,
                    PersonField::Organisation,
                    PersonField::Contact,
                ][usize::from(self.byte() % 7)];
                Edit::SetPerson(l, i, f, self.text())
            }
            5 => Edit::SetProfessionalMember {
                professional: self.id(),
                member: self.id(),
                on: self.on(),
            },
            6 => Edit::OpenDomain(self.domain()),
            7 => {
                let d = self.domain();
                let s = [DomainStatus::Done, DomainStatus::Skipped][usize::from(self.byte() % 2)];
                Edit::SetDomainStatus(d, s)
            }
            8 => Edit::SetDomainText(self.domain(), DomainText::Worries, self.text()),
            9 => Edit::SetStrength {
                domain: self.domain(),
                strength: self.text(),
                on: self.on(),
            },
            10 => Edit::SetInvolved {
                domain: self.domain(),
                list: self.list(),
                id: self.id(),
                on: self.on(),
            },
            11 => {
                let domain = self.domain();
                let member = self.on().then(|| self.id());
                let side = if self.on() {
                    RungSide::Now
                } else {
                    RungSide::Wanted
                };
                let answer = match self.byte() % 4 {
                    0 => LadderAnswer::NotAsked,
                    1 => LadderAnswer::RatherNotSay,
                    _ => LadderAnswer::Rung(self.byte() % 12),
                };
                Edit::SetRung {
                    domain,
                    member,
                    side,
                    answer,
                    today,
                }
            }
            12 => Edit::StartReassessment { today },
            13 | 14 => Edit::AddAgreement {
                domain: self.domain(),
                today,
            },
            15 => Edit::RemoveAgreement(self.id()),
            16 => Edit::SetAgreementText(self.id(), AgreementText::What, self.text()),
            17 => Edit::SetCarrier(self.id(), self.pick()),
            18 => Edit::AddCarrier(self.id(), self.pick()),
            19 => Edit::RemoveCarrier(self.id(), usize::from(self.byte() % 3)),
            20 => Edit::SetAgreementStatus(self.id(), AgreementStatus::Done),
            21 => Edit::AddResident,
            22 => Edit::SetSignature(
                Signer::Resident(usize::from(self.byte() % 3)),
                SignatureField::Name,
                self.text(),
            ),
            _ => Edit::SetAgreementFor {
                agreement: self.id(),
                member: self.id(),
                on: self.on(),
            },
        })
    }

    /// Applies edits to `intake` up to the next separator; a refused edit
    /// changes nothing (checked: that is `apply`'s promise).
    pub fn apply_to(&mut self, intake: &mut Intake) {
        while let Some(e) = self.edit() {
            let before = intake.clone();
            if let Err(err) = intake.apply(e.clone()) {
                assert_eq!(*intake, before, "{e:?} refused ({err:?}) but changed");
            }
        }
    }
}

/// (c) as the merge target reads its input: a starting intake (picked by
/// the first byte), the edits making the base, then mine, then theirs,
/// separated by 0xFF.
pub fn check_merge_bytes(bytes: &[u8], starts: &[Intake]) {
    let mut r = EditReader::new(bytes);
    let mut base = starts[usize::from(r.byte()) % starts.len()].clone();
    r.apply_to(&mut base);
    let mut mine = base.clone();
    r.apply_to(&mut mine);
    let mut theirs = base.clone();
    r.apply_to(&mut theirs);
    check_merge(&base, &mine, &theirs);
}

/// The legacy-move target's input: one entry per line, `d` first for the
/// durable store, the key and the value separated by a tab.
pub fn legacy_entries(text: &str) -> Vec<(bool, String, String)> {
    text.lines()
        .map(|line| {
            let (durable, rest) = match line.strip_prefix('d') {
                Some(rest) => (true, rest),
                None => (false, line),
            };
            let (key, value) = rest.split_once('\t').unwrap_or((rest, ""));
            (durable, key.to_string(), value.to_string())
        })
        .collect()
}
