//! A second tab (or a second instance on one page) on the same draft.
//! When another writer stores the draft open here (heard on the writers'
//! channel, see `session::watch_other_tabs`, or found by this tab's own
//! write being stale, see `writer`), this tab
//! - with nothing unsaved, takes the new version as it is;
//! - with unsaved changes, merges them with it field by field against the
//!   last version both had (`domain::merge`) and saves the result;
//! - only where both changed one field differently, asks: both texts, one
//!   choice per field; saving here waits for those choices.
//!
//! A locked draft's records are sealed: one heard from another tab is
//! opened with the key held here first (`Lock::unseal`), then taken or
//! merged the same way. Its writes are not guarded by revision (a side
//! kept aside would be plaintext), so two saves crossing each other still
//! leave the later one stored until the tab that wrote the earlier one
//! hears it and merges.
//!
//! A side kept aside by a stale write or by a page that went away before
//! its write was confirmed (`storage::revision`) is merged in the same way
//! when the draft is next opened ([`recover`]), and removed only once the
//! merged draft is saved. Nothing typed on either side is thrown away
//! unasked.

use super::autosave;
use super::browser;
use super::notice::{report, UiError};
use super::state::{tr, use_app, AppState, SaveStatus};
use crate::domain::edit::IntakeText;
use crate::domain::field_ref::FieldRef;
use crate::domain::format;
use crate::domain::locked;
use crate::domain::merge::{merge, take_theirs, Conflict};
use crate::domain::revision::{self, Stamp};
use crate::domain::Intake;
use crate::i18n::{t, Key};
use crate::storage::revision::unmerged_key;
use crate::storage::DraftId;
use leptos::prelude::*;

/// The last version this tab and the stored draft had in common (as
/// stored, and its revision), the conflicts waiting for the person's
/// choice, and the unmerged sides merged in here, to remove once saved.
#[derive(Clone, Copy)]
struct TwoTabs {
    base: StoredValue<Option<String>>,
    conflicts: RwSignal<Vec<Conflict>>,
    revs: StoredValue<Revs>,
}

/// One stored value rather than three: each kind of stored value adds its
/// own copy of the reactive store's code to the chunk.
#[derive(Clone, Default)]
struct Revs {
    /// The revision of `base`.
    rev: Option<u64>,
    /// Unmerged sides merged in here, to remove once saved.
    adopted: Vec<String>,
    /// While asking: the revision (and text) this tab's side was made
    /// from, so a page left before the choice keeps a side that asks again.
    asked_from: Option<(u64, Option<String>)>,
    /// The revision of a stored draft this version cannot read (a newer
    /// version's): never taken as the base, or the next save would be
    /// written over it.
    unreadable: Option<(DraftId, u64)>,
    /// Another tab's sealed records of the open draft being opened, in
    /// order: only the newest is taken.
    unsealing: u64,
}

fn set_rev(s: TwoTabs, rev: u64) {
    s.revs.update_value(|r| r.rev = Some(rev));
}

fn state(app: AppState) -> Option<TwoTabs> {
    app.in_root(use_context::<TwoTabs>).flatten()
}

/// Under the app's root owner (see `session::activate`).
pub fn install() {
    provide_context(TwoTabs {
        base: StoredValue::new(None),
        conflicts: RwSignal::new(Vec::new()),
        revs: StoredValue::new(Revs::default()),
    });
}

/// The version of draft `id` just opened, written or taken: the new
/// common version, at the revision the mirror holds for it.
pub fn set_base(app: AppState, id: &DraftId, json: String) {
    // A locked draft's stored record is sealed: the base is its text.
    let json = match locked::is_sealed(&json) {
        true => match super::lock::stored_text(app) {
            Some(text) => text,
            None => return,
        },
        false => json,
    };
    if let Some(s) = state(app) {
        let rev = app.drafts().stamp(id).rev;
        let unreadable = |r: &Revs| matches!(&r.unreadable, Some((d, n)) if d == id && *n == rev);
        if s.revs.with_value(unreadable) {
            return;
        }
        s.base.set_value(Some(json));
        set_rev(s, rev);
    }
}

/// For the writer: the revision (and its text) the open draft's next
/// write is made from, when `key` is the open draft's and this tab merges
/// it (not a locked draft: its text is sealed).
pub fn base_of(app: AppState, key: &str) -> Option<(u64, Option<String>)> {
    let s = state(app)?;
    let id = app.draft.get_untracked()?;
    if app.drafts().draft_key(&id) != key || super::lock::current(app, &id).is_some() {
        return None;
    }
    Some((s.revs.with_value(|r| r.rev)?, s.base.get_value()))
}

/// Another writer stored `theirs` as the draft open here.
pub fn theirs_saved(app: AppState, theirs: String) {
    let (Some(s), Some(id)) = (state(app), app.draft.get_untracked()) else {
        return;
    };
    // A locked draft: their record is sealed. Opened with the key held
    // here, it is taken or merged as any draft's (issue: last write won).
    if let Some(lock) = super::lock::current(app, &id) {
        // Not a record this tab can read: it keeps its own, as below.
        let Ok(parts) = locked::parse(&theirs) else {
            return;
        };
        let seq = s.revs.with_value(|r| r.unsealing) + 1;
        s.revs.update_value(|r| r.unsealing = seq);
        leptos::task::spawn_local(async move {
            // Sealed under another passphrase (locked anew meanwhile):
            // this tab keeps its own, and its next save writes it.
            let Ok(text) = lock.unseal(&parts).await else {
                return;
            };
            // A newer record came meanwhile (its own opening takes it
            // over), or the draft was closed or locked.
            let newest = s.revs.try_with_value(|r| r.unsealing) == Some(seq);
            let open = app.draft.try_get_untracked().flatten().as_ref() == Some(&id)
                && super::lock::current(app, &id).is_some();
            if newest && open {
                super::lock::took(app, text.clone());
                take_or_merge(app, s, &id, text);
            }
        });
        return;
    }
    take_or_merge(app, s, &id, theirs);
}

/// `theirs` (as text) is stored as draft `id`, open here: taken as it is
/// when nothing here is unsaved, else merged with this tab's version.
fn take_or_merge(app: AppState, s: TwoTabs, id: &DraftId, theirs: String) {
    // The mirror took the other writer's stamp with its text.
    let rev = app.drafts().stamp(id).rev;
    let mine = app.intake.with_untracked(format::to_json);
    if mine == theirs {
        s.base.set_value(Some(theirs));
        set_rev(s, rev);
        return;
    }
    // Not readable (a newer version's draft, say): this tab keeps its own,
    // and its next save writes it.
    let Ok(theirs_intake) = format::from_json(&theirs) else {
        return;
    };
    if !autosave::unsaved(app) && !super::lock::sealing(app) {
        autosave::discard(app);
        app.replace_intake(theirs_intake);
        autosave::discard(app);
        s.base.set_value(Some(theirs));
        set_rev(s, rev);
        // What is shown is what is stored: the header says so.
        if app.save_status.get_untracked() != SaveStatus::Idle {
            app.save_status
                .set(SaveStatus::Saved(browser::clock_time()));
        }
        return;
    }
    merge_in(app, s, theirs, theirs_intake, rev);
}

/// This tab's write of draft `key` was stale: `theirs` (at `stored`) is
/// in the store, and this tab's side is kept beside it. Merges this tab's
/// version with theirs (or asks), and saves the result.
pub fn stale_write(app: AppState, key: &str, theirs: Option<String>, stored: Stamp) {
    let (Some(s), Some(id)) = (state(app), app.draft.get_untracked()) else {
        return;
    };
    if app.drafts().draft_key(&id) != key {
        return;
    }
    // Until the merged draft is saved, the kept side stays.
    autosave::mark_dirty(app);
    if let Some(side) = unmerged_key(key, &app.mirror().id()) {
        adopt(s, side);
    }
    match theirs.map(|t| (format::from_json(&t), t)) {
        Some((Ok(theirs_intake), theirs)) => merge_in(app, s, theirs, theirs_intake, stored.rev),
        // Removed meanwhile (in another tab, or the site's data cleared):
        // this tab still shows it.
        None => write_again(app, s, &id, stored.rev),
        // Not readable here (a newer version's): nothing is overwritten,
        // and this tab's side stays kept beside it (every save keeps the
        // newest). Not "saving": that never ends; the person is told.
        Some((Err(_), _)) => {
            s.revs
                .update_value(|r| r.unreadable = Some((id.clone(), stored.rev)));
            if app.save_status.get_untracked() == SaveStatus::Pending {
                app.save_status.set(SaveStatus::Idle);
            }
            if app
                .notice
                .with_untracked(|n| n.as_ref() != Some(&UiError::SavedByNewer))
            {
                report(app, UiError::SavedByNewer);
            }
        }
    }
}

/// Another writer removed the draft open here (heard on the writers'
/// channel; the mirror no longer holds it). With nothing unsaved here,
/// nothing is lost by letting it go: the person is told and taken to the
/// start screen (`session::removed_elsewhere`). With text not yet stored
/// (typed, being written, or waiting for a choice between two tabs), that
/// text is all there is of the household now: it is written again.
pub fn theirs_removed(app: AppState) {
    let (Some(s), Some(id)) = (state(app), app.draft.get_untracked()) else {
        return;
    };
    let mine = app.intake.with_untracked(format::to_json);
    // The intake may have changed in this very task, before autosave's
    // effect marked it: what is shown is compared with what was stored.
    let stored = s.base.with_value(|b| b.as_deref() == Some(mine.as_str()))
        || super::lock::is_stored(app, &mine);
    if stored && !autosave::unsaved(app) && !app.other_tab.get_untracked() {
        super::session::removed_elsewhere(app);
        return;
    }
    let rev = app.drafts().stamp(&id).rev;
    write_again(app, s, &id, rev);
}

/// Draft `id` was removed in storage while this tab holds text of it not
/// stored: this tab's version, all there is, is written again as a new
/// draft (from revision `rev`, what the store has: none), now, since the
/// person may type nothing more; the status says "saved" once it is
/// stored. It is open here, so the open-draft pointer names it again.
fn write_again(app: AppState, s: TwoTabs, id: &DraftId, rev: u64) {
    set_rev(s, rev);
    super::session::reopened(app, id);
    autosave::mark_dirty(app);
    autosave::flush(app);
}

/// Merges this tab's version with `theirs` (revision `rev`) against the
/// common base, which `theirs` becomes; asks where both changed a field.
fn merge_in(app: AppState, s: TwoTabs, theirs: String, theirs_intake: Intake, rev: u64) {
    let base = s
        .base
        .get_value()
        .and_then(|b| format::from_json(&b).ok())
        .unwrap_or_default();
    let merged = app
        .intake
        .with_untracked(|mine| merge(&base, mine, &theirs_intake));
    if !merged.conflicts.is_empty() && s.revs.with_value(|r| r.asked_from.is_none()) {
        let from = s
            .revs
            .with_value(|r| r.rev)
            .map(|r| (r, s.base.get_value()));
        s.revs.update_value(|r| r.asked_from = from);
    }
    s.base.set_value(Some(theirs));
    set_rev(s, rev);
    if !merged.conflicts.is_empty() {
        // Saving waits for the choices (autosave checks `other_tab`).
        app.other_tab.set(true);
        s.conflicts.set(merged.conflicts);
    }
    // Autosave sees the change and saves the merged version (or waits).
    app.replace_intake(merged.intake);
}

fn adopt(s: TwoTabs, side: String) {
    s.revs.update_value(|r| {
        if !r.adopted.contains(&side) {
            r.adopted.push(side);
        }
    });
}

/// Opening draft `id` (as `stored`): the sides kept aside by writes that
/// never made it (a stale write, a page gone before its write was
/// confirmed) are merged in; where one conflicts, the person is asked,
/// both texts shown. Returns what to show, and whether a side was merged
/// in (then it is to be saved).
pub fn recover(app: AppState, id: &DraftId, stored: Intake) -> (Intake, bool) {
    let Some(s) = state(app) else {
        return (stored, false);
    };
    let drafts = app.drafts();
    let stamp = drafts.stamp(id);
    let mut intake = stored;
    let mut conflicts = Vec::new();
    let mut merged_in = false;
    for (key, side) in drafts.unmerged(id).unwrap_or_default() {
        // An unreadable side is left where it is, never dropped.
        let stored = format::to_json(&intake);
        let Some((merged, side)) =
            side.and_then(|side| Some((revision::recover(&side, Some(&stored), stamp.rev)?, side)))
        else {
            continue;
        };
        if !merged.conflicts.is_empty() {
            // Left again before choosing: the side kept then asks again.
            s.revs
                .update_value(|r| r.asked_from = Some((side.rev, side.base)));
        }
        conflicts.extend(merged.conflicts);
        intake = merged.intake;
        adopt(s, key);
        merged_in = true;
    }
    if !conflicts.is_empty() {
        app.other_tab.set(true);
        s.conflicts.set(conflicts);
    }
    (intake, merged_in)
}

/// The page is going away while the question is open (nothing is saved
/// meanwhile): this tab's version as its unmerged side (key and record),
/// made from the revision it had before the question, so the next open
/// merges it again and asks again, with what was typed since.
pub fn asked_side(app: AppState) -> Option<(String, String)> {
    let s = state(app)?;
    let id = app.draft.get_untracked()?;
    if !app.other_tab.get_untracked() || super::lock::current(app, &id).is_some() {
        return None;
    }
    let (rev, base) = s.revs.with_value(|r| r.asked_from.clone())?;
    let key = unmerged_key(&app.drafts().draft_key(&id), &app.mirror().id())?;
    // Removed with the save after the choice, like every side merged here.
    adopt(s, key.clone());
    let mine = app.intake.with_untracked(format::to_json);
    Some((key, revision::Unmerged { rev, base, mine }.to_json()))
}

/// Saving the open draft (autosave, once no question is open): the sides
/// merged into it are removed in the same write.
pub fn forget_merged(app: AppState) {
    let Some(s) = state(app) else {
        return;
    };
    let drafts = app.drafts();
    let mut adopted = Vec::new();
    s.revs
        .update_value(|r| adopted = std::mem::take(&mut r.adopted));
    for key in adopted {
        // Not told: a side left behind is merged again at the next open,
        // which changes nothing.
        _ = drafts.forget_unmerged(&key);
    }
}

/// What a conflict's field is called, as the screen names it.
fn label(lang: crate::domain::Lang, conflict: &Conflict) -> &'static str {
    let key = match conflict.field() {
        Some(FieldRef::Text(IntakeText::HouseholdName)) => Key::household_name,
        Some(FieldRef::Text(IntakeText::ContactName)) => Key::contact_name,
        Some(FieldRef::Text(IntakeText::ContactOrganisation)) => Key::contact_organisation,
        Some(FieldRef::Text(IntakeText::ContactReach)) => Key::contact_reach,
        _ => Key::other_tab_field,
    };
    t(lang, key)
}

/// The question shown while both tabs changed the same fields: both texts
/// per field, one choice each.
#[component]
pub fn OtherTabNotice() -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let Some(s) = state(app) else {
        return ().into_any();
    };
    // Per conflict: true when the other tab's text is chosen.
    let theirs_chosen = RwSignal::new(Vec::<bool>::new());
    Effect::new(move |_| {
        let n = s.conflicts.with(Vec::len);
        theirs_chosen.set(vec![false; n]);
    });
    let keep = move |_| {
        let conflicts = s.conflicts.get_untracked();
        let chosen = theirs_chosen.get_untracked();
        let mut intake = app.intake.get_untracked();
        for (c, theirs) in conflicts.iter().zip(chosen) {
            if theirs {
                intake = take_theirs(&intake, c);
            }
        }
        s.conflicts.set(Vec::new());
        s.revs.update_value(|r| r.asked_from = None);
        app.other_tab.set(false);
        app.replace_intake(intake);
        autosave::mark_dirty(app);
        autosave::flush(app);
    };
    let rows = move || {
        s.conflicts
            .get()
            .into_iter()
            .enumerate()
            .map(|(i, c)| {
                let name = format!("other-tab-{i}");
                let (mine, theirs) = (Conflict::text(&c.mine), Conflict::text(&c.theirs));
                let pick = move |v: bool| {
                    theirs_chosen.update(|all| {
                        if let Some(x) = all.get_mut(i) {
                            *x = v;
                        }
                    })
                };
                let checked = move |v: bool| {
                    theirs_chosen.with(|all| all.get(i).copied().unwrap_or(false) == v)
                };
                view! {
                    <fieldset class="kt-fieldset" data-testid="other-tab-conflict">
                        <legend class="kt-label">{label(lang.get_untracked(), &c)}</legend>
                        <div class="kt-radio">
                            <input type="radio" id=format!("{name}-mine") name=name.clone()
                                prop:checked=move || checked(false) on:change=move |_| pick(false) />
                            <label for=format!("{name}-mine")>
                                {tr(lang, Key::other_tab_mine)}": "<bdi>{mine}</bdi>
                            </label>
                        </div>
                        <div class="kt-radio">
                            <input type="radio" id=format!("{name}-theirs") name=name.clone()
                                prop:checked=move || checked(true) on:change=move |_| pick(true) />
                            <label for=format!("{name}-theirs")>
                                {tr(lang, Key::other_tab_theirs)}": "<bdi>{theirs}</bdi>
                            </label>
                        </div>
                    </fieldset>
                }
            })
            .collect_view()
    };
    view! {
        <Show when=move || s.conflicts.with(|c| !c.is_empty())>
            <div class="kt-notice kt-notice--warning kt-no-print" role="alert" data-testid="other-tab">
                <p class="kt-body">{tr(lang, Key::other_tab_conflict_body)}</p>
                {rows}
                <div class="kt-button-group">
                    <button type="button" class="kt-button kt-button--primary" on:click=keep>
                        {tr(lang, Key::other_tab_keep)}
                    </button>
                </div>
            </div>
        </Show>
    }
    .into_any()
}
