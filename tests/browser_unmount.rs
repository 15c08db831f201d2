//! The app can be mounted and unmounted several times in one page (an
//! embedding's `handle.unmount()`): unmounting saves what is pending at
//! once (the write reaches IndexedDB without waiting for the debounce) and
//! removes every window and document listener autosave added.
#![cfg(target_arch = "wasm32")]

use keukentafel::domain::edit::{Edit, IntakeText};
use keukentafel::domain::format;
use keukentafel::domain::{Intake, Lang};
use keukentafel::storage::{idb, Drafts, Mirror};
use keukentafel::ui::session;
use keukentafel::ui::state::AppState;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

/// Counts adds and removes of the listeners the app uses, on the window
/// and the document, from here on.
const COUNT_LISTENERS: &str = r#"
window.__ktListeners = { added: 0, removed: 0 };
for (const target of [window, document]) {
  const add = target.addEventListener.bind(target);
  const remove = target.removeEventListener.bind(target);
  const watched = (type) => ['pagehide', 'storage', 'visibilitychange'].includes(type);
  target.addEventListener = (type, f, o) => { if (watched(type)) window.__ktListeners.added++; return add(type, f, o); };
  target.removeEventListener = (type, f, o) => { if (watched(type)) window.__ktListeners.removed++; return remove(type, f, o); };
}
"#;

/// Waits `ms` milliseconds.
async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// The stored value of `key` once it contains `text` (the writer is
/// asynchronous), or what is stored after 2 s.
async fn stored(key: &str, text: &str) -> Option<String> {
    let mut last = None;
    for _ in 0..100 {
        let db = idb::database(false).await.unwrap();
        let entries = idb::read_all(&db).await.unwrap();
        last = entries.into_iter().find(|(k, _)| k == key).map(|(_, v)| v);
        if last.as_deref().is_some_and(|v| v.contains(text)) {
            break;
        }
        sleep(20).await;
    }
    last
}

fn listeners(which: &str) -> f64 {
    js_sys::eval(&format!("window.__ktListeners.{which}"))
        .unwrap()
        .as_f64()
        .unwrap()
}

#[wasm_bindgen_test]
async fn unmounting_saves_at_once_and_leaves_no_listener() {
    js_sys::eval(COUNT_LISTENERS).unwrap();
    let doc = document();
    let host: HtmlElement = doc.create_element("div").unwrap().unchecked_into();
    doc.body().unwrap().append_child(&host).unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    let handle = leptos::mount::mount_to(host, move || {
        keukentafel::i18n::register_all();
        let app = AppState::new(Drafts::new(Mirror::new(), "kt-unmount"), Lang::Nl);
        provide_context(app);
        tx.send(app).unwrap();
        view! { <p>"app"</p> }
    });
    let app = rx.recv().unwrap();
    let id = session::start_draft(app, Intake::default());
    assert_eq!(listeners("added"), 2.0, "pagehide, visibilitychange");
    leptos::task::tick().await;
    app.edit(Edit::SetText(
        IntakeText::HouseholdName,
        "Familie Weg".into(),
    ));
    // Autosave sees the change and waits for the typing to stop.
    leptos::task::tick().await;

    drop(handle);

    assert_eq!(listeners("removed"), 2.0, "every listener removed");
    // The debounce timer was stopped with the app: only the save at
    // unmount can write this.
    let json = stored(&format!("kt-unmount.draft.{}", id.0), "Familie Weg")
        .await
        .expect("the draft is on the device");
    let saved = format::from_json(&json).unwrap();
    assert_eq!(
        saved.household.display_name, "Familie Weg",
        "saved at unmount, without waiting for the debounce"
    );
}
