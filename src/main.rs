//! The browser entry points, the only `#[wasm_bindgen]` exports: the page
//! scripts call `mountPage()` (the app's own page, the iframe page) or
//! `mount(element, …)` (each element of a host page, see
//! `ui::embed`). They live here because a binary keeps only its own
//! exports; everything else is in the library.

#[cfg(target_arch = "wasm32")]
mod exports {
    use wasm_bindgen::prelude::*;

    /// Mounts the app into the page's `#keukentafel` element.
    #[wasm_bindgen(js_name = mountPage)]
    pub fn mount_page(options: js_sys::Array) {
        keukentafel::ui::mount_page(options);
    }

    /// An instance on a host page; `unmount()` takes it out completely.
    #[wasm_bindgen]
    pub struct Instance(keukentafel::Embedded);

    #[wasm_bindgen]
    impl Instance {
        pub fn unmount(&mut self) {
            self.0.unmount();
        }
    }

    /// Mounts an instance into `element` (see `keukentafel::ui::embed::mount`).
    #[wasm_bindgen]
    pub fn mount(
        element: web_sys::HtmlElement,
        options: js_sys::Array,
        stylesheet: String,
        integrity: String,
    ) -> Result<Instance, JsError> {
        keukentafel::mount(element, options, stylesheet, integrity).map(Instance)
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Keukentafel runs in the browser: use `./run serve`.");
}
