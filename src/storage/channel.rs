//! Telling other tabs (and other instances on one page) what was written:
//! IndexedDB has no change event like localStorage's `storage`, so each
//! writer announces its committed batch on a `BroadcastChannel`, with the
//! values, and every other instance takes them into its mirror. Only the
//! wasm chunk uses this; it calls the browser through `Reflect`, so it adds
//! nothing to the JS glue of the first load.

use super::mirror::{Batch, Mirror};
use js_sys::{Array, Function, Reflect};
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

const NAME: &str = "keukentafel";

/// `new BroadcastChannel(NAME)`, where there is one.
fn channel() -> Option<JsValue> {
    let class: Function = Reflect::get(&js_sys::global(), &"BroadcastChannel".into())
        .ok()?
        .dyn_into()
        .ok()?;
    Reflect::construct(&class, &Array::of1(&NAME.into())).ok()
}

fn call(target: &JsValue, method: &str, arg: Option<&JsValue>) {
    let f = Reflect::get(target, &method.into()).and_then(|f| f.dyn_into::<Function>());
    if let Ok(f) = f {
        // A message that cannot be posted leaves other tabs as before:
        // they read the store again when they next start.
        _ = match arg {
            Some(a) => f.call1(target, a),
            None => f.call0(target),
        };
    }
}

/// Announces a committed batch as written by `from`.
pub fn tell(from: &str, batch: &Batch) {
    let Some(channel) = channel() else {
        return;
    };
    let changes: Array = batch
        .iter()
        .map(|(k, v)| {
            let value = v.as_deref().map_or(JsValue::NULL, JsValue::from_str);
            Array::of2(&JsValue::from_str(k), &value)
        })
        .collect();
    let message = Array::of2(&JsValue::from_str(from), &changes);
    call(&channel, "postMessage", Some(&message));
    call(&channel, "close", None);
}

/// Other writers' changes, taken into `mirror`, until dropped.
pub struct Listener {
    channel: JsValue,
    _on_message: Closure<dyn Fn(JsValue)>,
}

impl Drop for Listener {
    fn drop(&mut self) {
        _ = Reflect::set(&self.channel, &"onmessage".into(), &JsValue::NULL);
        call(&self.channel, "close", None);
    }
}

/// Listens for other writers; `changed` gets each message's changes.
pub fn listen(mirror: Mirror, changed: impl Fn(&Batch) + 'static) -> Option<Listener> {
    let channel = channel()?;
    let on_message = Closure::<dyn Fn(JsValue)>::new(move |event: JsValue| {
        let message = Array::from(&Reflect::get(&event, &"data".into()).unwrap_or_default());
        if message.get(0).as_string().as_deref() == Some(&*mirror.id()) {
            return;
        }
        let mut batch = Batch::new();
        for pair in Array::from(&message.get(1)).iter() {
            let pair = Array::from(&pair);
            if let Some(k) = pair.get(0).as_string() {
                batch.insert(k, pair.get(1).as_string());
            }
        }
        mirror.load(batch.clone());
        changed(&batch);
    });
    _ = Reflect::set(&channel, &"onmessage".into(), on_message.as_ref());
    Some(Listener {
        channel,
        _on_message: on_message,
    })
}
