//! "Een plan openen": read a plan file (the exported HTML page or the JSON)
//! from the file picker or by drag and drop, check it with the core's
//! loader, and open it as a **new** draft. Nothing on the device changes
//! until the file has been read without errors; a plan that is already on
//! the device is never overwritten — the user chooses to open the one that
//! is there or to keep both.

use crate::domain::format::{self, LoadError, LoadErrorKind, Loaded};
use crate::domain::plan::build_plan;
use crate::domain::Intake;
use crate::i18n::{t, tf, Key};
use crate::storage::{DraftId, LoadedDraft};
use crate::ui::state::tr;
use crate::ui::state::{use_app, AppState, Screen};
use crate::ui::{browser, session};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[derive(Clone, Debug, PartialEq)]
enum Failure {
    /// The core's own reason, in plain words via `LoadError::message`.
    Load(LoadError),
    /// The browser could not read the file.
    Read,
}

/// The same plan (same fingerprint) already on the device.
#[derive(Clone, Debug, PartialEq)]
struct Same {
    id: DraftId,
    name: String,
    fingerprint: String,
}

#[derive(Clone, Debug, PartialEq)]
enum State {
    Idle,
    Failed(Failure),
    /// Read and valid; waiting for the user because the plan is already
    /// here, or because fields were left out.
    Ask {
        loaded: Loaded,
        same: Option<Same>,
    },
}

/// The id of the question's heading, focused when the question appears.
const QUESTION_ID: &str = "import-question";

/// The first draft on the device whose plan has this fingerprint.
fn same_plan(app: AppState, fingerprint: &str) -> Option<Same> {
    let catalogue = app.catalogue();
    let list = app.drafts().list().ok()?;
    list.into_iter().find_map(|d| match d.draft {
        LoadedDraft::Ok(intake) => {
            let plan = build_plan(&intake, &catalogue);
            (plan.fingerprint == fingerprint).then_some(Same {
                id: d.id,
                name: plan.household_name,
                fingerprint: plan.fingerprint,
            })
        }
        LoadedDraft::Damaged { .. } => None,
    })
}

/// Saves `intake` as a new draft and opens it.
fn open_new(app: AppState, state: RwSignal<State>, intake: Intake) {
    // Opens even when the device cannot store it: the save status then
    // says so, and the plan stays on screen to download.
    session::start_draft(app, intake);
    state.set(State::Idle);
    app.go(Screen::Tasks);
}

/// What happens with the text of a file that was read.
fn accept(app: AppState, state: RwSignal<State>, text: Option<String>) {
    let Some(text) = text else {
        state.set(State::Failed(Failure::Read));
        return;
    };
    let loaded = match format::load_any(&text) {
        Ok(loaded) => loaded,
        Err(e) => {
            state.set(State::Failed(Failure::Load(e)));
            return;
        }
    };
    let fingerprint = build_plan(&loaded.intake, &app.catalogue()).fingerprint;
    let same = same_plan(app, &fingerprint);
    if same.is_none() && loaded.dropped_fields.is_empty() {
        open_new(app, state, loaded.intake);
        return;
    }
    state.set(State::Ask { loaded, same });
    request_animation_frame(|| {
        browser::focus_id(QUESTION_ID);
    });
}

/// Reads `file` as text with a `FileReader`; the answer arrives in
/// [`accept`]. Files larger than any plan page are refused unread.
fn read(app: AppState, state: RwSignal<State>, file: web_sys::File) {
    let bytes = file.size() as usize;
    if bytes > format::MAX_HTML_BYTES {
        let kind = LoadErrorKind::FileTooLarge {
            bytes,
            limit: format::MAX_HTML_BYTES,
        };
        state.set(State::Failed(Failure::Load(LoadError::new("", kind))));
        return;
    }
    let Ok(reader) = web_sys::FileReader::new() else {
        state.set(State::Failed(Failure::Read));
        return;
    };
    let r = reader.clone();
    // `loadend` fires once, after success or failure; `once_into_js`
    // frees the closure after that call.
    let on_end = Closure::once_into_js(move || {
        let text = r.result().ok().and_then(|v| v.as_string());
        accept(app, state, text);
    });
    reader.set_onloadend(Some(on_end.unchecked_ref()));
    if reader.read_as_text(&file).is_err() {
        state.set(State::Failed(Failure::Read));
    }
}

#[component]
pub fn ImportPlan() -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let state = RwSignal::new(State::Idle);
    let over = RwSignal::new(false);

    let on_change = move |ev: web_sys::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        if let Some(file) = input.files().and_then(|f| f.get(0)) {
            read(app, state, file);
        }
        // Choosing the same file again must fire `change` again.
        input.set_value("");
    };
    let on_dragover = move |ev: web_sys::DragEvent| {
        // Needed for the drop to reach us instead of the browser opening the file.
        ev.prevent_default();
        over.set(true);
    };
    let on_drop = move |ev: web_sys::DragEvent| {
        ev.prevent_default();
        over.set(false);
        if let Some(file) = ev
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0))
        {
            read(app, state, file);
        }
    };

    let notice = move || match state.get() {
        State::Idle => None,
        State::Failed(f) => {
            let reason = move || match &f {
                Failure::Load(e) => e.message(lang.get()),
                Failure::Read => t(lang.get(), Key::import_read_failed).to_string(),
            };
            Some(
                view! {
                    <div class="kt-notice kt-notice--warning kt-import__error" role="alert">
                        <p class="kt-body"><strong>{tr(lang, Key::import_failed_title)}</strong></p>
                        <p class="kt-body" data-testid="import-error">{reason}</p>
                        <p class="kt-body">{tr(lang, Key::import_nothing_changed)}</p>
                    </div>
                }
                .into_any(),
            )
        }
        State::Ask { loaded, same } => {
            Some(view! { <Question loaded=loaded same=same state=state /> }.into_any())
        }
    };

    view! {
        <section class="kt-import" aria-labelledby="import-title">
            <h2 class="kt-heading-m" id="import-title">{tr(lang, Key::import_title)}</h2>
            <p class="kt-body">{tr(lang, Key::import_intro)}</p>
            <div
                class="kt-import__drop"
                class:kt-import__drop--over=move || over.get()
                on:dragenter=on_dragover
                on:dragover=on_dragover
                on:dragleave=move |_| over.set(false)
                on:drop=on_drop
            >
                <label class="kt-label" for="import-file">{tr(lang, Key::import_label)}</label>
                <p class="kt-hint" id="import-file-hint">{tr(lang, Key::import_drop)}</p>
                <input
                    id="import-file"
                    class="kt-import__input"
                    type="file"
                    accept=".html,.htm,.json,text/html,application/json"
                    aria-describedby="import-file-hint"
                    on:change=on_change
                />
            </div>
            {notice}
        </section>
    }
}

/// Asks before opening: the same plan is already here, and/or some fields
/// were left out. Every choice leaves the plans already here as they are.
#[component]
fn Question(loaded: Loaded, same: Option<Same>, state: RwSignal<State>) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let dropped = loaded.dropped_fields.join(", ");
    let intake = StoredValue::new(loaded.intake);
    let keep_new = move |_| open_new(app, state, intake.get_value());
    let cancel = move |_| state.set(State::Idle);
    let title = if same.is_some() {
        Key::import_same_title
    } else {
        Key::import_dropped_title
    };
    let same_part = same.clone().map(|s| {
        let (name, code) = (s.name.clone(), s.fingerprint.clone());
        view! {
            <p class="kt-body">{move || tf(lang.get(), Key::import_same_body, &[("name", &name), ("code", &code)])}</p>
        }
    });
    let dropped_part = (!dropped.is_empty()).then(|| {
        view! {
            <p class="kt-body" data-testid="import-dropped">
                {move || tf(lang.get(), Key::import_dropped_body, &[("fields", &dropped)])}
            </p>
        }
    });
    let buttons = match same {
        Some(s) => {
            let id = s.id;
            view! {
                <button type="button" class="kt-button kt-button--primary"
                    on:click=move |_| {
                        state.set(State::Idle);
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
            {same_part}
            {dropped_part}
            <div class="kt-button-group">
                {buttons}
                <button type="button" class="kt-button--link" on:click=cancel>
                    {tr(lang, Key::import_cancel)}
                </button>
            </div>
        </div>
    }
}
