//! The core's "still missing" findings in words, each pointing at the
//! field to fix (the same [`FieldRef`] id the screen renders).

use crate::domain::checks::Missing;
use crate::domain::field_ref::FieldRef;
use crate::domain::Lang;
use crate::i18n::{t, Key};
use crate::ui::components::FieldError;

pub fn field_error(gap: Missing, lang: Lang) -> FieldError {
    let key = match gap {
        Missing::HouseholdName => Key::error_household_name,
        Missing::MemberName(_) => Key::error_member_name,
        Missing::AgreementWhat(_) => Key::error_agreement_what,
        Missing::AgreementWho(_) => Key::error_agreement_who,
        Missing::AgreementCarrier(_) => Key::error_agreement_carrier,
    };
    FieldError {
        field_id: FieldRef::from(gap).id(),
        message: t(lang, key).to_string(),
    }
}

pub fn field_errors(gaps: Vec<Missing>, lang: Lang) -> Vec<FieldError> {
    gaps.into_iter().map(|g| field_error(g, lang)).collect()
}
