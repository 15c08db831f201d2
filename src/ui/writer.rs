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

use super::state::AppState;
use crate::storage::{channel, idb, Batch, Mirror, StoreError};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

type Settled = Rc<dyn Fn(Result<(), StoreError>)>;

struct Inner {
    mirror: Mirror,
    busy: Cell<bool>,
    settled: RefCell<Option<Settled>>,
}

#[derive(Clone)]
pub struct Writer(Rc<Inner>);

/// Starts the writer of `app`'s mirror (once, see `session::activate`):
/// from now on every change to the mirror is written.
pub fn install(app: AppState) -> Writer {
    let writer = Writer(Rc::new(Inner {
        mirror: app.mirror(),
        busy: Cell::new(false),
        settled: RefCell::new(None),
    }));
    app.mirror().set_id(&super::browser::fresh_draft_id());
    let kick = writer.clone();
    // After the current task: the changes made together (a draft and the
    // open-draft pointer) then go in one transaction.
    app.mirror().on_change(Rc::new(move || {
        let kick = kick.clone();
        leptos::task::spawn_local(async move { kick.kick() });
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
        let writer = self.clone();
        leptos::task::spawn_local(async move {
            let result = store(&writer.0.mirror, seal(batch.clone())).await;
            writer.0.busy.set(false);
            match &result {
                Ok(()) => channel::tell(&writer.0.mirror.id(), &batch),
                Err(_) => writer.0.mirror.put_back(batch),
            }
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
}

/// What is stored of each value: as held. A locked draft is sealed before
/// it reaches the mirror (`ui::lock`), so no plaintext of it is here.
fn seal(batch: Batch) -> Batch {
    batch
}

/// Stores a sealed batch durably. A connection the browser closed (its
/// site data was cleared under the running app) is opened again once, and
/// then everything the mirror holds is written, not just the batch.
async fn store(mirror: &Mirror, batch: Batch) -> Result<(), StoreError> {
    let db = idb::database(false).await?;
    match idb::write(&db, &batch).await {
        Err(StoreError::Unavailable) => {
            let db = idb::database(true).await?;
            let mut all = seal(mirror.everything());
            all.extend(batch);
            idb::write(&db, &all).await
        }
        other => other,
    }
}
