//! Value types whose constructors enforce the field rules of SPEC 3, so that a value
//! of one of these types is valid by construction.

use serde::{Deserialize, Serialize};

/// Names are 1 to 200 characters (Unicode scalar values).
pub const MAX_NAME_CHARS: usize = 200;

/// The first control character of `name` (U+0000–U+001F, U+007F–U+009F: NUL, bell,
/// escape, line breaks...), as `U+0007`, if it holds one. Pasted text that holds
/// one is binary or terminal output rather than an outline of names; a card and an
/// SVG `<text>` cannot show it (XML cannot hold most of them).
pub fn control_character(name: &str) -> Option<String> {
    name.chars()
        .find(|c| c.is_control())
        .map(|c| format!("U+{:04X}", u32::from(c)))
}

/// Why a field value was refused; the message is shown to the user as is.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ValueError {
    #[error("id {0:?} is not valid: an id starts with a letter or _, then up to 63 letters, digits or _")]
    BadId(String),
    #[error("colour {0:?} is not valid: write it as #rrggbb")]
    BadColor(String),
    #[error("date {0:?} is not valid: write it as YYYY-MM-DD")]
    BadDate(String),
}

/// A node id: `^[A-Za-z_][A-Za-z0-9_]{0,63}$`, unique in its tree. Ids double as the
/// variable names of formulas, hence the identifier syntax.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(try_from = "String", into = "String")]
pub struct NodeId(String);

impl NodeId {
    pub fn new(text: &str) -> Result<Self, ValueError> {
        let mut chars = text.chars();
        let first_ok = chars
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '_');
        let rest_ok = chars.all(|c| c.is_ascii_alphanumeric() || c == '_');
        if first_ok && rest_ok && text.len() <= 64 {
            Ok(NodeId(text.to_owned()))
        } else {
            Err(ValueError::BadId(text.to_owned()))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for NodeId {
    type Error = ValueError;
    fn try_from(text: String) -> Result<Self, Self::Error> {
        NodeId::new(&text)
    }
}

impl From<NodeId> for String {
    fn from(id: NodeId) -> String {
        id.0
    }
}

impl std::fmt::Display for NodeId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// A colour as `#rrggbb`, kept in lower case so that equal colours compare equal.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(try_from = "String", into = "String")]
pub struct Color(String);

impl Color {
    pub fn new(text: &str) -> Result<Self, ValueError> {
        let valid = text.len() == 7
            && text.starts_with('#')
            && text[1..].chars().all(|c| c.is_ascii_hexdigit());
        if valid {
            Ok(Color(text.to_ascii_lowercase()))
        } else {
            Err(ValueError::BadColor(text.to_owned()))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Color {
    type Error = ValueError;
    fn try_from(text: String) -> Result<Self, Self::Error> {
        Color::new(&text)
    }
}

impl From<Color> for String {
    fn from(color: Color) -> String {
        color.0
    }
}

/// A calendar date `YYYY-MM-DD` (proleptic Gregorian), checked for a real day.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(try_from = "String", into = "String")]
pub struct TargetDate(String);

impl TargetDate {
    pub fn new(text: &str) -> Result<Self, ValueError> {
        if is_calendar_date(text) {
            Ok(TargetDate(text.to_owned()))
        } else {
            Err(ValueError::BadDate(text.to_owned()))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for TargetDate {
    type Error = ValueError;
    fn try_from(text: String) -> Result<Self, Self::Error> {
        TargetDate::new(&text)
    }
}

impl From<TargetDate> for String {
    fn from(date: TargetDate) -> String {
        date.0
    }
}

fn is_calendar_date(text: &str) -> bool {
    let bytes = text.as_bytes();
    let shape_ok = bytes.len() == 10
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && bytes
            .iter()
            .enumerate()
            .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
    if !shape_ok {
        return false;
    }
    let number = |range: std::ops::Range<usize>| text[range].parse::<u32>().unwrap_or(0);
    let (year, month, day) = (number(0..4), number(5..7), number(8..10));
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days_in_month = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days_in_month).contains(&day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids() {
        for good in ["a", "_", "arr", "net_new_customers", "A1", &"x".repeat(64)] {
            assert!(NodeId::new(good).is_ok(), "{good}");
        }
        for bad in ["", "1a", "a-b", "a b", "é", &"x".repeat(65)] {
            assert!(NodeId::new(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn colors() {
        assert_eq!(Color::new("#E63946").unwrap().as_str(), "#e63946");
        for bad in ["e63946", "#e6394", "#e639466", "#gggggg", "red"] {
            assert!(Color::new(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn dates() {
        for good in ["2027-06-30", "2024-02-29", "2000-02-29"] {
            assert!(TargetDate::new(good).is_ok(), "{good}");
        }
        for bad in [
            "2027-6-30",
            "2027-02-29",
            "1900-02-29",
            "2027-13-01",
            "2027-04-31",
            "27-06-30",
            "2027/06/30",
        ] {
            assert!(TargetDate::new(bad).is_err(), "{bad}");
        }
    }
}
