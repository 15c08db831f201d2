//! Reusable pieces of the screens.

pub mod after_paint;
pub mod agreement_editor;
pub mod agreement_with;
pub mod checkbox;
pub mod date_input;
pub mod draft_status;
pub mod error_summary;
pub mod import_plan;
pub mod import_result;
pub mod ladder;
pub mod lang_switch;
pub mod lock_panel;
pub mod member_checks;
pub mod page_heading;
pub mod quick_exit;
pub mod removal_focus;
pub mod rows;
pub mod text_field;
pub mod unlock_row;
pub mod why;

pub use after_paint::AfterPaint;
pub use agreement_editor::AgreementEditor;
pub use checkbox::Checkbox;
pub use date_input::DateInput;
pub use draft_status::DraftStatus;
pub use error_summary::{ErrorSummary, FieldError, StepErrors};
pub use import_plan::{FileContent, ImportPlan, PickedFile};
pub use import_result::ImportResult;
pub use ladder::{Ladder, LadderTexts};
pub use lang_switch::LangSwitch;
pub use lock_panel::LockPanel;
pub use page_heading::PageHeading;
pub use text_field::TextField;
pub use unlock_row::UnlockRow;
pub use why::Why;
