//! Opening, creating and closing drafts: the moves between the start screen
//! and one household's intake.

use super::components::quick_exit;
use super::notice::{report, UiError};
use super::state::{AppState, SaveStatus, Screen};
use super::{autosave, browser, other_tab};
use crate::domain::Intake;
use crate::storage::{channel, idb, DraftId, LoadedDraft};
use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;

/// Wires autosave (and with it the writer) once, for the app's lifetime:
/// under the app's root owner, because the screens that first need them
/// come and go.
pub fn activate(app: AppState) {
    if app.activated.get_value() {
        return;
    }
    app.activated.set_value(true);
    // Here, with the chunk, rather than at start: a panic's message in the
    // console is worth its size only where most of the code runs.
    console_error_panic_hook::set_once();
    app.in_root(|| {
        other_tab::install();
        autosave::install(app);
        watch_other_tabs(app);
        super::lock::install(app);
        // Shift three times: with the intake's code, which is loaded as
        // soon as a draft is open or on the device (issue 6: first load).
        quick_exit::listen(app);
    });
    // A theme's colours that residents cannot read: told to the web team
    // and put right, with the chunk rather than in the first load.
    super::contrast::check_all();
}

/// Takes other tabs' writes into the mirror (and reads what they wrote
/// before this instance listened), until the app's root owner is cleaned
/// up. A write to the open draft is taken or merged here (`other_tab`).
fn watch_other_tabs(app: AppState) {
    let mirror = app.mirror();
    let listener = channel::listen(mirror.clone(), move |batch| {
        app.drafts_changed.update(|n| *n += 1);
        if let Some(id) = app.draft.get_untracked() {
            match batch.get(&app.drafts().draft_key(&id)) {
                Some(Some(theirs)) => other_tab::theirs_saved(app, theirs.clone()),
                Some(None) => other_tab::theirs_removed(app),
                None => {}
            }
        }
    });
    let listener = send_wrapper::SendWrapper::new(listener);
    on_cleanup(move || drop(listener));
    let drafts = app.drafts();
    leptos::task::spawn_local(async move {
        // Not told: the writes heard from now on are taken in either way.
        if idb::read_into(&mirror).await.is_ok() {
            // Text of a removed draft that a page kept aside before it went
            // away is a draft again. Not told: what could not be stored
            // stays kept aside, and is tried again at the next start.
            _ = drafts.restore_orphans();
            // The app may be gone meanwhile (unmounted): nothing to tell.
            app.drafts_changed.try_update(|n| *n += 1);
        }
    });
}

/// Moves drafts an earlier version kept in localStorage into IndexedDB
/// (`idb::migrate`). A failure leaves them where they were, shown from
/// memory, and is said in the save status of the next write.
pub async fn migrate(app: AppState, namespace: &str) {
    activate(app);
    if let Err(e) = idb::migrate(&app.mirror(), namespace).await {
        report(app, UiError::NotMoved(e));
    }
    app.drafts_changed.update(|n| *n += 1);
}

/// Starts a new intake with `intake` as its content (empty, or an imported
/// plan). When the device refuses to store it (storage full or switched
/// off), the intake still opens, in memory: the save status says so in
/// plain words, every later change tries again, and the plan can be
/// downloaded, so nothing typed is lost.
pub fn start_draft(app: AppState, intake: Intake) -> DraftId {
    activate(app);
    let id = DraftId(browser::fresh_draft_id());
    let drafts = app.drafts();
    let json = crate::domain::format::to_json(&intake);
    let saved = drafts.save_json(&id, &json);
    other_tab::set_base(app, &id, json);
    let remembered = drafts.set_open_draft(Some(&id));
    // When nothing can be stored, the save status already says so.
    if let (Ok(()), Err(e)) = (&saved, remembered) {
        report(app, UiError::OpenNotRemembered(e));
    }
    app.replace_intake(intake);
    app.draft.set(Some(id.clone()));
    match saved {
        Ok(()) => app.save_status.set(SaveStatus::Idle),
        Err(e) => {
            autosave::mark_dirty(app);
            app.save_status.set(SaveStatus::Failed(e));
        }
    }
    app.drafts_changed.update(|n| *n += 1);
    id
}

/// Opens a stored draft where the user left it. Returns false when the
/// draft is damaged (the start screen shows it as such) or not there (a
/// missing draft would otherwise open as an empty one, with no name).
pub fn open_draft(app: AppState, id: &DraftId) -> bool {
    activate(app);
    let drafts = app.drafts();
    if drafts.raw(id).is_none() {
        return false;
    }
    let Ok(LoadedDraft::Ok(intake)) = drafts.load(id) else {
        return false;
    };
    if let Some(raw) = drafts.raw(id) {
        other_tab::set_base(app, id, raw);
    }
    // What a write that never made it kept aside is merged in (or asked).
    let (intake, merged_in) = other_tab::recover(app, id, *intake);
    show(app, id, intake);
    if merged_in {
        // Autosave takes a just-opened draft as unchanged: the merged
        // version is saved now (or once the person has chosen).
        autosave::mark_dirty(app);
        app.save_status.set(SaveStatus::Pending);
        autosave::flush(app);
    }
    true
}

/// Opens a locked draft its passphrase opened: `lock` seals every write.
pub fn open_unlocked(
    app: AppState,
    id: &DraftId,
    intake: Intake,
    text: String,
    lock: super::crypto::Lock,
) {
    activate(app);
    // Other tabs merge against the opened text, never against the sealed one.
    other_tab::set_base(app, id, text.clone());
    super::lock::hold(app, id.clone(), lock, Some(text));
    show(app, id, intake);
    app.navigated.set_value(true);
}

fn show(app: AppState, id: &DraftId, intake: Intake) {
    let drafts = app.drafts();
    let screen = drafts
        .position(id)
        .and_then(|p| Screen::decode(&p))
        .filter(|s| *s != Screen::Start)
        .unwrap_or(Screen::Tasks);
    remember_open(app, Some(id));
    app.replace_intake(intake);
    app.draft.set(Some(id.clone()));
    app.save_status.set(SaveStatus::Idle);
    app.screen.set(screen);
}

/// Back to the start screen; the draft stays on the device.
pub fn close_draft(app: AppState) {
    super::autosave::flush(app);
    // A locked draft is locked again (its last write keeps its own key).
    super::lock::forget(app);
    // Not told: at worst a reload reopens this draft instead of the start
    // screen, which is where the person can close it again.
    let _ = app.drafts().set_open_draft(None);
    app.draft.set(None);
    app.replace_intake(Intake::default());
    app.save_status.set(SaveStatus::Idle);
    app.drafts_changed.update(|n| *n += 1);
    app.screen.set(Screen::Start);
}

/// The open draft was removed from the device in another tab or window
/// (one household, or everything), and this tab holds nothing that is not
/// stored (`other_tab::theirs_removed` decides): nothing is lost by
/// letting it go. The person is told at once, in the app's notice, and
/// taken to the start screen, whose heading takes focus, as after any
/// move between screens; from there they can start or open another plan.
pub fn removed_elsewhere(app: AppState) {
    let drafts = app.drafts();
    if let Some(id) = app.draft.get_untracked() {
        if drafts.open_draft().as_ref() == Some(&id) {
            // Not told: a reload would only say the plan is no longer
            // here (`restore`), which is what this notice says now.
            let _ = drafts.set_open_draft(None);
        }
    }
    autosave::discard(app);
    super::lock::forget(app);
    // Before the intake is replaced: autosave takes a change with no draft
    // open as nothing to save.
    app.draft.set(None);
    app.replace_intake(Intake::default());
    app.save_status.set(SaveStatus::Idle);
    app.drafts_changed.update(|n| *n += 1);
    app.navigated.set_value(true);
    app.screen.set(Screen::Start);
    report_when_shown(app, UiError::RemovedElsewhere);
}

/// Reports `error` now, or, while the page is hidden (another tab in
/// front), once it is shown: an alert put on a hidden page is announced
/// to nobody, and a person coming back would find focus on the heading,
/// past the notice above it.
fn report_when_shown(app: AppState, error: UiError) {
    use web_sys::VisibilityState::Hidden;
    let doc = document();
    if doc.visibility_state() != Hidden {
        report(app, error);
        return;
    }
    // The listener and closure types autosave already uses: a new kind
    // would add its glue to the first load.
    let listener: Rc<RefCell<Option<js_sys::Function>>> = Rc::default();
    let own = listener.clone();
    let later = error.clone();
    let shown = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || {
        if document().visibility_state() == Hidden {
            return;
        }
        if let Some(f) = own.borrow_mut().take() {
            // Told once; a listener left behind would only do nothing.
            let _ = document().remove_event_listener_with_callback("visibilitychange", &f);
            // The app may be gone meanwhile (unmounted): nobody to tell.
            app.notice.try_set(Some(later.clone()));
        }
    });
    let f: js_sys::Function = shown.into_js_value().unchecked_into();
    match doc.add_event_listener_with_callback("visibilitychange", &f) {
        Ok(()) => *listener.borrow_mut() = Some(f),
        // Told now rather than never.
        Err(_) => report(app, error),
    }
}

/// The open draft `id` is written again after it was removed elsewhere
/// (what this tab holds is kept): it is open here, so a reload reopens it,
/// as for any open draft. Unless another draft was opened meanwhile (the
/// pointer names that one): the last one opened is the one reopened.
pub fn reopened(app: AppState, id: &DraftId) {
    let open = app.drafts().open_draft();
    if open.is_none() || open.as_ref() == Some(id) {
        remember_open(app, Some(id));
    }
}

/// Quick exit: writes what is pending, as it is (sealed, if the draft is
/// locked), forgets the draft's key, and replaces the page with the exit
/// address: at
/// once when the write is done, or after [`LEAVE_WAIT`] if it is not
/// (leaving quickly matters more than the last second of typing). The
/// open-draft pointer stays: coming back reopens this draft (a locked one
/// is listed on the start screen, to open with its passphrase).
pub fn leave(app: AppState) {
    quick_exit::hide();
    if app.owns_page.get_value() {
        // The tab's title can name the household.
        browser::set_title("");
    }
    let url = app.config(|c| c.exit_url.clone());
    if app.draft.get_untracked().is_none() {
        quick_exit::go(&url);
        return;
    }
    let gone = std::rc::Rc::new(std::cell::Cell::new(false));
    let go = {
        let gone = gone.clone();
        move || {
            if !gone.replace(true) {
                quick_exit::go(&url);
            }
        }
    };
    let late = go.clone();
    // Not told: without a timer the page is still replaced when the save ends.
    let _ = set_timeout_with_handle(late, LEAVE_WAIT);
    leptos::task::spawn_local(async move {
        super::autosave::flush(app);
        super::lock::settle(app).await;
        super::lock::forget(app);
        go();
    });
}

/// How long quick exit waits for the last save.
const LEAVE_WAIT: std::time::Duration = std::time::Duration::from_millis(1500);

/// On page load: reopen the draft that was open when the page went away.
pub fn restore(app: AppState) {
    if let Some(id) = app.drafts().open_draft() {
        let missing = app.drafts().raw(&id).is_none();
        if !open_draft(app, &id) {
            // A damaged one is not told here: the start screen lists it
            // as damaged, and a reload that tries it again lands there too.
            let _ = app.drafts().set_open_draft(None);
            // A missing one is: the person expected their plan, and the
            // start screen would not show why it is not there.
            if missing {
                report(app, UiError::DraftMissing);
            }
        }
    }
}

/// Stores which draft is open, so a reload reopens it; says so when the
/// device will not (the draft itself is saved apart from this).
fn remember_open(app: AppState, id: Option<&DraftId>) {
    if let Err(e) = app.drafts().set_open_draft(id) {
        report(app, UiError::OpenNotRemembered(e));
    }
}
