//! Applies a municipality's own wording (the `texts` option) with the
//! intake's code: it is read as soon as the first screen is up (with the
//! other options' checks, `lazy::config_notice`), then every text on the
//! screen shows it. A mistake leaves the standard texts and says where,
//! for the web team, like the other options' mistakes.

use super::state::AppState;
use crate::i18n;
use leptos::prelude::*;

/// Reads the option once per page and replaces the texts it names.
pub fn apply(app: AppState) {
    let json = app.config(|c| c.texts.clone());
    if json.is_empty() {
        return;
    }
    match crate::overrides::parse(&json) {
        Ok(list) => {
            i18n::set_overrides(list);
            // Texts are read when the language changes: the same language
            // again shows the new wording.
            app.lang.set(app.lang.get_untracked());
        }
        Err(e) => {
            // An option's problem, said first, stays.
            if app.config_error.with_untracked(Option::is_none) {
                app.config_error.set(Some(e.into()));
            }
        }
    }
}
