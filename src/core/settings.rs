//! The user's settings: kept in the browser's local storage by `store`.

use serde::{Deserialize, Serialize};

/// The interface language. Danish is the programme's language and the default.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Da,
    En,
}

impl Lang {
    /// Every language, in the order the settings screen offers them.
    pub const ALL: [Lang; 2] = [Lang::Da, Lang::En];

    /// The BCP 47 tag, as used in `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Da => "da",
            Lang::En => "en",
        }
    }

    /// The language's own name for itself, so a user can find theirs whatever is shown.
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::Da => "Dansk",
            Lang::En => "English",
        }
    }

    /// Reads a stored or browser language tag; anything unknown is `None`.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "da" => Some(Lang::Da),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

/// Settings the user chose. Every field is optional, so older stored settings load.
/// As stored: `{"lang":"en"}`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub lang: Lang,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn danish_is_the_default_language() {
        assert_eq!(Settings::default().lang, Lang::Da);
    }

    #[test]
    fn language_tags_are_read_by_their_primary_subtag() {
        assert_eq!(Lang::from_code("da"), Some(Lang::Da));
        assert_eq!(Lang::from_code("da-DK"), Some(Lang::Da));
        assert_eq!(Lang::from_code("EN_gb"), Some(Lang::En));
        assert_eq!(Lang::from_code("de"), None);
        assert_eq!(Lang::from_code(""), None);
    }

    #[test]
    fn every_language_round_trips_through_its_code() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
    }

    fn from_text(text: &str) -> Option<Settings> {
        serde_json::from_str(text).ok()
    }

    #[test]
    fn settings_serialise_to_a_fixed_string() {
        let s = Settings { lang: Lang::En };
        assert_eq!(
            serde_json::to_string(&s).unwrap_or_default(),
            r#"{"lang":"en"}"#
        );
    }

    #[test]
    fn settings_missing_a_field_load_with_its_default() {
        assert_eq!(from_text("{}"), Some(Settings::default()));
    }

    #[test]
    fn settings_with_an_unknown_language_are_an_error_not_a_silent_switch() {
        assert_eq!(from_text(r#"{"lang":"xx"}"#), None);
    }

    #[test]
    fn every_language_is_stored_as_its_code() {
        for lang in Lang::ALL {
            let text = serde_json::to_string(&lang).unwrap_or_default();
            assert_eq!(text, format!("\"{}\"", lang.code()));
        }
    }
}
