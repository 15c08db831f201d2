//! The plan document: one renderer for the plan screen, the print view
//! and the exported file, plus the file name and the chart.
//!
//! Pure (std + serde_json through the domain): no Leptos, no browser, so
//! everything here is tested natively. All text from the plan is escaped
//! by [`escape`] (HTML) or [`escape_json_for_script`] (embedded data);
//! nothing typed is ever turned into markup.

mod chart;
mod dir;
mod escape;
mod export;
mod file_name;
mod languages;
pub mod locale_format;
mod render;
pub mod texts;

pub use chart::{render_chart, render_chart_in};
pub use dir::Dir;
pub use escape::{escape, escape_json_for_script, user};
pub use export::{
    export_copy_html, export_html, page_css, PLAN_CSS, PLAN_SCRIPT_ID, PLAN_TWO_CSS, PRINT_CSS,
};
pub use file_name::file_name;
pub use languages::Languages;
pub use render::render_plan;
