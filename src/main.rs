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

    /// Loads the intake's chunk ahead of need: `start.js` calls it when the
    /// first screen is up and the page is idle (issue 14), so a tap on
    /// "start" finds the chunk compiled and running, not only downloaded.
    /// A failure waits for the tap, which loads again and says so.
    #[wasm_bindgen]
    pub fn warm() {
        keukentafel::ui::lazy::warm();
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

    /// Mounts an instance for `host` into `root`, a `<div>` in `host`'s
    /// shadow root (see `keukentafel::ui::embed::mount`); a wrong option
    /// is said in the component, for the web team.
    #[wasm_bindgen]
    pub fn mount(
        host: web_sys::HtmlElement,
        root: web_sys::HtmlElement,
        options: js_sys::Array,
    ) -> Instance {
        Instance(keukentafel::mount(host, root, options))
    }
}

// The panic hook is installed with the intake's chunk (`ui::session`):
// its formatting code would cost the small first load a kilobyte.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Keukentafel runs in the browser: use `./run serve`.");
}
