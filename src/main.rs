//! Mounts the app into the standalone page. Everything else is in the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    keukentafel::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Keukentafel runs in the browser: use `./run serve`.");
}
