//! The chunk side of "Een plan openen" (see `import_plan` for the picker):
//! check the file's text with the core's loader and open it as a **new**
//! draft. Nothing on the device changes until the file has been read without
//! errors; a plan that is already on the device is never overwritten — the
//! user chooses to open the one that is there or to keep both.

use super::import_plan::{FileContent, PickedFile};
use crate::domain::dropped::{dropped_sentence, Piece};
use crate::domain::format::{self, LoadError, LoadErrorKind, Loaded};
use crate::domain::import::{decide_import, ImportDecision, Mismatch, SamePlan};
use crate::domain::Intake;
use crate::i18n::{t, tf, tn, Key};
use crate::storage::{DraftId, LoadedDraft};
use crate::ui::state::tr;
use crate::ui::state::{use_app, AppState, Screen};
use crate::ui::{browser, session};
use leptos::prelude::*;

#[derive(Clone, Debug, PartialEq)]
enum Failure {
    /// The core's own reason, in plain words via `LoadError::message`.
    Load(LoadError),
    /// The browser could not read the file.
    Read,
}

/// The same plan (same fingerprint) already on the device.
type Same = SamePlan<DraftId>;

#[derive(Clone, Debug, PartialEq)]
enum State {
    Failed(Failure),
    /// Read and valid; waiting for the user because the plan is already
    /// here, or because fields were left out.
    Ask {
        loaded: Box<Loaded>,
        same: Option<Same>,
        mismatch: Option<Mismatch>,
    },
}

/// The id of the question's heading, focused when the question appears.
const QUESTION_ID: &str = "import-question";

/// Saves `intake` as a new draft and opens it.
fn open_new(app: AppState, picked: RwSignal<Option<PickedFile>>, intake: Intake) {
    // Opens even when the device cannot store it: the save status then
    // says so, and the plan stays on screen to download.
    session::start_draft(app, intake);
    picked.set(None);
    app.go(Screen::Tasks);
}

/// What the file's text gives: a plan to open at once, or a state to show.
fn check(app: AppState, file: PickedFile) -> Result<Intake, State> {
    let text = match file.content {
        FileContent::Text(text) => text,
        FileContent::Unreadable => return Err(State::Failed(Failure::Read)),
        FileContent::TooLarge(bytes) => {
            let kind = LoadErrorKind::TooLargeToOpen { bytes };
            return Err(State::Failed(Failure::Load(LoadError::new("", kind))));
        }
    };
    let loaded = format::load_any(&text).map_err(|e| State::Failed(Failure::Load(e)))?;
    // A list that cannot be read counts as no plans here: the file then
    // opens as a new draft, which overwrites nothing.
    let drafts = app.drafts().list().unwrap_or_default();
    let on_device = drafts.iter().filter_map(|d| match &d.draft {
        LoadedDraft::Ok(intake) => Some((d.id.clone(), &**intake)),
        LoadedDraft::Damaged { .. } => None,
    });
    match decide_import(loaded, &app.catalogue(), on_device) {
        ImportDecision::Open(intake) => Ok(*intake),
        ImportDecision::Ask {
            loaded,
            same,
            mismatch,
        } => Err(State::Ask {
            loaded,
            same,
            mismatch,
        }),
    }
}

/// The outcome of one picked file.
#[component]
pub fn ImportResult(file: PickedFile, picked: RwSignal<Option<PickedFile>>) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    // The browser's file control is hidden (it speaks the browser's
    // language): the name of the file is said here, in the app's.
    let chosen = (!file.name.is_empty()).then(|| {
        let name = file.name.clone();
        view! {
            <p class="kt-hint kt-import__chosen" data-testid="import-chosen">
                {tr(lang, Key::import_chosen)}" "<bdi>{name}</bdi>
            </p>
        }
    });
    match check(app, file) {
        Ok(intake) => {
            // After this render: opening replaces the start screen, this view with it.
            request_animation_frame(move || open_new(app, picked, intake));
            ().into_any()
        }
        Err(State::Failed(f)) => {
            let reason = move || match &f {
                Failure::Load(e) => e.message(lang.get()),
                Failure::Read => t(lang.get(), Key::import_read_failed).to_string(),
            };
            view! {
                {chosen}
                <div class="kt-notice kt-notice--warning kt-import__error" role="alert">
                    <p class="kt-body"><strong>{tr(lang, Key::import_failed_title)}</strong></p>
                    <p class="kt-body" data-testid="import-error">{reason}</p>
                    <p class="kt-body">{tr(lang, Key::import_nothing_changed)}</p>
                </div>
            }
            .into_any()
        }
        Err(State::Ask {
            loaded,
            same,
            mismatch,
        }) => {
            request_animation_frame(|| {
                browser::focus_id(QUESTION_ID);
            });
            view! { {chosen} <Question loaded=*loaded same=same mismatch=mismatch picked=picked /> }
                .into_any()
        }
    }
}

/// Asks before opening: the readable page and its data differ, the same
/// plan is already here, and/or some fields were left out. Every choice
/// leaves the plans already here as they are.
#[component]
fn Question(
    loaded: Loaded,
    same: Option<Same>,
    mismatch: Option<Mismatch>,
    picked: RwSignal<Option<PickedFile>>,
) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let dropped = loaded.dropped_fields.clone();
    let intake = StoredValue::new(loaded.intake);
    let keep_new = move |_| open_new(app, picked, intake.get_value());
    let cancel = move |_| picked.set(None);
    // The most serious question names the heading.
    let title = if mismatch.is_some() {
        Key::import_mismatch_title
    } else if same.is_some() {
        Key::import_same_title
    } else if loaded.dropped_fields.is_empty() {
        Key::import_cleaned_title
    } else {
        Key::import_dropped_title
    };
    let cleaned = loaded.cleaned_chars as u64;
    let cleaned_part = (loaded.cleaned_chars > 0).then(|| {
        view! {
            <p class="kt-body" data-testid="import-cleaned">
                {move || tn(lang.get(), Key::import_cleaned_body, cleaned)}
            </p>
        }
    });
    let mismatch_part = mismatch.map(|m| {
        view! {
            <p class="kt-body" data-testid="import-mismatch">
                {move || tf(lang.get(), Key::import_mismatch_body, &[("printed", &m.printed), ("data", &m.data)])}
            </p>
        }
    });
    let same_part = same.clone().map(|s| {
        // First-strong isolate around the typed name: the plain-text
        // `<bdi>`, so a name in another direction keeps the sentence and
        // the fingerprint after it in order.
        let (name, code) = (format!("\u{2068}{}\u{2069}", s.name), s.fingerprint.clone());
        view! {
            <p class="kt-body">{move || tf(lang.get(), Key::import_same_body, &[("name", &name), ("code", &code)])}</p>
        }
    });
    // A few fields by name, each isolated: a key in Latin script keeps
    // its order inside an Arabic sentence (`domain::dropped`).
    let dropped_part = (!dropped.is_empty()).then(|| {
        let sentence = move || {
            dropped_sentence(lang.get(), &dropped)
                .into_iter()
                .map(|piece| match piece {
                    Piece::Text(text) => text.into_any(),
                    Piece::Field(field) => view! { <bdi>{field}</bdi> }.into_any(),
                })
                .collect_view()
        };
        view! { <p class="kt-body" data-testid="import-dropped">{sentence}</p> }
    });
    let buttons = match same {
        Some(s) => {
            let id = s.key;
            view! {
                <button type="button" class="kt-button kt-button--primary"
                    on:click=move |_| {
                        picked.set(None);
                        if session::open_draft(app, &id) {
                            app.navigated.set_value(true);
                        }
                    }>
                    {tr(lang, Key::import_open_existing)}
                </button>
                <button type="button" class="kt-button kt-button--secondary" on:click=keep_new>
                    {tr(lang, Key::import_keep_both)}
                </button>
            }
            .into_any()
        }
        None => view! {
            <button type="button" class="kt-button kt-button--primary" on:click=keep_new>
                {tr(lang, Key::import_open_anyway)}
            </button>
        }
        .into_any(),
    };
    view! {
        <div class="kt-notice kt-import__question" role="group" aria-labelledby=QUESTION_ID>
            <h3 class="kt-heading-s" id=QUESTION_ID tabindex="-1">{move || t(lang.get(), title)}</h3>
            {mismatch_part}
            {same_part}
            {dropped_part}
            {cleaned_part}
            <div class="kt-button-group">
                {buttons}
                <button type="button" class="kt-button--link" on:click=cancel>
                    {tr(lang, Key::import_cancel)}
                </button>
            </div>
        </div>
    }
}
