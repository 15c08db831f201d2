//! Failures a person would notice, as values: one error type for what the
//! shell could not do (remove from or write to the device, download, make
//! a change), one route to report it, and one notice that shows it until
//! it is closed or replaced. Import errors keep their own detailed screen
//! (`components::import_result`), which names the place in the file.

use super::state::{tr, use_app, AppState};
use crate::domain::date::DateField;
use crate::domain::edit::{Applied, Edit, EditError};
use crate::domain::Lang;
use crate::i18n::{t, tf, Key};
use crate::storage::StoreError;
use leptos::prelude::*;

/// Something the shell could not do.
#[derive(Clone, Debug, PartialEq)]
pub enum UiError {
    /// Removing a draft (or all drafts) from the device did not work.
    Remove(StoreError),
    /// The device would not store which draft is open, so a reload will
    /// not reopen it (the draft itself is saved apart from this).
    OpenNotRemembered(StoreError),
    /// The browser would not make a file to download.
    Download,
    /// The plan could not be put in a frame of its own to print (embedded).
    Print,
    /// The core refused a change; the intake is as it was.
    Edit(EditError),
    /// The draft that was open when the page went away is no longer on
    /// the device (removed in another tab, or the storage was cleared):
    /// the start screen is shown instead.
    DraftMissing,
    /// Drafts kept by an earlier version could not be moved to where
    /// drafts are kept now: they stay where they were, and open as before.
    NotMoved(StoreError),
    /// A newer version of the app stored the open draft (in another tab):
    /// this one cannot read it, so it does not save into it; what is typed
    /// here is kept beside it on the device.
    SavedByNewer,
    /// Not a failure, but a change the person did not make themselves:
    /// characters that scramble text were taken out of what they typed
    /// (see `domain::clean`). Told once, in the same notice.
    Cleaned,
    /// The open draft was removed from this device in another tab or
    /// window, and nothing here was unsaved: the start screen is shown.
    /// (Last: a variant before the others renumbers them in first-load
    /// code that names them.)
    RemovedElsewhere,
}

impl UiError {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            UiError::Remove(_) => t(lang, Key::notice_remove_failed).into(),
            UiError::OpenNotRemembered(_) => t(lang, Key::notice_open_not_remembered).into(),
            UiError::Download => t(lang, Key::plan_download_failed).into(),
            UiError::Print => t(lang, Key::plan_print_failed).into(),
            UiError::Edit(EditError::TextTooLong { max }) => tf(
                lang,
                Key::notice_text_too_long,
                &[("max", &max.to_string())],
            ),
            UiError::Edit(EditError::ListFull { max }) => {
                tf(lang, Key::notice_list_full, &[("max", &max.to_string())])
            }
            UiError::Edit(EditError::NotADate(field)) => t(
                lang,
                match field {
                    DateField::ReviewDate => Key::notice_date_review,
                    DateField::SignatureDate => Key::notice_date_signature,
                    DateField::AssessmentDate => Key::notice_date_assessment,
                    DateField::BirthYear => Key::notice_birth_year,
                },
            )
            .into(),
            UiError::Edit(_) => t(lang, Key::notice_edit_refused).into(),
            UiError::Cleaned => t(lang, Key::notice_text_cleaned).into(),
            UiError::DraftMissing => t(lang, Key::notice_draft_missing).into(),
            UiError::RemovedElsewhere => t(lang, Key::notice_removed_elsewhere).into(),
            UiError::NotMoved(_) => t(lang, Key::notice_not_moved).into(),
            UiError::SavedByNewer => t(lang, Key::notice_saved_by_newer).into(),
        }
    }
}

/// The notice's state: one signal in the app's state, so every screen and
/// code running outside any component (event handlers) reach the same one.
fn notices(app: AppState) -> Option<RwSignal<Option<UiError>>> {
    Some(app.notice)
}

/// Shows `error` to the person in the app's notice.
pub fn report(app: AppState, error: UiError) {
    if let Some(n) = notices(app) {
        n.set(Some(error));
    }
}

/// A text edit through [`AppState::edit`]; when the core took characters
/// out, the notice says so (once: not again while it is still shown).
pub fn edit_text(app: AppState, edit: Edit) {
    if let Some(Applied::Cleaned { .. }) = app.edit(edit) {
        if let Some(n) = notices(app) {
            if n.with_untracked(|e| e.as_ref() != Some(&UiError::Cleaned)) {
                n.set(Some(UiError::Cleaned));
            }
        }
    }
}

/// True while a notice is waiting to be shown (read reactively).
pub fn pending(app: AppState) -> bool {
    notices(app).is_some_and(|n| n.with(Option::is_some))
}

/// Reports the error of `result`, if any.
pub fn report_err<T, E: Into<UiError>>(app: AppState, result: Result<T, E>) -> Option<T> {
    match result {
        Ok(v) => Some(v),
        Err(e) => {
            report(app, e.into());
            None
        }
    }
}

/// The one place a [`UiError`] is shown: announced at once, with a button
/// to close it.
#[component]
pub fn Notice() -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let current = notices(app);
    move || {
        let current = current?;
        current.get().map(|error| {
            view! {
                <div class="kt-notice kt-notice--warning kt-no-print" role="alert" data-testid="notice">
                    <p class="kt-body">{move || error.message(lang.get())}</p>
                    <button type="button" class="kt-button kt-button--secondary" on:click=move |_| current.set(None)>
                        {tr(lang, Key::notice_close)}
                    </button>
                </div>
            }
        })
    }
}
