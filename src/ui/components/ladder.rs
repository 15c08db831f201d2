//! The ladder: two radio groups (where you are now, where you want to be)
//! drawn as ladders side by side, top rung first. Native radios give arrow
//! keys and screen reader support; "rather not say" is a real answer, and
//! so is "does not apply" on one member's ladder.

use crate::domain::LadderAnswer;
use leptos::prelude::*;

/// Texts the ladder shows besides the rungs, in the current language.
#[derive(Clone, Debug, PartialEq)]
pub struct LadderTexts {
    /// Whose ladder this is, when it is one member's: put before each
    /// legend for screen readers ("Sam: …"); the page shows it as a heading.
    pub who: String,
    pub legend_now: String,
    pub legend_wanted: String,
    pub rather_not_say: String,
    /// "Does not apply", offered on one member's ladder; `None` on the
    /// household's (it always applies to a household).
    pub does_not_apply: Option<String>,
    /// Shown beside the rung chosen as "now", on the "wanted" ladder.
    pub marker_now: String,
    /// Shown beside the rung of the previous assessment.
    pub marker_previous: String,
}

#[component]
pub fn Ladder(
    /// Unique prefix for ids and radio names.
    #[prop(into)]
    id: String,
    /// Rung descriptions, index 0 = rung 1 (the bottom).
    #[prop(into)]
    rungs: Signal<Vec<String>>,
    #[prop(into)] texts: Signal<LadderTexts>,
    #[prop(into)] now: Signal<LadderAnswer>,
    #[prop(into)] wanted: Signal<LadderAnswer>,
    /// The answer at the previous assessment, if there was one.
    #[prop(optional, into)]
    previous: MaybeProp<LadderAnswer>,
    on_now: Callback<LadderAnswer>,
    on_wanted: Callback<LadderAnswer>,
) -> impl IntoView {
    let now_group = view! {
        <RungGroup
            id=format!("{id}-now")
            legend=Signal::derive(move || texts.with(|t| t.legend_now.clone()))
            rungs=rungs
            texts=texts
            value=now
            marker=Signal::derive(move || previous.get().and_then(LadderAnswer::rung))
            marker_text=Signal::derive(move || texts.with(|t| t.marker_previous.clone()))
            on_change=on_now
        />
    };
    let wanted_group = view! {
        <RungGroup
            id=format!("{id}-wanted")
            legend=Signal::derive(move || texts.with(|t| t.legend_wanted.clone()))
            rungs=rungs
            texts=texts
            value=wanted
            marker=Signal::derive(move || now.get().rung())
            marker_text=Signal::derive(move || texts.with(|t| t.marker_now.clone()))
            on_change=on_wanted
        />
    };
    // The wrapper takes focus when a "change" link points at this ladder.
    view! { <div class="kt-ladder" id=id tabindex="-1">{now_group} {wanted_group}</div> }
}

#[component]
fn RungGroup(
    id: String,
    legend: Signal<String>,
    rungs: Signal<Vec<String>>,
    texts: Signal<LadderTexts>,
    value: Signal<LadderAnswer>,
    /// A rung to mark (e.g. "now" on the wanted ladder).
    marker: Signal<Option<u8>>,
    marker_text: Signal<String>,
    on_change: Callback<LadderAnswer>,
) -> impl IntoView {
    let name = id.clone();
    let rather = other_answer(&id, LadderAnswer::RatherNotSay, value, on_change);
    let does_not_apply = {
        let id = id.clone();
        move || {
            texts
                .with(|t| t.does_not_apply.clone())
                .map(|label| other_answer(&id, LadderAnswer::DoesNotApply, value, on_change)(label))
        }
    };
    let count = move || rungs.with(Vec::len);
    let rung_rows = move || {
        // Top rung first: a ladder is read from where you want to get to.
        (1..=count() as u8)
            .rev()
            .map(|rung| {
                let input_id = format!("{id}-{rung}");
                let text = move || rungs.with(|r| r.get(rung as usize - 1).cloned().unwrap_or_default());
                let checked = move || value.get() == LadderAnswer::Rung(rung);
                let marked = move || marker.get() == Some(rung);
                view! {
                    <div class="kt-rung" class:kt-rung--checked=checked class:kt-rung--marked=marked>
                        <input
                            type="radio"
                            class="kt-radio"
                            id=input_id.clone()
                            name=name.clone()
                            value=rung.to_string()
                            prop:checked=checked
                            on:change=move |_| on_change.run(LadderAnswer::Rung(rung))
                        />
                        <label class="kt-rung__label" for=input_id>
                            <span class="kt-rung__number">{rung}</span>
                            <span class="kt-rung__text">{text}</span>
                            {move || {
                                marked()
                                    .then(|| {
                                        view! {
                                            <span class="kt-rung__marker">
                                                {format!(" ({})", marker_text.get())}
                                            </span>
                                        }
                                    })
                            }}
                        </label>
                    </div>
                }
            })
            .collect_view()
    };
    view! {
        <fieldset class="kt-fieldset kt-ladder__group">
            <legend class="kt-legend">
                {move || {
                    let who = texts.with(|t| t.who.clone());
                    (!who.is_empty()).then(|| view! { <span class="kt-visually-hidden">{format!("{who}: ")}</span> })
                }}
                {move || legend.get()}
            </legend>
            <div class="kt-ladder__rungs">{rung_rows}</div>
            {rather(Signal::derive(move || texts.with(|t| t.rather_not_say.clone())))}
            {does_not_apply}
        </fieldset>
    }
}

/// An answer beside the rungs ("zeg ik liever niet", "past niet"): a radio
/// in the same group, given its label when shown.
fn other_answer<L: IntoView + 'static>(
    group: &str,
    answer: LadderAnswer,
    value: Signal<LadderAnswer>,
    on_change: Callback<LadderAnswer>,
) -> impl Fn(L) -> AnyView {
    let code = match answer {
        LadderAnswer::DoesNotApply => "does-not-apply",
        _ => "rather-not-say",
    };
    let id = format!("{group}-{code}");
    let name = group.to_string();
    move |label: L| {
        view! {
            <div class="kt-rung kt-rung--other">
                <input
                    type="radio"
                    class="kt-radio"
                    id=id.clone()
                    name=name.clone()
                    value=code.replace('-', "_")
                    prop:checked=move || value.get() == answer
                    on:change=move |_| on_change.run(answer)
                />
                <label class="kt-rung__label" for=id.clone()>{label}</label>
            </div>
        }
        .into_any()
    }
}
