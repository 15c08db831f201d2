//! The few browser facts the UI needs (time, ids, title, downloads), kept
//! in one place so components stay about rendering.

use wasm_bindgen::{JsCast, JsValue};

/// Local time as "14:32", for the save status.
pub fn clock_time() -> String {
    let now = js_sys::Date::new_0();
    format!("{:02}:{:02}", now.get_hours(), now.get_minutes())
}

/// Resolves after `ms` milliseconds, on a task of its own: with 0, after
/// the browser has had its chance to render what the current task built.
pub async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let timer = web_sys::window()
            .map(|w| w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms));
        // Without a timer it resolves at once: a caller waits less, never
        // forever (a write that never happens would lose what was typed).
        if !matches!(timer, Some(Ok(_))) {
            let _ = resolve.call0(&JsValue::UNDEFINED);
        }
    });
    // A timer's promise never rejects.
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Resolves at the next animation frame, before it is drawn; in a hidden
/// tab, which draws no frames, on a 100 ms timer (which such a tab may
/// slow down).
pub async fn next_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let Some(w) = web_sys::window() else {
            let _ = resolve.call0(&JsValue::UNDEFINED);
            return;
        };
        let frame = w.request_animation_frame(&resolve);
        let timer = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 100);
        // Resolving twice is harmless; never resolving is not.
        if frame.is_err() && timer.is_err() {
            let _ = resolve.call0(&JsValue::UNDEFINED);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// UTC date-time, ISO 8601.
pub fn now_iso() -> String {
    js_sys::Date::new_0().to_iso_string().into()
}

/// Today's local date, `YYYY-MM-DD`.
pub fn today() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}

/// A fresh draft id: creation time first, so ids sort oldest first.
pub fn fresh_draft_id() -> String {
    let millis = js_sys::Date::now() as u64;
    let random = (js_sys::Math::random() * 65536.0) as u32;
    format!("{millis:012x}{random:04x}")
}

pub fn set_title(title: &str) {
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        doc.set_title(title);
    }
}

/// Moves keyboard focus to the element with this id, looked up in the
/// instance the user is working in: the document of the standalone page,
/// or the shadow root of an embedded instance (two instances on one page
/// have the same ids, each in its own root).
pub fn focus_id(id: &str) -> bool {
    match active_root() {
        Some(root) => focus_id_in(&root, id),
        None => false,
    }
}

/// Moves focus to the element with this id inside `anchor`'s root (its
/// shadow root, or the document).
pub fn focus_id_in(anchor: &web_sys::Node, id: &str) -> bool {
    let root = anchor.get_root_node();
    let found = if let Some(shadow) = root.dyn_ref::<web_sys::ShadowRoot>() {
        shadow.get_element_by_id(id)
    } else if let Some(doc) = root.dyn_ref::<web_sys::Document>() {
        doc.get_element_by_id(id)
    } else {
        None
    };
    found.is_some_and(focus)
}

/// Moves keyboard focus to `el`, when it can take it.
pub fn focus(el: web_sys::Element) -> bool {
    el.dyn_into::<web_sys::HtmlElement>()
        .is_ok_and(|el| el.focus().is_ok())
}

/// The element that has focus, looking through open shadow roots to the
/// innermost one (an embedded instance's).
pub fn active_element() -> Option<web_sys::Element> {
    let doc = web_sys::window()?.document()?;
    let mut active = doc.active_element()?;
    while let Some(inner) = active.shadow_root().and_then(|s| s.active_element()) {
        active = inner;
    }
    Some(active)
}

/// The root (document or shadow root) of the element that has focus.
fn active_root() -> Option<web_sys::Node> {
    active_element().map(|a| a.get_root_node())
}

/// Offers `content` as a file download.
pub fn download(file_name: &str, mime: &str, content: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&content.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| "blob".to_string())?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| "url".to_string())?;
    let doc = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("document")?;
    let a: web_sys::HtmlAnchorElement = doc
        .create_element("a")
        .map_err(|_| "anchor")?
        .unchecked_into();
    a.set_href(&url);
    a.set_download(file_name);
    a.click();
    // Only frees memory early; the page's end frees it anyway.
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// Asks the user to confirm with the browser's own dialog (keyboard and
/// screen reader friendly everywhere).
pub fn confirm(message: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.confirm_with_message(message).ok())
        .unwrap_or(false)
}

/// Adds `css` to the styles of `root` (a document, or an instance's
/// shadow root) through CSSOM, replacing what was adopted under the same
/// `tag`. A `<style>` element would be refused by a strict `style-src`
/// policy; adopted sheets are not. The plan's styles come this way with
/// the plan screen's code, instead of in every first load.
pub fn adopt_css(root: &web_sys::Node, tag: &str, css: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(sheet) = new_sheet(&window, css) else {
        return;
    };
    let key: JsValue = "adoptedStyleSheets".into();
    let Ok(current) = js_sys::Reflect::get(root, &key) else {
        return;
    };
    let tag_key: JsValue = "ktTag".into();
    let list: js_sys::Array = js_sys::Array::from(&current)
        .iter()
        .filter(|s| {
            js_sys::Reflect::get(s, &tag_key)
                .ok()
                .and_then(|t| t.as_string())
                .as_deref()
                != Some(tag)
        })
        .collect();
    // Tagged, so the next plan replaces this one instead of piling up. A
    // root without adoptedStyleSheets (an old browser) keeps its styles.
    // Setting a property on a sheet and on a root that has the list (read
    // above) does not fail in a browser that has constructed sheets.
    let _ = js_sys::Reflect::set(&sheet, &tag_key, &tag.into());
    list.push(&sheet);
    let _ = js_sys::Reflect::set(root, &key, &list);
}

/// A constructed stylesheet of `window` (a frame's sheets must come from
/// the frame's own constructor).
fn new_sheet(window: &web_sys::Window, css: &str) -> Option<JsValue> {
    let ctor = js_sys::Reflect::get(window, &"CSSStyleSheet".into()).ok()?;
    let ctor: js_sys::Function = ctor.dyn_into().ok()?;
    let sheet = js_sys::Reflect::construct(&ctor, &js_sys::Array::new()).ok()?;
    let replace = js_sys::Reflect::get(&sheet, &"replaceSync".into()).ok()?;
    let replace: js_sys::Function = replace.dyn_into().ok()?;
    replace.call1(&sheet, &css.into()).ok()?;
    Some(sheet)
}

/// Prints `body` (the plan document's HTML) on its own, in a hidden frame
/// placed in `anchor`'s instance, so a host page's header, navigation and
/// footer never end up on paper. The frame is a blank same-origin
/// document: its styles are set through CSSOM, so a strict CSP allows it.
pub fn print_in_frame(
    anchor: &web_sys::Element,
    lang: &str,
    title: &str,
    body: &str,
    css: &str,
) -> Result<(), String> {
    let doc = anchor.owner_document().ok_or("document")?;
    let container = anchor
        .closest(".kt-app")
        .ok()
        .flatten()
        .ok_or("container")?;
    if let Ok(Some(old)) = container.query_selector(".kt-print-frame") {
        old.remove();
    }
    let frame: web_sys::HtmlIFrameElement = doc
        .create_element("iframe")
        .map_err(|_| "iframe")?
        .unchecked_into();
    frame.set_class_name("kt-print-frame");
    frame.set_title(title);
    // Attributes with fixed, valid names cannot fail to be set.
    let _ = frame.set_attribute("aria-hidden", "true");
    let _ = frame.set_attribute("tabindex", "-1");
    container.append_child(&frame).map_err(|_| "append")?;
    let window = frame.content_window().ok_or("frame window")?;
    let frame_doc = frame.content_document().ok_or("frame document")?;
    let html = frame_doc.document_element().ok_or("frame html")?;
    // A fixed, valid attribute name: cannot fail.
    let _ = html.set_attribute("lang", lang);
    frame_doc.set_title(title);
    let frame_body = frame_doc.body().ok_or("frame body")?;
    frame_body.set_class_name("kt-doc");
    frame_body.set_inner_html(body);
    let sheet = new_sheet(&window, css).ok_or("stylesheet")?;
    js_sys::Reflect::set(
        &frame_doc,
        &"adoptedStyleSheets".into(),
        &js_sys::Array::of1(&sheet),
    )
    .map_err(|_| "adopt")?;
    window.print().map_err(|_| "print".to_string())
}
