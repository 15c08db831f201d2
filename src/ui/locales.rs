//! Fetching a language's texts when it is chosen (issue 13): Dutch, the
//! default, is in the first load (its first screen) and in the intake's
//! chunk (the rest); every other language is two wasm chunks of its own,
//! `locale_<code>` (the first screen's texts, fetched when the language is
//! chosen) and `locale_<code>_rest` (the intake's texts, fetched when an
//! intake opens in it). A Dutch session fetches none of them.
//!
//! The API: [`ensure`] before showing a screen in a language, and
//! [`ensure_all`] before the intake's code runs in it (`ui/lazy.rs` does
//! that at every way in). A chunk that cannot be fetched is [`NotLoaded`]:
//! the caller keeps the current language and shows the load-failure notice.

use std::future::Future;
use std::pin::Pin;

use super::lazy::NotLoaded;
use crate::domain::Lang;
use crate::i18n::{self, Part};
#[cfg(not(feature = "dev"))]
use leptos::wasm_split::wasm_split;

/// One split point per language and part, each returning its NUL-joined
/// texts, so wasm-split-cli gives each a chunk of its own. With the `dev`
/// feature (no splitter) the same functions call straight through.
macro_rules! chunk {
    ($module:ident, $name:ident, $blob:path) => {
        #[cfg(not(feature = "dev"))]
        #[wasm_split($module, wasm_split_path = ::leptos::wasm_split, fallible)]
        fn $name() -> Result<&'static str, NotLoaded> {
            Ok($blob())
        }

        #[cfg(feature = "dev")]
        async fn $name() -> Result<&'static str, NotLoaded> {
            Ok($blob())
        }
    };
}

chunk!(locale_en, en_first, i18n::first_en);
chunk!(locale_en_rest, en_rest, i18n::rest_en);
chunk!(locale_ar, ar_first, i18n::first_ar);
chunk!(locale_ar_rest, ar_rest, i18n::rest_ar);
chunk!(locale_tr, tr_first, i18n::first_tr);
chunk!(locale_tr_rest, tr_rest, i18n::rest_tr);
chunk!(locale_pl, pl_first, i18n::first_pl);
chunk!(locale_pl_rest, pl_rest, i18n::rest_pl);
chunk!(locale_uk, uk_first, i18n::first_uk);
chunk!(locale_uk_rest, uk_rest, i18n::rest_uk);

/// A split point's answer, boxed: `fetch` then awaits one kind of future
/// instead of ten (less code in the first load).
type Fetching = Pin<Box<dyn Future<Output = Result<&'static str, NotLoaded>>>>;

/// Per language besides Dutch (in `Lang::ALL` order), its two parts.
const CHUNKS: [[fn() -> Fetching; 2]; 5] = [
    [|| Box::pin(en_first()), || Box::pin(en_rest())],
    [|| Box::pin(ar_first()), || Box::pin(ar_rest())],
    [|| Box::pin(tr_first()), || Box::pin(tr_rest())],
    [|| Box::pin(pl_first()), || Box::pin(pl_rest())],
    [|| Box::pin(uk_first()), || Box::pin(uk_rest())],
];

/// Fetches one part of one language, unless it is in already.
async fn fetch(lang: Lang, part: Part) -> Result<(), NotLoaded> {
    // Dutch: the first screen's texts are in the first load, the rest
    // come with the intake's chunk (`i18n::register_rest`).
    let Some(chunk) = (lang as usize)
        .checked_sub(1)
        .map(|i| CHUNKS[i][part as usize])
    else {
        return Ok(());
    };
    if !i18n::is_loaded(lang, part) {
        let blob = chunk().await?;
        i18n::register(lang, part, blob);
    }
    Ok(())
}

/// The texts a screen in `lang` needs now: the first screen's, and the
/// intake's too once the intake's code is in (its Dutch texts are then
/// registered), so a switch mid-intake shows every text.
pub async fn ensure(lang: Lang) -> Result<(), NotLoaded> {
    fetch(lang, Part::First).await?;
    if i18n::is_loaded(Lang::Nl, Part::Rest) {
        fetch(lang, Part::Rest).await?;
    }
    Ok(())
}

/// Every text of `lang`: before the intake's code runs in it.
pub async fn ensure_all(lang: Lang) -> Result<(), NotLoaded> {
    fetch(lang, Part::First).await?;
    fetch(lang, Part::Rest).await
}
