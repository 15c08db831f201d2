//! The Rust host renders the component inside its own page, with its typed
//! config, in headless Chromium; the host's heading and title stay its own.
#![cfg(target_arch = "wasm32")]

use keukentafel_leptos_host::HostPage;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Resolves once `selector` matches inside `host`: the app reads its
/// drafts from IndexedDB before it shows the start screen (asynchronous),
/// so the test waits for that screen itself rather than for a time.
/// Fails after 5 s, with the selector, instead of hanging.
async fn appears(host: &web_sys::HtmlElement, selector: &str) {
    let wait = js_sys::Function::new_with_args(
        "host, selector",
        "return new Promise((resolve, reject) => {
            if (host.querySelector(selector)) { resolve(); return; }
            const seen = new MutationObserver(() => {
                if (host.querySelector(selector)) { seen.disconnect(); clearTimeout(late); resolve(); }
            });
            const late = setTimeout(() => { seen.disconnect(); reject(new Error('never shown: ' + selector)); }, 5000);
            seen.observe(host, { childList: true, subtree: true });
        })",
    );
    let promise: js_sys::Promise = wait
        .call2(&wasm_bindgen::JsValue::NULL, host, &selector.into())
        .unwrap()
        .unchecked_into();
    if let Err(e) = wasm_bindgen_futures::JsFuture::from(promise).await {
        panic!("{e:?}");
    }
}

#[wasm_bindgen_test]
async fn the_component_renders_inside_the_hosts_page() {
    let doc = web_sys::window().unwrap().document().unwrap();
    doc.set_title("Gemeente Voorbeeldstad");
    let host: web_sys::HtmlElement = doc.create_element("div").unwrap().unchecked_into();
    doc.body().unwrap().append_child(&host).unwrap();
    leptos::mount::mount_to(host.clone(), HostPage).forget();
    // Ready: the start screen is up (its heading is inside the component).
    appears(&host, "main .kt-app h1").await;

    let app = host
        .query_selector("main .kt-app")
        .unwrap()
        .expect("the component is inside the host's main");
    let heading = app
        .query_selector("h1")
        .unwrap()
        .expect("the start screen has its heading");
    assert_eq!(heading.text_content().unwrap(), "Samen aan de keukentafel");
    assert!(
        host.query_selector(".kt-app button.kt-button--primary")
            .unwrap()
            .is_some(),
        "the start button is there"
    );
    // The host keeps its own page: the component sets no title when embedded.
    assert_eq!(doc.title(), "Gemeente Voorbeeldstad");
    assert_eq!(
        host.query_selector("main > h1")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap(),
        "Samen een plan maken"
    );
}
