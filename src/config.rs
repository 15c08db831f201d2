//! TEMPORARY stand-in for the embedding configuration (replaced by the
//! config branch's full version on merge).

use crate::domain::catalogue::{Catalogue, DomainDef};
use crate::domain::Lang;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Mode {
    #[default]
    Coach,
    Resident,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CoachDefaults {
    pub name: String,
    pub organisation: String,
    pub reach: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum ExtraDomains {
    #[default]
    None,
    Json(String),
    Defs(Vec<DomainDef>),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Config {
    pub lang: Lang,
    pub namespace: String,
    pub mode: Mode,
    pub coach: CoachDefaults,
    pub extra_domains: ExtraDomains,
    pub offline: bool,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            lang: Lang::Nl,
            namespace: "keukentafel".into(),
            mode: Mode::Coach,
            coach: CoachDefaults::default(),
            extra_domains: ExtraDomains::None,
            offline: false,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigError {
    option: String,
    problem: String,
}

impl ConfigError {
    pub fn option(&self) -> &str {
        &self.option
    }
    pub fn message(&self, _lang: Lang) -> String {
        format!("{}: {}", self.option, self.problem)
    }
}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.option, self.problem)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CatalogueError(String);

impl CatalogueError {
    pub fn path(&self) -> &str {
        &self.0
    }
    pub fn message(&self, _lang: Lang) -> String {
        self.0.clone()
    }
}

impl Config {
    pub fn set(&mut self, name: &str, value: &str) -> Result<(), ConfigError> {
        let name = name.strip_prefix("data-").unwrap_or(name);
        let bad = |p: &str| ConfigError {
            option: name.to_string(),
            problem: p.to_string(),
        };
        match name {
            "lang" => self.lang = Lang::from_code(value).ok_or_else(|| bad("nl or en"))?,
            "namespace" => self.namespace = value.to_string(),
            "mode" => {
                self.mode = match value {
                    "coach" => Mode::Coach,
                    "resident" => Mode::Resident,
                    _ => return Err(bad("coach or resident")),
                }
            }
            "coach-name" | "coachName" => self.coach.name = value.into(),
            "coach-organisation" | "coachOrganisation" => self.coach.organisation = value.into(),
            "coach-contact" | "coachContact" => self.coach.reach = value.into(),
            "extra-domains" | "extraDomains" => {
                self.extra_domains = ExtraDomains::Json(value.into())
            }
            "offline" => self.offline = value != "false",
            _ => return Err(bad("unknown option")),
        }
        Ok(())
    }

    pub fn from_options(
        pairs: impl IntoIterator<Item = (String, String)>,
    ) -> Result<Config, ConfigError> {
        let mut c = Config::default();
        for (k, v) in pairs {
            c.set(&k, &v)?;
        }
        Ok(c)
    }

    pub fn from_attributes(
        pairs: impl IntoIterator<Item = (String, String)>,
    ) -> Result<Config, ConfigError> {
        let mut c = Config::default();
        for (k, v) in pairs {
            if let Some(name) = k.strip_prefix("data-") {
                match c.set(name, &v) {
                    Err(e) if e.problem == "unknown option" => {}
                    other => other?,
                }
            }
        }
        Ok(c)
    }

    pub fn catalogue(&self) -> Result<Catalogue, CatalogueError> {
        let mut c = Catalogue::standard();
        let defs = match &self.extra_domains {
            ExtraDomains::None => vec![],
            ExtraDomains::Json(j) => {
                serde_json::from_str(j).map_err(|e| CatalogueError(e.to_string()))?
            }
            ExtraDomains::Defs(d) => d.clone(),
        };
        for d in defs {
            c = c.with_extra(d);
        }
        Ok(c)
    }
}
