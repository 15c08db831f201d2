//! A locked draft in the list of drafts: only the label the person chose,
//! a passphrase field to open it, and remove. A wrong passphrase says so
//! and changes nothing; the right one opens the draft, with its key held
//! in memory until it is locked again.

use crate::domain::format;
use crate::domain::locked::SealedParts;
use crate::i18n::{t, tf, Key};
use crate::storage::DraftId;
use crate::ui::browser;
use crate::ui::components::removal_focus::{target_element, AfterRedraw};
use crate::ui::crypto::Lock;
use crate::ui::notice::{report_err, UiError};
use crate::ui::session;
use crate::ui::state::{tr, use_app};
use crate::ui::steps::drafts::DRAFT_LIST;
use leptos::prelude::*;

#[component]
pub fn UnlockRow(id: DraftId, sealed: SealedParts) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let pass = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let wrong = RwSignal::new(None::<Key>);
    let field = format!("kt-unlock-{}", id.0);
    let error_id = format!("{field}-error");
    let label = sealed.label.clone();
    let sealed = StoredValue::new(sealed);
    let open_id = id.clone();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        wrong.set(None);
        let passphrase = pass.get_untracked();
        let parts = sealed.get_value();
        let id = open_id.clone();
        leptos::task::spawn_local(async move {
            let outcome = Lock::open(&passphrase, &parts).await;
            busy.try_set(false);
            match outcome.map(|(lock, text)| (lock, format::from_json(&text), text)) {
                Ok((lock, Ok(intake), text)) => {
                    pass.try_set(String::new());
                    session::open_unlocked(app, &id, intake, text, lock);
                }
                // Opened, but the plan inside does not read (a newer version).
                Ok((_, Err(_), _)) => {
                    wrong.try_set(Some(Key::unlock_damaged));
                }
                Err(_) => {
                    wrong.try_set(Some(Key::unlock_wrong));
                }
            }
        });
    };
    let remove = {
        let (id, label) = (id.clone(), label.clone());
        move |ev: leptos::ev::MouseEvent| {
            let after = AfterRedraw::note(target_element(&ev), DRAFT_LIST);
            let msg = tf(
                lang.get_untracked(),
                Key::start_remove_confirm,
                &[("name", &label)],
            );
            if browser::confirm(&msg) {
                report_err(app, app.drafts().remove(&id).map_err(UiError::Remove));
                app.drafts_changed.update(|n| *n += 1);
                after.then();
            }
        }
    };
    let described = {
        let error_id = error_id.clone();
        move || wrong.get().is_some().then(|| error_id.clone())
    };
    view! {
        <li class="kt-draft kt-draft--locked">
            <h3 class="kt-heading-s">{label.clone()}</h3>
            <p class="kt-body">{tr(lang, Key::unlock_body)}</p>
            <form on:submit=submit novalidate>
                <div class="kt-field">
                    <label class="kt-label" for=field.clone()>{tr(lang, Key::lock_passphrase)}</label>
                    {move || wrong.get().map(|key| view! {
                        <p class="kt-error-message" id=error_id.clone() role="alert">{t(lang.get(), key)}</p>
                    })}
                    <input class="kt-input" id=field type="password" autocomplete="current-password"
                        aria-describedby=described
                        prop:value=move || pass.get()
                        on:input=move |ev| pass.set(event_target_value(&ev)) />
                </div>
                <div class="kt-button-group">
                    <button type="submit" class="kt-button kt-button--primary"
                        aria-label=move || tf(lang.get(), Key::start_resume_named, &[("name", &label)])>
                        {move || if busy.get() { t(lang.get(), Key::lock_busy) } else { t(lang.get(), Key::unlock_submit) }}
                    </button>
                    <button type="button" class="kt-button kt-button--warning" on:click=remove>
                        {tr(lang, Key::start_remove)}
                    </button>
                </div>
            </form>
        </li>
    }
}
