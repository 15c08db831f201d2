//! The drafts on this device, listed on the start screen: each one read to
//! show its household, progress and last change. A damaged draft is listed
//! as damaged, with its raw content to download, and never hides the
//! others. Reading drafts needs the plan format, so this list comes from
//! the wasm chunk (see `ui::lazy`).

use crate::domain::checks::{progress, Progress};
use crate::domain::format::LoadErrorKind;
use crate::domain::import::copy_numbers;
use crate::domain::locked;
use crate::domain::Lang;
use crate::i18n::{t, tf, Key};
use crate::storage::{DraftId, LoadedDraft};
use crate::ui::browser;
use crate::ui::components::removal_focus::{target_element, AfterRedraw};
use crate::ui::components::UnlockRow;
use crate::ui::notice::{report_err, UiError};
use crate::ui::session;
use crate::ui::state::tr;
use crate::ui::state::use_app;
use leptos::prelude::*;

/// "2026-11-22T14:32:00.000Z" -> "22-11-2026 14:32" (UTC shown as stored
/// would confuse; the browser's local time is used).
fn local_stamp(iso: &str) -> String {
    let date = js_sys::Date::new(&iso.into());
    if date.get_time().is_nan() {
        return String::new();
    }
    format!(
        "{:02}-{:02}-{:04} {:02}:{:02}",
        date.get_date(),
        date.get_month() + 1,
        date.get_full_year(),
        date.get_hours(),
        date.get_minutes()
    )
}

/// The list's selector, for focus to find its place again after a removal.
pub const DRAFT_LIST: &str = ".kt-draft-list";

#[component]
pub fn DraftList() -> impl IntoView {
    let app = use_app();
    let drafts = Memo::new(move |_| {
        app.drafts_changed.track();
        app.drafts().list()
    });
    move || {
        match drafts.get() {
        Err(_) => view! { <p class="kt-notice kt-notice--warning">{tr(app.lang, Key::status_failed_unavailable)}</p> }.into_any(),
        Ok(list) => {
            // Plans of the same name ("keep both" on import) are told apart.
            let names: Vec<&str> = list
                .iter()
                .filter_map(|d| match &d.draft {
                    LoadedDraft::Ok(i) => Some(i.household.display_name.as_str()),
                    LoadedDraft::Damaged { .. } => None,
                })
                .collect();
            let mut copies = copy_numbers(&names).into_iter();
            let rows: Vec<_> = list
                .into_iter()
                .map(|d| {
                    let copy = match &d.draft {
                        LoadedDraft::Ok(_) => copies.next().flatten(),
                        LoadedDraft::Damaged { .. } => None,
                    };
                    (d, copy)
                })
                .collect();
            view! {
                <ul class="kt-draft-list">
                    {rows.into_iter().map(|(d, copy)| view! { <DraftRow id=d.id draft=d.draft copy=copy /> }).collect_view()}
                </ul>
            }.into_any()
        }
    }
    }
}

#[component]
fn DraftRow(
    id: DraftId,
    draft: LoadedDraft,
    /// The copy's number when another draft above has the same name.
    copy: Option<u32>,
) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let remove = {
        let id = id.clone();
        move |name: String, ev: leptos::ev::MouseEvent| {
            let after = AfterRedraw::note(target_element(&ev), DRAFT_LIST);
            let msg = tf(
                lang.get_untracked(),
                Key::start_remove_confirm,
                &[("name", &name)],
            );
            if browser::confirm(&msg) {
                // The writer stores the removal.
                session::activate(app);
                report_err(app, app.drafts().remove(&id).map_err(UiError::Remove));
                app.drafts_changed.update(|n| *n += 1);
                after.then();
            }
        }
    };
    match draft {
        LoadedDraft::Ok(intake) => {
            let name = if intake.household.display_name.trim().is_empty() {
                t(lang.get_untracked(), Key::start_unnamed).to_string()
            } else {
                intake.household.display_name.clone()
            };
            let name = match copy {
                Some(n) => tf(
                    lang.get_untracked(),
                    Key::start_draft_copy,
                    &[("name", &name), ("n", &n.to_string())],
                ),
                None => name,
            };
            let count = progress(&intake, &app.catalogue());
            let changed = local_stamp(&intake.co_ownership.last_changed);
            let open_id = id.clone();
            let name_for_remove = name.clone();
            let name_for_label = name.clone();
            view! {
                <li class="kt-draft">
                    <h3 class="kt-heading-s" dir="auto">{name.clone()}</h3>
                    <p class="kt-body">
                        {move || progress_words(lang.get(), count)}
                        {(!changed.is_empty()).then(|| {
                            let changed = changed.clone();
                            move || format!(" · {}", tf(lang.get(), Key::start_draft_changed, &[("when", &changed)]))
                        })}
                    </p>
                    <div class="kt-button-group">
                        <button type="button" class="kt-button kt-button--primary"
                            aria-label=move || tf(lang.get(), Key::start_resume_named, &[("name", &name_for_label)])
                            on:click=move |_| { session::open_draft(app, &open_id); app.navigated.set_value(true); }>
                            {tr(lang, Key::start_resume)}
                        </button>
                        <button type="button" class="kt-button kt-button--warning"
                            on:click=move |ev| remove(name_for_remove.clone(), ev)>
                            {tr(lang, Key::start_remove)}
                        </button>
                    </div>
                </li>
            }
            .into_any()
        }
        LoadedDraft::Damaged { raw, .. }
            if locked::is_sealed(&raw) && locked::parse(&raw).is_ok() =>
        {
            // Locked: only the label the person chose is shown.
            let sealed = locked::parse(&raw).unwrap_or_else(|_| unreachable!());
            view! { <UnlockRow id=id sealed=sealed /> }.into_any()
        }
        LoadedDraft::Damaged { raw, error } => {
            let file = format!("keukentafel-beschadigd-{}.txt", id.0);
            // Made by a newer Keukentafel: not damaged, and updating helps.
            let newer = matches!(error.kind, LoadErrorKind::NewerVersion { .. });
            let (title, body) = if newer {
                (Key::start_newer_title, Key::start_newer_body)
            } else {
                (Key::start_damaged_title, Key::start_damaged_body)
            };
            let reason = move || error.message(lang.get());
            view! {
                <li class="kt-draft kt-draft--damaged">
                    <h3 class="kt-heading-s">{tr(lang, title)}</h3>
                    <p class="kt-body">{tr(lang, body)}</p>
                    <p class="kt-hint">{reason}</p>
                    <div class="kt-button-group">
                        <button type="button" class="kt-button kt-button--secondary"
                            on:click=move |_| { report_err(app, browser::download(&file, "text/plain", &raw).map_err(|_| UiError::Download)); }>
                            {tr(lang, Key::start_damaged_download)}
                        </button>
                        <button type="button" class="kt-button kt-button--warning"
                            on:click=move |ev| remove(t(lang.get_untracked(), title).to_string(), ev)>
                            {tr(lang, Key::start_remove)}
                        </button>
                    </div>
                </li>
            }
            .into_any()
        }
    }
}

/// "4 van 5 onderwerpen klaar", or with domains put off counted apart:
/// "Van de 5 onderwerpen: 4 klaar, 1 voor later".
fn progress_words(lang: Lang, p: Progress) -> String {
    let (done, later, total) = (p.done.to_string(), p.later.to_string(), p.total.to_string());
    if p.later == 0 {
        tf(
            lang,
            Key::start_draft_progress,
            &[("done", &done), ("total", &total)],
        )
    } else {
        tf(
            lang,
            Key::start_draft_progress_later,
            &[("done", &done), ("later", &later), ("total", &total)],
        )
    }
}
