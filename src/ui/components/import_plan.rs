//! "Een plan openen": pick a plan file (the exported HTML page or the JSON)
//! with the file picker or by drag and drop, and read its text. This part is
//! on the start screen, so it is in the first load; checking and opening the
//! plan is the chunk's work (`import_result`, through `ui::lazy`).
//!
//! The browser's own file control speaks the browser's language ("Choose
//! File", "No file chosen"), so the input is visually hidden and its label
//! is drawn as the button: one control for a screen reader (the input,
//! named by the label), opened by Enter or Space when focused or by a
//! click on the label. The chosen file's name is said by the outcome (the
//! chunk's `import_result`), so this first-load part only passes it on.

use crate::domain::format;
use crate::i18n::Key;
use crate::ui::lazy::{self, LazyView};
use crate::ui::state::tr;
use crate::ui::state::use_app;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// A picked file: its name on the device, and what reading it gave.
#[derive(Clone, Debug, PartialEq)]
pub struct PickedFile {
    pub name: String,
    pub content: FileContent,
}

/// What came of reading a picked file.
#[derive(Clone, Debug, PartialEq)]
pub enum FileContent {
    Text(String),
    /// The browser could not read it.
    Unreadable,
    /// Larger than any plan page (bytes); refused unread.
    TooLarge(usize),
}

/// Reads `file` as text with a `FileReader` into `picked`.
fn read(picked: RwSignal<Option<PickedFile>>, file: web_sys::File) {
    // Checking the plan is the chunk's work: fetch it while the file is read.
    lazy::warm();
    let name = file.name();
    let done = move |content| picked.set(Some(PickedFile { name, content }));
    let bytes = file.size() as usize;
    if bytes > format::MAX_HTML_BYTES {
        done(FileContent::TooLarge(bytes));
        return;
    }
    let Ok(reader) = web_sys::FileReader::new() else {
        done(FileContent::Unreadable);
        return;
    };
    let r = reader.clone();
    // `loadend` fires once, after success or failure; `once_into_js`
    // frees the closure after that call.
    let on_end = Closure::once_into_js({
        let done = done.clone();
        move || {
            let text = r.result().ok().and_then(|v| v.as_string());
            done(text.map_or(FileContent::Unreadable, FileContent::Text));
        }
    });
    reader.set_onloadend(Some(on_end.unchecked_ref()));
    if reader.read_as_text(&file).is_err() {
        // `loadend` does not fire when reading could not start.
        done(FileContent::Unreadable);
    }
}

#[component]
pub fn ImportPlan() -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let picked = RwSignal::new(None::<PickedFile>);
    let over = RwSignal::new(false);

    let on_change = move |ev: web_sys::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        if let Some(file) = input.files().and_then(|f| f.get(0)) {
            read(picked, file);
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
            read(picked, file);
        }
    };

    // Each picked file gets its own outcome view (keyed by the file, so
    // picking the same file again shows its outcome again).
    let notice = move || {
        picked.get().map(|file| {
            let load = move || lazy::import_outcome(file.clone(), picked);
            view! { <LazyView load=lazy::loader(load) /> }
        })
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
                <p class="kt-hint" id="import-file-hint">{tr(lang, Key::import_drop)}</p>
                <input
                    id="import-file"
                    class="kt-import__input kt-visually-hidden"
                    type="file"
                    accept=".html,.htm,.json,text/html,application/json"
                    aria-describedby="import-file-hint"
                    on:change=on_change
                />
                <label class="kt-button kt-button--secondary kt-import__button" for="import-file">
                    {tr(lang, Key::import_label)}
                </label>
            </div>
            {notice}
        </section>
    }
}
