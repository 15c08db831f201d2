//! Component tests in a real headless Chromium (wasm-bindgen-test): the
//! ladder, the agreement editor, the error summary, the draft status and
//! the notice and the lower part of a long screen, each mounted on its own
//! with the app's state around it.
#![cfg(target_arch = "wasm32")]

use keukentafel::domain::edit::{Applied, Edit, PeopleList, PersonField};
use keukentafel::domain::{AgreementStatus, Carrier, DomainId, LadderAnswer, Lang};
use keukentafel::storage::{Drafts, Mirror, StoreError};
use keukentafel::ui::components::{
    AfterPaint, AgreementEditor, DateInput, DraftStatus, ErrorSummary, FieldError, Ladder,
    LadderTexts,
};
use keukentafel::ui::notice::{report, Notice, UiError};
use keukentafel::ui::state::{AppState, SaveStatus};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh container in the page and an app state around the component.
fn mount<V: IntoView + 'static>(
    f: impl FnOnce(AppState) -> V + 'static,
) -> (HtmlElement, AppState) {
    let doc = document();
    let host: HtmlElement = doc.create_element("div").unwrap().unchecked_into();
    doc.body().unwrap().append_child(&host).unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    let handle = leptos::mount::mount_to(host.clone(), move || {
        keukentafel::i18n::register_all();
        let app = AppState::new(Drafts::new(Mirror::new(), "kt-test"), Lang::Nl);
        provide_context(app);
        tx.send(app).unwrap();
        f(app)
    });
    handle.forget();
    (host, rx.recv().unwrap())
}

fn query<T: JsCast>(host: &HtmlElement, selector: &str) -> T {
    host.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .unchecked_into()
}

fn count(host: &HtmlElement, selector: &str) -> u32 {
    host.query_selector_all(selector).unwrap().length()
}

fn type_into(el: &HtmlElement, value: &str) {
    js_sys::Reflect::set(el, &"value".into(), &value.into()).unwrap();
    el.dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
}

fn select(el: &HtmlElement, value: &str) {
    js_sys::Reflect::set(el, &"value".into(), &value.into()).unwrap();
    el.dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
}

fn texts() -> LadderTexts {
    LadderTexts {
        who: String::new(),
        legend_now: "Waar staat u nu?".into(),
        legend_wanted: "Waar wilt u staan?".into(),
        rather_not_say: "Zeg ik liever niet".into(),
        does_not_apply: None,
        marker_now: "nu".into(),
        marker_previous: "vorige keer".into(),
    }
}

#[wasm_bindgen_test]
async fn one_members_ladder_has_does_not_apply_apart_from_rather_not_say() {
    let now = RwSignal::new(LadderAnswer::NotAsked);
    let rungs: Vec<String> = (1..=6).map(|n| format!("Trede {n}")).collect();
    let (host, _) = mount(move |_| {
        let texts = LadderTexts {
            who: "Sam".into(),
            does_not_apply: Some("Past niet".into()),
            ..texts()
        };
        view! {
            <Ladder
                id="member-ladder"
                rungs=rungs
                texts=texts
                now=now
                wanted=LadderAnswer::NotAsked
                on_now=Callback::new(move |v| now.set(v))
                on_wanted=Callback::new(|_| {})
            />
        }
    });
    leptos::task::tick().await;
    assert_eq!(
        count(&host, "input[type=radio][name='member-ladder-now']"),
        8
    );
    let label: HtmlElement = query(&host, "label[for='member-ladder-now-does-not-apply']");
    assert_eq!(label.text_content().unwrap(), "Past niet");
    query::<HtmlElement>(&host, "#member-ladder-now-does-not-apply").click();
    leptos::task::tick().await;
    assert_eq!(now.get_untracked(), LadderAnswer::DoesNotApply);
    query::<HtmlElement>(&host, "#member-ladder-now-rather-not-say").click();
    leptos::task::tick().await;
    assert_eq!(now.get_untracked(), LadderAnswer::RatherNotSay);
}

#[wasm_bindgen_test]
async fn ladder_is_two_labelled_radio_groups_with_rather_not_say() {
    let now = RwSignal::new(LadderAnswer::NotAsked);
    let wanted = RwSignal::new(LadderAnswer::NotAsked);
    let rungs: Vec<String> = (1..=6).map(|n| format!("Trede {n}")).collect();
    let (host, _) = mount(move |_| {
        view! {
            <Ladder
                id="test-ladder"
                rungs=rungs
                texts=texts()
                now=now
                wanted=wanted
                previous=LadderAnswer::Rung(2)
                on_now=Callback::new(move |v| now.set(v))
                on_wanted=Callback::new(move |v| wanted.set(v))
            />
        }
    });
    leptos::task::tick().await;

    assert_eq!(count(&host, "fieldset"), 2);
    assert_eq!(count(&host, "fieldset > legend"), 2);
    assert_eq!(count(&host, "input[type=radio][name='test-ladder-now']"), 7);
    assert_eq!(
        count(&host, "input[type=radio][name='test-ladder-wanted']"),
        7
    );
    // Every radio has a label pointing at it.
    let radios = host.query_selector_all("input[type=radio]").unwrap();
    for i in 0..radios.length() {
        let id = radios.item(i).unwrap().unchecked_into::<HtmlElement>().id();
        assert_eq!(
            count(&host, &format!("label[for='{id}']")),
            1,
            "label for {id}"
        );
    }
    // Top rung first, as a ladder is drawn.
    let first: HtmlInputElement = query(&host, "input[name='test-ladder-now']");
    assert_eq!(first.value(), "6");
    // Last time's rung is marked on the "now" ladder.
    let marked: HtmlElement = query(&host, "#test-ladder-now-2 + label .kt-rung__marker");
    assert!(marked.text_content().unwrap().contains("vorige keer"));

    query::<HtmlElement>(&host, "#test-ladder-now-3").click();
    query::<HtmlElement>(&host, "#test-ladder-wanted-5").click();
    leptos::task::tick().await;
    assert_eq!(now.get_untracked(), LadderAnswer::Rung(3));
    assert_eq!(wanted.get_untracked(), LadderAnswer::Rung(5));
    // The step is visible: the wanted ladder marks where you are now.
    let now_marker: HtmlElement = query(&host, "#test-ladder-wanted-3 + label .kt-rung__marker");
    assert!(now_marker.text_content().unwrap().contains("nu"));

    query::<HtmlElement>(&host, "#test-ladder-now-rather-not-say").click();
    leptos::task::tick().await;
    assert_eq!(now.get_untracked(), LadderAnswer::RatherNotSay);
    assert!(!query::<HtmlInputElement>(&host, "#test-ladder-now-3").checked());
}

#[wasm_bindgen_test]
async fn agreement_editor_adds_edits_and_removes() {
    js_sys::eval("window.confirm = () => true").unwrap();
    let work = DomainId::new("work");
    let (host, app) = mount(move |app| {
        if let Some(Applied::Added(id)) = app.edit(Edit::AddPerson(PeopleList::Members)) {
            app.edit(Edit::SetPerson(
                PeopleList::Members,
                id,
                PersonField::Name,
                "Sanne".into(),
            ));
        }
        view! { <AgreementEditor domain=work /> }
    });
    leptos::task::tick().await;
    assert_eq!(count(&host, ".kt-agreement"), 0);

    query::<HtmlElement>(&host, "button.kt-button--secondary").click();
    leptos::task::tick().await;
    assert_eq!(count(&host, ".kt-agreement"), 1);
    let id = app.intake.with_untracked(|i| i.agreements[0].id);

    type_into(
        &query(&host, &format!("#agreement-{id}-what")),
        "Sanne belt de bibliotheek",
    );
    type_into(&query(&host, &format!("#agreement-{id}-when")), "deze week");
    let member_id = app.intake.with_untracked(|i| i.household.members[0].id);
    select(
        &query(&host, &format!("#agreement-{id}-who")),
        &format!("member:{member_id}"),
    );
    select(&query(&host, &format!("#agreement-{id}-status")), "done");
    leptos::task::tick().await;

    app.intake.with_untracked(|i| {
        let a = &i.agreements[0];
        assert_eq!(a.what, "Sanne belt de bibliotheek");
        assert_eq!(a.by_when, "deze week");
        assert_eq!(*a.carrier(), Carrier::Member { id: member_id });
        assert_eq!(a.status, AgreementStatus::Done);
        assert_eq!(a.domain, Some(DomainId::new("work")));
    });
    // Typed text is still in the field after the re-render.
    let what: web_sys::HtmlTextAreaElement = query(&host, &format!("#agreement-{id}-what"));
    assert_eq!(what.value(), "Sanne belt de bibliotheek");
    // "Someone else" asks for a name.
    select(&query(&host, &format!("#agreement-{id}-who")), "other");
    leptos::task::tick().await;
    assert_eq!(count(&host, &format!("#agreement-{id}-other-name")), 1);

    query::<HtmlElement>(&host, "button.kt-button--warning").click();
    leptos::task::tick().await;
    assert_eq!(count(&host, ".kt-agreement"), 0);
    assert!(app.intake.with_untracked(|i| i.agreements.is_empty()));
}

#[wasm_bindgen_test]
async fn error_summary_takes_focus_and_links_to_the_field() {
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let (host, _) = mount(move |_| {
        view! {
            <ErrorSummary title="Er is iets nog niet ingevuld" errors=errors />
            <label for="the-field">"Naam"</label>
            <input id="the-field" />
        }
    });
    leptos::task::tick().await;
    let summary: HtmlElement = query(&host, ".kt-error-summary");
    assert!(summary.hidden());

    errors.set(vec![FieldError {
        field_id: "the-field".into(),
        message: "Vul een naam in".into(),
    }]);
    leptos::task::tick().await;
    assert!(!summary.hidden());
    assert_eq!(summary.get_attribute("role").as_deref(), Some("alert"));
    let active = document().active_element().unwrap();
    assert!(
        active.class_list().contains("kt-error-summary"),
        "summary has focus"
    );
    let link: HtmlElement = query(&host, ".kt-error-summary a");
    assert_eq!(link.get_attribute("href").as_deref(), Some("#the-field"));
    assert_eq!(link.text_content().unwrap(), "Vul een naam in");
    link.click();
    assert_eq!(document().active_element().unwrap().id(), "the-field");
}

#[wasm_bindgen_test]
async fn draft_status_is_quiet_while_typing_and_speaks_when_settled() {
    let (host, app) = mount(|_| view! { <DraftStatus /> });
    leptos::task::tick().await;
    let live: HtmlElement = query(&host, "[role=status]");
    assert_eq!(live.get_attribute("aria-live").as_deref(), Some("polite"));

    app.save_status.set(SaveStatus::Pending);
    leptos::task::tick().await;
    assert_eq!(
        live.text_content().unwrap(),
        "",
        "nothing announced while typing"
    );
    assert!(query::<HtmlElement>(&host, ".kt-draft-status__busy")
        .text_content()
        .unwrap()
        .contains("opgeslagen"));

    app.save_status.set(SaveStatus::Saved("14:32".into()));
    leptos::task::tick().await;
    assert_eq!(live.text_content().unwrap(), "Opgeslagen om 14:32");

    app.save_status
        .set(SaveStatus::Failed(StoreError::QuotaExceeded));
    leptos::task::tick().await;
    let alert: HtmlElement = query(&host, "[role=alert]");
    assert!(alert.text_content().unwrap().contains("geen ruimte"));

    app.lang.set(Lang::En);
    app.save_status.set(SaveStatus::Saved("09:05".into()));
    leptos::task::tick().await;
    assert_eq!(live.text_content().unwrap(), "Saved at 09:05");
}

#[wasm_bindgen_test]
async fn a_refused_edit_is_told_in_the_one_notice_until_closed() {
    let (host, app) = mount(|_| view! { <Notice /> });
    leptos::task::tick().await;
    assert_eq!(count(&host, "[role=alert]"), 0);

    // Someone removed in another tab meanwhile: the change is refused.
    assert_eq!(app.edit(Edit::RemovePerson(PeopleList::Members, 99)), None);
    leptos::task::tick().await;
    let alert: HtmlElement = query(&host, "[role=alert]");
    assert!(alert
        .text_content()
        .unwrap()
        .contains("Deze wijziging is niet bewaard"));

    report(app, UiError::Download);
    leptos::task::tick().await;
    assert_eq!(count(&host, "[role=alert]"), 1, "one notice, the latest");
    assert!(query::<HtmlElement>(&host, "[role=alert]")
        .text_content()
        .unwrap()
        .contains("Downloaden is niet gelukt"));

    query::<HtmlElement>(&host, "[role=alert] button").click();
    leptos::task::tick().await;
    assert_eq!(count(&host, "[role=alert]"), 0);
}

#[wasm_bindgen_test]
async fn date_input_sends_a_date_only_when_the_three_fields_make_one() {
    let saved = RwSignal::new("2026-03-07".to_string());
    let sent = RwSignal::new(Vec::<String>::new());
    let (host, _) = mount(move |_| {
        view! {
            <DateInput
                id="d"
                legend=Signal::derive(|| "Datum van ondertekenen".to_string())
                value=saved
                on_change=Callback::new(move |v: String| {
                    sent.update(|s| s.push(v.clone()));
                    saved.set(v);
                })
            />
        }
    });
    leptos::task::tick().await;
    let field = |id: &str| query::<HtmlInputElement>(&host, &format!("#{id}"));
    let values = || {
        [
            field("d").value(),
            field("d-month").value(),
            field("d-year").value(),
        ]
    };
    assert_eq!(values(), ["7", "3", "2026"]);
    assert_eq!(
        field("d-month").get_attribute("inputmode").as_deref(),
        Some("numeric")
    );
    // Labels in the app's language, one group named by its legend.
    let labels: Vec<String> = ["d", "d-month", "d-year"]
        .iter()
        .map(|id| {
            query::<HtmlElement>(&host, &format!("label[for={id}]"))
                .text_content()
                .unwrap()
        })
        .collect();
    assert_eq!(labels, ["Dag", "Maand", "Jaar"]);
    // An impossible day: the saved date is emptied, no message while typing.
    type_into(&field("d-month"), "2");
    type_into(&field("d"), "31");
    leptos::task::tick().await;
    assert_eq!(sent.get_untracked(), ["2026-02-07", ""]);
    assert_eq!(count(&host, "#d-error"), 0);
    assert_eq!(values(), ["31", "2", "2026"], "what is typed stays");
    // Leaving the fields says what is wrong, naming the field.
    field("d").focus().unwrap();
    field("d").blur().unwrap();
    leptos::task::tick().await;
    let error = query::<HtmlElement>(&host, "#d-error")
        .text_content()
        .unwrap();
    assert!(
        error.contains("‘Datum van ondertekenen’ bestaat niet"),
        "{error}"
    );
    assert_eq!(
        field("d").get_attribute("aria-invalid").as_deref(),
        Some("true")
    );
    assert_eq!(field("d-year").get_attribute("aria-invalid"), None);
    // Put right: the date is sent, the message goes.
    type_into(&field("d"), "28");
    leptos::task::tick().await;
    assert_eq!(sent.get_untracked(), ["2026-02-07", "", "2026-02-28"]);
    assert_eq!(count(&host, "#d-error"), 0);
    // A date changed elsewhere (a reopened file) shows in the fields.
    saved.set("2027-12-01".into());
    // The effect that follows the saved date, then the fields it sets.
    leptos::task::tick().await;
    leptos::task::tick().await;
    assert_eq!(values(), ["1", "12", "2027"]);
    host.remove();
}

#[wasm_bindgen_test]
async fn after_paint_builds_the_lower_part_once_the_top_is_drawn() {
    let (host, _) = mount(|_| {
        view! {
            <input id="top" />
            <AfterPaint><p class="rest">"rest"</p></AfterPaint>
        }
    });
    leptos::task::tick().await;
    assert_eq!(count(&host, "#top"), 1);
    assert_eq!(count(&host, ".rest"), 0, "the rest waits for a frame");
    // Typing reaches the top while the rest waits.
    let top: HtmlInputElement = query(&host, "#top");
    type_into(top.unchecked_ref(), "Jansen");
    keukentafel::ui::browser::next_frame().await;
    keukentafel::ui::browser::sleep(0).await;
    leptos::task::tick().await;
    assert_eq!(count(&host, ".rest"), 1, "then it is built");
    assert_eq!(top.value(), "Jansen", "and the top is left as it was");
}

#[wasm_bindgen_test]
async fn after_paint_builds_everything_at_once_when_a_field_below_is_to_take_focus() {
    let (host, _) = mount(|app| {
        app.focus_target.set(Some("network-1-name".into()));
        view! { <AfterPaint><input id="network-1-name" /></AfterPaint> }
    });
    leptos::task::tick().await;
    assert_eq!(count(&host, "#network-1-name"), 1);
}

#[wasm_bindgen_test]
async fn after_paint_that_is_gone_before_its_frame_builds_nothing_and_does_not_panic() {
    let shown = RwSignal::new(true);
    let (host, _) = mount(move |_| {
        view! {
            <Show when=move || shown.get()>
                <AfterPaint><p class="rest">"rest"</p></AfterPaint>
            </Show>
        }
    });
    leptos::task::tick().await;
    shown.set(false);
    leptos::task::tick().await;
    keukentafel::ui::browser::next_frame().await;
    keukentafel::ui::browser::sleep(0).await;
    leptos::task::tick().await;
    assert_eq!(count(&host, ".rest"), 0);
}
