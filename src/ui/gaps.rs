//! The core's "still missing" findings in words, each pointing at the
//! field to fix (ids as the screens render them).

use crate::domain::checks::Missing;
use crate::domain::Lang;
use crate::i18n::{t, Key};
use crate::ui::components::FieldError;

pub fn field_error(gap: Missing, lang: Lang) -> FieldError {
    let (field_id, key) = match gap {
        Missing::HouseholdName => ("household-name".to_string(), Key::error_household_name),
        Missing::MemberName(id) => (format!("member-{id}-name"), Key::error_member_name),
        Missing::AgreementWhat(id) => (format!("agreement-{id}-what"), Key::error_agreement_what),
        Missing::AgreementWho(id) => (
            format!("agreement-{id}-other-name"),
            Key::error_agreement_who,
        ),
    };
    FieldError {
        field_id,
        message: t(lang, key).to_string(),
    }
}

pub fn field_errors(gaps: Vec<Missing>, lang: Lang) -> Vec<FieldError> {
    gaps.into_iter().map(|g| field_error(g, lang)).collect()
}
