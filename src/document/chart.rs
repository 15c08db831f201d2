//! The overview chart: per life area (and per person, for ladders asked
//! per member) the step now, the step wanted and the step last time, as
//! inline SVG built here in Rust.
//!
//! Readable in black and white: the three answers differ by shape (filled
//! circle, open square, cross), never by colour alone, and everything is
//! drawn in `currentColor` so print CSS can make it black. The SVG has a
//! title and description; a table with the same data in words follows it,
//! for screen readers and for anyone who prefers words.
//!
//! Only SVG presentation attributes are used (no `style` attributes), so
//! the markup also works under a strict Content-Security-Policy.

use super::escape::escape;
use crate::domain::model::LadderAnswer;
use crate::domain::plan::{Plan, PlanDomain, PlanRung};
use crate::domain::text::Lang;
use crate::i18n::Key;

const WIDTH: u32 = 640;
const LABEL_X: u32 = 8;
const TRACK_X0: u32 = 250;
const TRACK_X1: u32 = 610;
const HEADER: u32 = 34;
const ROW: u32 = 40;
const LEGEND: u32 = 44;
/// Labels longer than this are cut in the SVG (the table has them whole).
const LABEL_CHARS: usize = 30;

/// One chart row: a ladder line of one domain.
struct Row<'a> {
    domain: &'a PlanDomain,
    rung: &'a PlanRung,
    len: u8,
}

/// True when the plan has at least one ladder line to draw.
pub fn has_chart(plan: &Plan) -> bool {
    plan.domains.iter().any(|d| !d.rungs.is_empty())
}

/// The chart and its text alternative, or an empty string when no domain
/// has a ladder answer. `id_prefix` must be unique on the page and made of
/// `[a-z0-9-]` only (the caller derives it from the fingerprint).
pub fn render_chart(plan: &Plan, lang: Lang, id_prefix: &str) -> String {
    let rows: Vec<Row> = plan
        .domains
        .iter()
        .flat_map(|d| {
            d.rungs.iter().map(move |r| Row {
                domain: d,
                rung: r,
                len: ladder_len(d, r),
            })
        })
        .collect();
    if rows.is_empty() {
        return String::new();
    }
    let scale = rows.iter().map(|r| r.len).max().unwrap_or(6).max(2);
    let mut out = String::from("<div class=\"kt-plan__chart\">\n");
    out.push_str(&svg(&rows, scale, lang, id_prefix));
    out.push_str(&table(&rows, lang));
    out.push_str("</div>\n");
    out
}

/// The number of steps on a domain's ladder: as the plan's catalogue has
/// it (the standard domains and the embedding's own), and for a domain it
/// does not know (another municipality's own) six steps; never below the
/// highest step answered.
fn ladder_len(d: &PlanDomain, r: &PlanRung) -> u8 {
    let known = d.ladder_len.unwrap_or(6);
    [r.now, r.wanted, r.previous.unwrap_or_default()]
        .iter()
        .filter_map(|a| a.rung())
        .fold(known, u8::max)
}

fn x_of(rung: u8, scale: u8) -> u32 {
    let step = (TRACK_X1 - TRACK_X0) / u32::from(scale - 1);
    TRACK_X0 + u32::from(rung.clamp(1, scale) - 1) * step
}

fn label(row: &Row, lang: Lang) -> String {
    let name = row.domain.name.get(lang);
    if row.rung.who.is_empty() {
        name.to_string()
    } else {
        format!("{name} – {}", row.rung.who)
    }
}

fn cut(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        let mut s: String = text.chars().take(max - 1).collect();
        s.push('…');
        s
    }
}

fn svg(rows: &[Row], scale: u8, lang: Lang, id: &str) -> String {
    let height = HEADER + ROW * rows.len() as u32 + LEGEND;
    let mut s = format!(
        "<svg class=\"kt-plan__chart-svg\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH} {height}\" \
         role=\"img\" aria-labelledby=\"{id}-title\" aria-describedby=\"{id}-desc\" \
         font-family=\"inherit\" font-size=\"13\" fill=\"currentColor\">\n\
         <title id=\"{id}-title\">{}</title>\n<desc id=\"{id}-desc\">{}</desc>\n",
        escape(Key::doc_chart_table_caption.get(lang)),
        escape(Key::doc_chart_description.get(lang)),
    );
    // Step numbers along the top.
    s.push_str(&format!(
        "<text x=\"{LABEL_X}\" y=\"20\" font-weight=\"bold\">{}</text>\n",
        escape(Key::doc_life_area.get(lang))
    ));
    for n in 1..=scale {
        s.push_str(&format!(
            "<text x=\"{}\" y=\"20\" text-anchor=\"middle\">{n}</text>\n",
            x_of(n, scale)
        ));
    }
    for (i, row) in rows.iter().enumerate() {
        let y = HEADER + ROW * i as u32 + ROW / 2;
        s.push_str(&row_svg(row, y, scale, lang));
    }
    s.push_str(&legend(HEADER + ROW * rows.len() as u32 + 14, lang));
    s.push_str("</svg>\n");
    s
}

fn row_svg(row: &Row, y: u32, scale: u8, lang: Lang) -> String {
    let mut s = format!(
        "<g>\n<text x=\"{LABEL_X}\" y=\"{}\">{}</text>\n",
        y + 4,
        escape(&cut(&label(row, lang), LABEL_CHARS))
    );
    // The ladder: a thin line with a small dot on every step it has.
    let end = x_of(row.len, scale);
    s.push_str(&format!(
        "<line x1=\"{TRACK_X0}\" y1=\"{y}\" x2=\"{end}\" y2=\"{y}\" stroke=\"currentColor\" stroke-width=\"1\"/>\n"
    ));
    for n in 1..=row.len {
        s.push_str(&format!(
            "<circle cx=\"{}\" cy=\"{y}\" r=\"2.5\"/>\n",
            x_of(n, scale)
        ));
    }
    let r = row.rung;
    // The way from now to wanted: a thick dashed line under the marks.
    if let (Some(a), Some(b)) = (r.now.rung(), r.wanted.rung()) {
        if a != b {
            s.push_str(&format!(
                "<line x1=\"{}\" y1=\"{y}\" x2=\"{}\" y2=\"{y}\" stroke=\"currentColor\" stroke-width=\"3\" stroke-dasharray=\"6 4\"/>\n",
                x_of(a, scale),
                x_of(b, scale)
            ));
        }
    }
    if let Some(p) = r.previous.and_then(LadderAnswer::rung) {
        s.push_str(&cross(x_of(p, scale), y + 13));
    }
    if let Some(w) = r.wanted.rung() {
        s.push_str(&square(x_of(w, scale), y));
    }
    match r.now {
        LadderAnswer::Rung(n) => s.push_str(&dot(x_of(n, scale), y)),
        other => {
            let word = match other {
                LadderAnswer::RatherNotSay => Key::doc_rather_not_say,
                LadderAnswer::DoesNotApply => Key::doc_does_not_apply,
                _ => Key::doc_left_open,
            };
            s.push_str(&format!(
                "<text x=\"{TRACK_X0}\" y=\"{}\" font-style=\"italic\">{}: {}</text>\n",
                y - 8,
                escape(Key::doc_now.get(lang)),
                escape(word.get(lang))
            ));
        }
    }
    s.push_str("</g>\n");
    s
}

/// Now: a filled circle.
fn dot(x: u32, y: u32) -> String {
    format!("<circle cx=\"{x}\" cy=\"{y}\" r=\"7\"/>\n")
}

/// Wanted: an open square, big enough to frame the circle when equal.
fn square(x: u32, y: u32) -> String {
    format!(
        "<rect x=\"{}\" y=\"{}\" width=\"22\" height=\"22\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"2.5\"/>\n",
        x - 11,
        y - 11
    )
}

/// Last time: a cross, just under the line so it never hides the others.
fn cross(x: u32, y: u32) -> String {
    format!(
        "<path d=\"M{} {}l10 10m0 -10l-10 10\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"2\"/>\n",
        x - 5,
        y - 5
    )
}

fn legend(y: u32, lang: Lang) -> String {
    let item = |x: u32, mark: String, word: Key| {
        format!(
            "{mark}<text x=\"{}\" y=\"{}\">{}</text>\n",
            x + 18,
            y + 4,
            escape(word.get(lang))
        )
    };
    let mut s = String::from("<g>\n");
    s.push_str(&item(LABEL_X + 10, dot(LABEL_X + 10, y), Key::doc_now));
    s.push_str(&item(200, square(200, y), Key::doc_wanted));
    s.push_str(&item(420, cross(420, y), Key::doc_previous));
    s.push_str("</g>\n");
    s
}

/// "trede 2 van 6: Ik heb contact…" in words, for the table.
pub(crate) fn answer_words(a: LadderAnswer, len: Option<u8>, lang: Lang) -> String {
    match a {
        LadderAnswer::Rung(n) => match len {
            Some(len) => format!(
                "{} {n} {} {len}",
                Key::doc_step.get(lang),
                Key::doc_out_of.get(lang)
            ),
            None => format!("{} {n}", Key::doc_step.get(lang)),
        },
        LadderAnswer::RatherNotSay => Key::doc_rather_not_say.get(lang).to_string(),
        LadderAnswer::DoesNotApply => Key::doc_does_not_apply.get(lang).to_string(),
        LadderAnswer::NotAsked => Key::doc_left_open.get(lang).to_string(),
    }
}

fn table(rows: &[Row], lang: Lang) -> String {
    let th = |t: Key| format!("<th scope=\"col\">{}</th>", escape(t.get(lang)));
    let mut s = format!(
        "<table class=\"kt-plan__table kt-plan__chart-table\">\n<caption>{}</caption>\n\
         <thead><tr>{}{}{}{}</tr></thead>\n<tbody>\n",
        escape(Key::doc_chart_table_caption.get(lang)),
        th(Key::doc_life_area),
        th(Key::doc_previous),
        th(Key::doc_now),
        th(Key::doc_wanted),
    );
    for row in rows {
        let r = row.rung;
        let len = Some(row.len);
        let previous = r
            .previous
            .map(|p| answer_words(p, len, lang))
            .unwrap_or_else(|| "–".to_string());
        s.push_str(&format!(
            "<tr><th scope=\"row\">{}</th><td data-label=\"{}\">{}</td><td data-label=\"{}\">{}</td>\
             <td data-label=\"{}\">{}</td></tr>\n",
            escape(&label(row, lang)),
            escape(Key::doc_previous.get(lang)),
            escape(&previous),
            escape(Key::doc_now.get(lang)),
            escape(&answer_words(r.now, len, lang)),
            escape(Key::doc_wanted.get(lang)),
            escape(&answer_words(r.wanted, len, lang)),
        ));
    }
    s.push_str("</tbody>\n</table>\n");
    s
}
