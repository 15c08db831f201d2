//! Who carries an agreement, as picked from one list: the value of each
//! option of the "who" select, written and read in one place.

use crate::domain::model::{Carrier, Id, Side};

/// One option of the "who" list. "Other" is a choice, not yet a name: the
/// name and side are typed after it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CarrierPick {
    /// The list's "choose" line: nobody yet.
    Unset,
    Member(Id),
    Network(Id),
    Coach,
    Professional(Id),
    Other,
}

impl CarrierPick {
    /// The pick a carrier shows as.
    pub fn of(carrier: &Carrier) -> Self {
        match carrier {
            Carrier::Unset => Self::Unset,
            Carrier::Member { id } => Self::Member(*id),
            Carrier::Network { id } => Self::Network(*id),
            Carrier::Coach => Self::Coach,
            Carrier::Professional { id } => Self::Professional(*id),
            Carrier::Other { .. } => Self::Other,
        }
    }

    /// The option's value: "member:3", "coach", "other"; "" for nobody.
    pub fn encode(self) -> String {
        match self {
            Self::Unset => String::new(),
            Self::Member(id) => format!("member:{id}"),
            Self::Network(id) => format!("network:{id}"),
            Self::Coach => "coach".into(),
            Self::Professional(id) => format!("professional:{id}"),
            Self::Other => "other".into(),
        }
    }

    /// Reads an option's value; anything unknown is nobody, so a value
    /// the list did not offer never picks someone.
    pub fn decode(value: &str) -> Self {
        let (kind, id) = value.split_once(':').unwrap_or((value, ""));
        let id = id.parse::<Id>();
        match (kind, id) {
            ("member", Ok(id)) => Self::Member(id),
            ("network", Ok(id)) => Self::Network(id),
            ("professional", Ok(id)) => Self::Professional(id),
            ("other", _) => Self::Other,
            ("coach", _) => Self::Coach,
            _ => Self::Unset,
        }
    }

    /// The carrier this pick makes, keeping a typed-in name and side when
    /// "other" is picked again.
    pub fn carrier(self, previous: &Carrier) -> Carrier {
        match self {
            Self::Unset => Carrier::Unset,
            Self::Member(id) => Carrier::Member { id },
            Self::Network(id) => Carrier::Network { id },
            Self::Coach => Carrier::Coach,
            Self::Professional(id) => Carrier::Professional { id },
            Self::Other => match previous {
                Carrier::Other { .. } => previous.clone(),
                _ => Carrier::Other {
                    name: String::new(),
                    side: Side::HouseholdAndNetwork,
                },
            },
        }
    }
}
