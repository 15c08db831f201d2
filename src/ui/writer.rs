//! The one writer of this instance's drafts. Every change goes to the
//! mirror at once (the app reads from there); the writer then takes all
//! pending changes as one batch and stores them in one durable transaction,
//! then the next batch: never two writes in flight, the newest value of a
//! key wins. What a failed write held is pending again, so nothing typed is
//! lost; the next change, or a page hide, tries again.
//!
//! The write path is one small pipeline, here and nowhere else:
//! serialise (the callers: `format::to_json`) → [`seal`] → [`store`].
//! A locked draft arrives here already sealed (`ui::lock`, before the
//! mirror: the mirror is read by the draft list and sent to other tabs).
//!
//! Revisions (issue 15): the open draft is written only if the store still
//! holds the revision it was made from (`idb::write_guarded`); when another
//! tab stored a newer one meanwhile, this tab's side is kept aside in the
//! same transaction and handed to `other_tab`, which merges it with the
//! stored draft and saves the result as the next revision.

use super::state::AppState;
use crate::domain::revision::Stamp;
use crate::storage::idb::Written;
use crate::storage::revision::{self, Guard};
use crate::storage::{channel, idb, Batch, Mirror, StoreError};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

type Settled = Rc<dyn Fn(Result<(), StoreError>)>;

struct Inner {
    app: AppState,
    mirror: Mirror,
    busy: Cell<bool>,
    /// The batch being written (kept aside too when the page goes away).
    in_flight: RefCell<Batch>,
    settled: RefCell<Option<Settled>>,
}

#[derive(Clone)]
pub struct Writer(Rc<Inner>);

/// Starts the writer of `app`'s mirror (once, see `session::activate`):
/// from now on every change to the mirror is written.
pub fn install(app: AppState) -> Writer {
    let writer = Writer(Rc::new(Inner {
        app,
        mirror: app.mirror(),
        busy: Cell::new(false),
        in_flight: RefCell::new(Batch::new()),
        settled: RefCell::new(None),
    }));
    app.mirror().set_id(&super::browser::fresh_draft_id());
    let kick = writer.clone();
    // After the current task, on a task of its own: the changes made
    // together (a draft and the open-draft pointer) go in one transaction,
    // and the screen a tap built is drawn before the write's work (≈11 ms
    // of a tap on "start" at 4× CPU). What waits is pending in the mirror,
    // which a page hide keeps (`keep_before_leaving`).
    app.mirror().on_change(Rc::new(move || {
        let kick = kick.clone();
        leptos::task::spawn_local(async move {
            super::browser::sleep(0).await;
            kick.kick()
        });
    }));
    // Changes made before (the migration's retry, a position) go now.
    writer.kick();
    writer
}

impl Writer {
    /// Who hears how each write went (autosave's status line).
    pub fn on_settled(&self, f: Settled) {
        *self.0.settled.borrow_mut() = Some(f);
    }

    /// The app is going away: writes already started finish, nobody is
    /// told, and later changes are not written (this also ends the
    /// mirror's hold on the writer).
    pub fn detach(&self) {
        *self.0.settled.borrow_mut() = None;
        self.0.mirror.on_change(Rc::new(|| {}));
    }

    /// True while changes wait or are being written.
    pub fn busy(&self) -> bool {
        self.0.busy.get() || self.0.mirror.has_pending()
    }

    /// Writes what is pending, unless a write is in flight (its end writes
    /// the rest).
    pub fn kick(&self) {
        if self.0.busy.get() || !self.0.mirror.has_pending() {
            return;
        }
        self.0.busy.set(true);
        let batch = self.0.mirror.take_pending();
        *self.0.in_flight.borrow_mut() = batch.clone();
        let guards = guards(self.0.app, &batch);
        let writer = self.clone();
        leptos::task::spawn_local(async move {
            let mirror = &writer.0.mirror;
            let written = store(mirror, seal(batch.clone()), &guards).await;
            writer.0.busy.set(false);
            writer.0.in_flight.borrow_mut().clear();
            let result = match written {
                Ok(written) => {
                    took(&writer, &guards, written);
                    Ok(())
                }
                Err(e) => {
                    mirror.put_back(batch);
                    Err(e)
                }
            };
            let settled = writer.0.settled.borrow().clone();
            if let Some(f) = settled {
                f(result.clone());
            }
            // Changes made meanwhile; after a failure, wait for the next
            // change rather than retry in a loop.
            if result.is_ok() {
                writer.kick();
            }
        });
    }

    /// The page is going away: each guarded draft waiting or being written
    /// is kept as this writer's unmerged side at once, in a transaction of
    /// its own that needs no answer from the store. If the page is gone
    /// before the guarded write is confirmed, the next start merges it in
    /// (`session::open_draft`); a confirmed write removes it.
    pub fn keep_before_leaving(&self) {
        let mut batch = self.0.in_flight.borrow().clone();
        batch.extend(self.0.mirror.pending());
        let mut kept = revision::keep(&batch, &guards(self.0.app, &batch), &self.0.mirror.id());
        // While the question is open nothing is saved: keep what is shown.
        if let Some((key, side)) = super::other_tab::asked_side(self.0.app) {
            kept.insert(key, Some(side));
        }
        if kept.is_empty() {
            return;
        }
        leptos::task::spawn_local(async move {
            // Not told: the guarded write after it reports how saving went.
            if let Ok(db) = idb::database(false).await {
                _ = idb::write(&db, &kept).await;
            }
        });
    }
}

/// The guard of each draft written in `batch`: the open draft is written
/// from the revision `other_tab` last had in common with the store; any
/// other draft (and a locked one, whose text is sealed) over any revision.
fn guards(app: AppState, batch: &Batch) -> Vec<Guard> {
    batch
        .iter()
        .filter(|(key, value)| value.is_some() && revision::rev_key(key).is_some())
        .map(|(key, _)| {
            let (base, base_text) = super::other_tab::base_of(app, key).unzip();
            Guard {
                key: key.clone(),
                base,
                base_text: base_text.flatten(),
            }
        })
        .collect()
}

/// Takes what a guarded write stored into the mirror and tells other tabs;
/// a stale draft's stored text and stamp are taken too, and `other_tab`
/// merges this tab's side with them.
fn took(writer: &Writer, guards: &[Guard], written: Written) {
    let mirror = &writer.0.mirror;
    mirror.load(written.planned.write.clone());
    channel::tell(&mirror.id(), &written.planned.write);
    for stale in &written.planned.stale {
        let at = guards.iter().position(|g| g.key == stale.key);
        let theirs = at.and_then(|i| written.stored.get(i).cloned().flatten());
        // What the store holds now, a removed draft included: the mirror
        // must not go on holding this tab's text as if it were stored, or
        // no save would write it again. No stamp stored reads as 0.
        if let Some(rev_key) = revision::rev_key(&stale.key) {
            let stamp = (stale.stored != Stamp::default()).then(|| stale.stored.to_text());
            mirror.load([(stale.key.clone(), theirs.clone()), (rev_key, stamp)]);
        }
        super::other_tab::stale_write(writer.0.app, &stale.key, theirs, stale.stored);
    }
}

/// What is stored of each value: as held. A locked draft is sealed before
/// it reaches the mirror (`ui::lock`), so no plaintext of it is here.
fn seal(batch: Batch) -> Batch {
    batch
}

/// Stores a sealed batch durably. A connection the browser closed (its
/// site data was cleared under the running app) is opened again once, and
/// then everything the mirror holds is written, not just the batch, as
/// into an empty store ([`revision::after_emptied`]).
async fn store(mirror: &Mirror, batch: Batch, guards: &[Guard]) -> Result<Written, StoreError> {
    let db = idb::database(false).await?;
    let id = mirror.id();
    match idb::write_guarded(&db, &batch, guards, &id).await {
        Err(StoreError::Unavailable) => {
            let db = idb::database(true).await?;
            let mut all = seal(mirror.everything());
            all.extend(batch);
            // Guarded from the revision the emptied store has (none): from
            // the old one, the open draft read as stale and was never
            // written again (found by e2e `big-inputs.test.mjs`).
            let (all, guards) = revision::after_emptied(all, guards);
            idb::write_guarded(&db, &all, &guards, &id).await
        }
        other => other,
    }
}
