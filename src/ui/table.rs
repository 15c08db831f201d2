//! Two languages at one table: the household's reading language and the
//! coach's, chosen on the household page, and one button in the header
//! that switches the screen between them at any time. Nothing typed is
//! touched (the intake is one value, whatever the language on screen), and
//! focus goes back to the field the person was in.
//!
//! The choice is a session setting saved beside the draft (like its
//! position), never in the intake: the plan and its fingerprint do not
//! change. All of this is chunk code: the intake's screens put the button
//! into an empty slot the header keeps for it, so the first load does not
//! grow.

use super::state::{use_app, AppState};
use super::{browser, lazy, locales};
use crate::config::Mode;
use crate::document::Languages;
use crate::domain::table::TableSettings;
use crate::domain::Lang;
use crate::i18n::{self, t, tf, Key, Part};
use crate::storage::DraftId;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The table's languages for the open draft. One per app, kept under its
/// root (the header's button and the screens both use it).
#[derive(Clone, Copy)]
pub struct Table {
    app: AppState,
    /// What was chosen in this visit, for the draft it was chosen for.
    chosen: RwSignal<Option<(DraftId, TableSettings)>>,
    /// Bumped when a language's texts arrived for the plan in two
    /// languages (`i18n`'s table of loaded texts is not reactive).
    texts_in: RwSignal<u32>,
}

/// The app's [`Table`], made on first use.
pub fn use_table(app: AppState) -> Table {
    if let Some(table) = use_context::<Table>() {
        return table;
    }
    let made = app.in_root(|| {
        use_context::<Table>().unwrap_or_else(|| {
            let table = Table {
                app,
                chosen: RwSignal::new(None),
                texts_in: RwSignal::new(0),
            };
            provide_context(table);
            table
        })
    });
    made.unwrap_or(Table {
        app,
        chosen: RwSignal::new(None),
        texts_in: RwSignal::new(0),
    })
}

fn setting_name(id: &DraftId) -> String {
    format!("table.{}", id.0)
}

impl Table {
    /// The settings of the open draft (reactive): chosen in this visit,
    /// else saved on the device, else the language on screen for the
    /// household and Dutch for the coach.
    pub fn settings(&self) -> TableSettings {
        let draft = self.app.draft.get();
        if let Some((id, s)) = self.chosen.get() {
            if Some(&id) == draft.as_ref() {
                return s;
            }
        }
        draft
            .and_then(|id| self.app.drafts().setting(&setting_name(&id)))
            .and_then(|stored| TableSettings::decode(&stored))
            .unwrap_or_else(|| TableSettings::starting(self.app.lang.get()))
    }

    /// The languages of the plan (reactive): the household's and Dutch
    /// when "Plan in twee talen" is ticked and the household's texts are
    /// in (see [`PlanLanguages`]), else the language on screen.
    pub fn plan_languages(&self) -> Languages {
        let s = self.settings();
        self.texts_in.track();
        if s.bilingual_plan && s.can_be_bilingual() && all_texts_in(s.household) {
            Languages::with_dutch(s.household)
        } else {
            Languages::one(self.app.lang.get())
        }
    }

    /// Chooses for the open draft. Saved on the device for the next visit;
    /// a device that stores nothing only forgets it then (the same as the
    /// language choice in the header), so that is not told.
    pub fn set(&self, settings: TableSettings) {
        let Some(id) = self.app.draft.get_untracked() else {
            return;
        };
        let _ = self
            .app
            .drafts()
            .set_setting(&setting_name(&id), &settings.encode());
        self.chosen.set(Some((id, settings)));
    }

    /// Shows the screen in `to` once its texts are in (a fetch that fails
    /// keeps the language on screen and shows the load-failure notice),
    /// then runs `after`. The settings are fixed first, so a household
    /// language that was only the default stays the household's.
    fn switch(&self, to: Lang, after: impl Fn() + Copy + Send + Sync + 'static) {
        let table = *self;
        let app = self.app;
        lazy::run(app, move || async move {
            locales::ensure(to).await?;
            let settings = untrack(|| table.settings());
            table.set(settings);
            // As the header's choice: `<html lang dir>` too on a page the
            // app owns, and kept for the next visit.
            super::components::lang_switch::choose(app, to);
            after();
            Ok(())
        });
    }
}

/// The last field (input, text area, list) that had focus in this
/// instance, and its id (to find it again if it was rendered anew).
type LastFocus = StoredValue<Option<(web_sys::Element, String)>, LocalStorage>;

/// Remembers the field focus was last in, in this instance, from a listener on the
/// window (focus events from a shadow root reach it retargeted; the real
/// element is the first in the event's composed path).
fn track_focus(anchor: NodeRef<leptos::html::Span>, last: LastFocus) {
    let listener = window_event_listener(leptos::ev::focusin, move |ev| {
        if let Ok(el) = ev.composed_path().get(0).dyn_into::<web_sys::Element>() {
            remember(anchor, last, el);
        }
    });
    on_cleanup(move || listener.remove());
    // The switch comes into the header a frame after the screens: a field
    // focused before that (a quick person, a slow device) is the one to
    // come back to, though its focus event came too early to be heard.
    Effect::new(move || {
        if anchor.get().is_some() && last.with_value(Option::is_none) {
            if let Some(el) = browser::active_element() {
                remember(anchor, last, el);
            }
        }
    });
}

/// Takes `el` as the field to come back to when it is one, in this instance.
fn remember(anchor: NodeRef<leptos::html::Span>, last: LastFocus, el: web_sys::Element) {
    let Some(anchor) = anchor.get_untracked() else {
        return;
    };
    // Another instance on the same page keeps its own.
    if !el
        .get_root_node()
        .is_same_node(Some(&anchor.get_root_node()))
    {
        return;
    }
    // A field: moving by keyboard to the switch passes links and
    // buttons, and the person means to come back to where they type.
    if !matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT") {
        return;
    }
    let id = el.id();
    last.set_value(Some((el, id)));
}

/// Puts focus back in the field it was in before the switch: the same
/// element if it is still on the page, else the one that now has its id.
/// A field of an earlier screen is not on this one: focus stays put.
fn restore_focus(anchor: NodeRef<leptos::html::Span>, last: LastFocus) {
    let Some((el, id)) = last.get_value() else {
        return;
    };
    if el.is_connected() {
        if let Some(el) = el.dyn_ref::<web_sys::HtmlElement>() {
            // Focus that does not move leaves the switch focused: usable.
            let _ = el.focus();
            return;
        }
    }
    if let Some(anchor) = anchor.get_untracked() {
        if !id.is_empty() {
            browser::focus_id_in(&anchor, &id);
        }
    }
}

/// The switch button's id (one per instance: ids are looked up in the
/// instance's own root).
const SWITCH_ID: &str = "kt-table-switch";

/// Puts [`TableSwitch`] into this instance's header, after its navigation,
/// for as long as the intake's screens are shown. Mounted from here, the
/// chunk, so the header's own code (first load) does not grow.
#[component]
pub fn TableSwitchInHeader() -> impl IntoView {
    let probe = NodeRef::<leptos::html::Span>::new();
    // What was mounted, removed when the intake's screens go.
    let mounted = StoredValue::new_local(None::<(Box<dyn std::any::Any>, web_sys::Element)>);
    on_cleanup(move || {
        if let Some((handle, slot)) = mounted.try_update_value(Option::take).flatten() {
            drop(handle);
            slot.remove();
        }
    });
    // Under this component's owner, so the button finds the app's context.
    let owner = Owner::current();
    Effect::new(move || {
        let Some(probe) = probe.get() else { return };
        let owner = owner.clone();
        // On the next frame: the screens may be built before they are in
        // the page (a reload reopens the draft behind a loading line).
        request_animation_frame(move || {
            let nav = probe
                .closest(".kt-app")
                .ok()
                .flatten()
                .and_then(|app| app.query_selector(".kt-header__nav").ok().flatten());
            let (Some(nav), Some(owner)) = (nav, owner) else {
                return;
            };
            if mounted.with_value(Option::is_some) {
                return;
            }
            let Some(Ok(slot)) = nav.owner_document().map(|d| d.create_element("div")) else {
                return;
            };
            slot.set_class_name("kt-header__table");
            if nav.after_with_node_1(&slot).is_err() {
                return;
            }
            let handle = owner.with(|| {
                leptos::mount::mount_to(slot.clone().unchecked_into(), || view! { <TableSwitch /> })
            });
            mounted.set_value(Some((Box::new(handle), slot)));
        });
    });
    view! { <span node_ref=probe hidden></span> }
}

/// The one button in the header, on every screen of an open intake: it
/// names the other language at the table in that language, and switches
/// the screen to it. Not shown when both read the same language, nor to a
/// resident filling in alone (no coach at the table).
#[component]
pub fn TableSwitch() -> impl IntoView {
    let app = use_app();
    let table = use_table(app);
    let anchor = NodeRef::<leptos::html::Span>::new();
    let last: LastFocus = StoredValue::new_local(None);
    let coach_mode = app.mode() == Mode::Coach;
    if coach_mode {
        track_focus(anchor, last);
    }
    let to = Memo::new(move |_| {
        if coach_mode {
            table.settings().other(app.lang.get())
        } else {
            None
        }
    });
    let switch = move |_| {
        let Some(to) = to.get_untracked() else {
            return;
        };
        // After the screen has its new words (and any part drawn anew).
        table.switch(to, move || {
            request_animation_frame(move || restore_focus(anchor, last))
        });
    };
    // The button stays the same element while it names the other language,
    // so a focused button keeps focus as its words change.
    let shown = Memo::new(move |_| to.get().is_some());
    view! {
        <span class="kt-table-switch" node_ref=anchor>
            {move || shown.get().then(|| view! {
                <button
                    type="button"
                    class="kt-button--link"
                    id=SWITCH_ID
                    lang=move || to.get().map(Lang::code)
                    dir=move || to.get().map(Lang::dir)
                    title=move || t(app.lang.get(), Key::table_switch_hint)
                    on:click=switch
                >
                    <span aria-hidden="true">"⇄ "</span>
                    {move || to.get().map(Lang::native_name)}
                </button>
            })}
        </span>
    }
}

/// The choice of the two languages, on the household page (coach mode):
/// the household's reading language and the coach's, Dutch to start with.
#[component]
pub fn TableLanguages() -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let table = use_table(app);
    let select = move |id: &'static str,
                       label: Key,
                       get: fn(&TableSettings) -> Lang,
                       put: fn(&mut TableSettings, Lang)| {
        view! {
            <div class="kt-field">
                <label class="kt-label" for=id>{move || t(lang.get(), label)}</label>
                <select
                    id=id
                    class="kt-select"
                    on:change=move |ev| {
                        let Some(chosen) = Lang::from_code(&event_target_value(&ev)) else {
                            return;
                        };
                        let mut s = untrack(|| table.settings());
                        put(&mut s, chosen);
                        table.set(s);
                    }
                >
                    {move || {
                        let current = get(&table.settings());
                        Lang::ALL
                            .into_iter()
                            .map(|l| view! {
                                <option value=l.code() lang=l.code() dir=l.dir() selected=l == current>
                                    {l.native_name()}
                                </option>
                            })
                            .collect_view()
                    }}
                </select>
            </div>
        }
    };
    view! {
        <fieldset class="kt-fieldset" aria-describedby="table-hint">
            <legend class="kt-legend"><h2 class="kt-heading-m">{move || t(lang.get(), Key::table_title)}</h2></legend>
            <p class="kt-hint" id="table-hint">{move || t(lang.get(), Key::table_hint)}</p>
            {select("table-household", Key::table_household, |s| s.household, |s, l| s.household = l)}
            {select("table-coach", Key::table_coach, |s| s.coach, |s, l| s.coach = l)}
        </fieldset>
    }
}

/// Whether every text of `lang` is in (the plan uses the intake's part).
fn all_texts_in(lang: Lang) -> bool {
    i18n::is_loaded(lang, Part::First) && i18n::is_loaded(lang, Part::Rest)
}

/// "Plan in twee talen": the household's language first and Dutch beside
/// it, on screen, on paper and in the downloaded file. Shown only when the
/// household reads another language than Dutch.
#[component]
pub fn PlanLanguages() -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let table = use_table(app);
    // The household's texts, when the screen shows another language: the
    // plan shows in two once they are in; a failed fetch says so (notice
    // with a retry) and the plan stays in the language on screen.
    Effect::new(move || {
        let s = table.settings();
        let household = s.household;
        if s.bilingual_plan && s.can_be_bilingual() && !all_texts_in(household) {
            lazy::run(app, move || async move {
                locales::ensure_all(household).await?;
                table.texts_in.update(|n| *n += 1);
                Ok(())
            });
        }
    });
    move || {
        let s = table.settings();
        s.can_be_bilingual().then(|| {
            view! {
                <div class="kt-field kt-no-print">
                    <super::components::Checkbox
                        id="plan-bilingual"
                        label=Signal::derive(move || t(lang.get(), Key::plan_bilingual).to_string())
                        checked=Signal::derive(move || table.settings().bilingual_plan)
                        on_change=Callback::new(move |on: bool| {
                            let mut s = untrack(|| table.settings());
                            s.bilingual_plan = on;
                            table.set(s);
                        })
                    />
                    <p class="kt-hint">
                        {move || tf(lang.get(), Key::plan_bilingual_hint, &[("lang", table.settings().household.native_name())])}
                    </p>
                </div>
            }
        })
    }
}
