//! Locking the open draft, on every screen of an intake: for an unlocked
//! draft the offer ("Vergrendel met een wachtwoordzin", with the plain
//! warning that there is no way back in without it, before anything is
//! chosen); for a locked one its label and "Nu vergrendelen".

use crate::domain::locked::LockProblem;
use crate::i18n::{t, tf, Key};
use crate::ui::browser;
use crate::ui::lock::{self, LockFailure};
use crate::ui::state::{tr, use_app};
use leptos::html;
use leptos::prelude::*;

/// The sentence saying the draft is locked: it takes focus once locking
/// is done, as the form (and its button, which had focus) is gone.
const LOCKED_ID: &str = "kt-lock-state";

/// Moves focus to `id` in the panel's root on the next frame, when what
/// changed is drawn. Focus only helps: what it points at is on screen. The
/// panel may be gone by then (the idle lock closes the draft), so its
/// reference is only tried: reading a disposed one panics.
fn focus_next_frame(panel: NodeRef<html::Section>, id: &'static str) {
    request_animation_frame(move || {
        if let Some(panel) = panel.try_get_untracked().flatten() {
            browser::focus_id_in(&panel, id);
        }
    });
}

/// The words for what went wrong, and which field it is about.
fn failure_text(f: &LockFailure) -> (Key, &'static str) {
    match f {
        LockFailure::Input(LockProblem::PassphraseTooShort) => {
            (Key::lock_error_short, "kt-lock-pass")
        }
        LockFailure::Input(LockProblem::PassphraseTooLong) => {
            (Key::lock_error_long, "kt-lock-pass")
        }
        LockFailure::Input(LockProblem::PassphrasesDiffer) => {
            (Key::lock_error_differ, "kt-lock-repeat")
        }
        LockFailure::Input(LockProblem::LabelEmpty) => {
            (Key::lock_error_label_empty, "kt-lock-label")
        }
        LockFailure::Input(LockProblem::LabelTooLong) => {
            (Key::lock_error_label_long, "kt-lock-label")
        }
        LockFailure::Crypto(_) | LockFailure::Store(_) => (Key::lock_error_failed, ""),
    }
}

#[component]
pub fn LockPanel() -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    // Bumped when the lock changes, so the panel shows the new state.
    let changed = RwSignal::new(0u32);
    let label = Memo::new(move |_| {
        changed.track();
        app.draft.track();
        lock::label(app)
    });
    let panel = NodeRef::<html::Section>::new();
    view! {
        <section class="kt-lock kt-no-print" aria-labelledby="kt-lock-title" node_ref=panel>
            {move || match label.get() {
                Some(label) => view! {
                    <h2 class="kt-heading-s" id="kt-lock-title">{tr(lang, Key::lock_offer_title)}</h2>
                    <p class="kt-body" id=LOCKED_ID tabindex="-1">{move || tf(lang.get(), Key::lock_is_locked, &[("label", &label)])}</p>
                    <button type="button" class="kt-button kt-button--secondary"
                        on:click=move |_| lock::lock_now(app)>
                        {tr(lang, Key::lock_now)}
                    </button>
                }.into_any(),
                None => view! { <LockOffer changed=changed panel=panel /> }.into_any(),
            }}
        </section>
    }
}

#[component]
fn LockOffer(
    /// Bumped once the draft is locked.
    changed: RwSignal<u32>,
    /// The panel, whose root focus is looked up in (a shadow root when embedded).
    panel: NodeRef<html::Section>,
) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let label = RwSignal::new(String::new());
    let pass = RwSignal::new(String::new());
    let repeat = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let failure = RwSignal::new(None::<LockFailure>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        failure.set(None);
        let (p, r, l) = (
            pass.get_untracked(),
            repeat.get_untracked(),
            label.get_untracked(),
        );
        leptos::task::spawn_local(async move {
            let outcome = lock::lock_open_draft(app, p, r, l).await;
            busy.try_set(false);
            match outcome {
                Ok(()) => {
                    // Out of memory as soon as it is not needed.
                    pass.try_set(String::new());
                    repeat.try_set(String::new());
                    changed.try_update(|n| *n += 1);
                    focus_next_frame(panel, LOCKED_ID);
                }
                Err(f) => {
                    // To the field to change, which now names the problem
                    // (aria-describedby); a failure of no field is an alert.
                    let field = failure_text(&f).1;
                    failure.try_set(Some(f));
                    if !field.is_empty() {
                        focus_next_frame(panel, field);
                    }
                }
            }
        });
    };
    let error_for = move |field: &'static str| {
        move || {
            failure.with(|f| {
                f.as_ref().and_then(|f| {
                    let (key, at) = failure_text(f);
                    (at == field).then(|| view! {
                        <p class="kt-error-message" id=format!("{field}-error")>{t(lang.get(), key)}</p>
                    })
                })
            })
        }
    };
    let general = move || {
        failure.with(|f| {
            f.as_ref().and_then(|f| {
                let (key, at) = failure_text(f);
                at.is_empty().then(
                    || view! { <p class="kt-notice kt-notice--warning" role="alert">{t(lang.get(), key)}</p> },
                )
            })
        })
    };
    let invalid = move |field: &'static str| {
        move || {
            failure
                .with(|f| f.as_ref().is_some_and(|f| failure_text(f).1 == field))
                .then_some("true")
        }
    };
    let described = move |field: &'static str, hint: bool| {
        move || {
            let error = failure.with(|f| f.as_ref().is_some_and(|f| failure_text(f).1 == field));
            let mut ids = Vec::new();
            if hint {
                ids.push(format!("{field}-hint"));
            }
            if error {
                ids.push(format!("{field}-error"));
            }
            ids.join(" ")
        }
    };
    view! {
        <details class="kt-why kt-lock__offer">
            <summary id="kt-lock-title">{tr(lang, Key::lock_offer_title)}</summary>
            <p class="kt-body">{tr(lang, Key::lock_offer_body)}</p>
            <form class="kt-lock__form" on:submit=submit novalidate>
                <div class="kt-field">
                    <label class="kt-label" for="kt-lock-label">{tr(lang, Key::lock_label)}</label>
                    <p class="kt-hint" id="kt-lock-label-hint">{tr(lang, Key::lock_label_hint)}</p>
                    {error_for("kt-lock-label")}
                    <input class="kt-input" id="kt-lock-label" type="text" maxlength="60" autocomplete="off"
                        aria-invalid=invalid("kt-lock-label")
                        aria-describedby=described("kt-lock-label", true)
                        prop:value=move || label.get()
                        on:input=move |ev| label.set(event_target_value(&ev)) />
                </div>
                <div class="kt-field">
                    <label class="kt-label" for="kt-lock-pass">{tr(lang, Key::lock_passphrase)}</label>
                    <p class="kt-hint" id="kt-lock-pass-hint">{tr(lang, Key::lock_passphrase_hint)}</p>
                    {error_for("kt-lock-pass")}
                    <input class="kt-input" id="kt-lock-pass" type="password" autocomplete="new-password"
                        aria-invalid=invalid("kt-lock-pass")
                        aria-describedby=described("kt-lock-pass", true)
                        prop:value=move || pass.get()
                        on:input=move |ev| pass.set(event_target_value(&ev)) />
                </div>
                <div class="kt-field">
                    <label class="kt-label" for="kt-lock-repeat">{tr(lang, Key::lock_passphrase_repeat)}</label>
                    {error_for("kt-lock-repeat")}
                    <input class="kt-input" id="kt-lock-repeat" type="password" autocomplete="new-password"
                        aria-invalid=invalid("kt-lock-repeat")
                        aria-describedby=described("kt-lock-repeat", false)
                        prop:value=move || repeat.get()
                        on:input=move |ev| repeat.set(event_target_value(&ev)) />
                </div>
                {general}
                <button type="submit" class="kt-button kt-button--secondary" aria-disabled=move || busy.get().then_some("true")>
                    {move || if busy.get() { t(lang.get(), Key::lock_busy) } else { t(lang.get(), Key::lock_submit) }}
                </button>
            </form>
        </details>
    }
}
