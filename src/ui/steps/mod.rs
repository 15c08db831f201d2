//! One component per screen of the flow.

pub mod check;
pub mod domain;
pub mod drafts;
pub mod household;
pub mod plan;
pub mod start;
pub mod tasks;

pub use check::CheckScreen;
pub use domain::DomainScreen;
pub use drafts::DraftList;
pub use household::HouseholdScreen;
pub use plan::PlanScreen;
pub use start::StartScreen;
pub use tasks::TasksScreen;
