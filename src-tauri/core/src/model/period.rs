//! Periods of a tree's history (SPEC 8): a tree counts time in months (the
//! default), quarters or ISO weeks, and every value of a node's history belongs to
//! one period, written `2026-05`, `2026-Q2` or `2026-W19`.
//!
//! Invariants:
//! - A [`Period`] is valid by construction: month 1–12, quarter 1–4, week 1 up to
//!   the number of ISO weeks of its year (52 or 53). Its text form reads back to
//!   the same period.
//! - Periods of one granularity are ordered by time; [`Period::offset`] moves by
//!   whole periods across year ends, so "the previous period" and "the same
//!   period last year" are plain arithmetic.
//!
//! ISO weeks by hand (no date crate needed for them): a year has 53 weeks when it
//! starts on a Thursday, or is a leap year starting on a Wednesday (ISO 8601; the
//! weekday of 1 January from Gauss's algorithm).

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// How a tree counts time.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum Granularity {
    #[default]
    Month,
    Quarter,
    Week,
}

impl Granularity {
    pub fn as_str(self) -> &'static str {
        match self {
            Granularity::Month => "month",
            Granularity::Quarter => "quarter",
            Granularity::Week => "week",
        }
    }

    pub fn parse(text: &str) -> Option<Granularity> {
        match text {
            "month" => Some(Granularity::Month),
            "quarter" => Some(Granularity::Quarter),
            "week" => Some(Granularity::Week),
            _ => None,
        }
    }

    /// How many periods make a year (for weeks: 52, the usual year; "the same
    /// week last year" is the week of that number in the year before).
    pub fn per_year(self) -> i32 {
        match self {
            Granularity::Month => 12,
            Granularity::Quarter => 4,
            Granularity::Week => 52,
        }
    }
}

impl fmt::Display for Granularity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One period: a month, a quarter or an ISO week of a year. Serialised as its
/// text (`2026-05`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Period {
    // Field order gives the derived order: by granularity, then in time.
    granularity: Granularity,
    year: i32,
    /// 1-based: the month, the quarter or the week.
    number: u8,
}

/// Why a text is not a period.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("\"{text}\" is not a period: {reason}")]
pub struct PeriodError {
    pub text: String,
    pub reason: String,
}

impl Period {
    /// The period, if `number` exists in `year` at `granularity`.
    pub fn new(granularity: Granularity, year: i32, number: u8) -> Option<Period> {
        let last = match granularity {
            Granularity::Month => 12,
            Granularity::Quarter => 4,
            Granularity::Week => iso_weeks(year),
        };
        ((1..=last).contains(&number) && (1..=9999).contains(&year)).then_some(Period {
            granularity,
            year,
            number,
        })
    }

    /// Reads `2026-05`, `2026-Q2` or `2026-W19`.
    pub fn parse(text: &str) -> Result<Period, PeriodError> {
        let error = |reason: &str| PeriodError {
            text: text.to_owned(),
            reason: reason.to_owned(),
        };
        let shape = "write a month as 2026-05, a quarter as 2026-Q2, a week as 2026-W19";
        let (year, rest) = text.split_once('-').ok_or_else(|| error(shape))?;
        if year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) {
            return Err(error(shape));
        }
        let year: i32 = year.parse().map_err(|_| error(shape))?;
        let (granularity, digits) = match rest.as_bytes().first() {
            Some(b'Q') => (Granularity::Quarter, &rest[1..]),
            Some(b'W') => (Granularity::Week, &rest[1..]),
            _ => (Granularity::Month, rest),
        };
        let width = if granularity == Granularity::Quarter {
            1
        } else {
            2
        };
        if digits.len() != width || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(error(shape));
        }
        let number: u8 = digits.parse().map_err(|_| error(shape))?;
        Period::new(granularity, year, number).ok_or_else(|| {
            error(&match granularity {
                Granularity::Month => "a month is 01 to 12".to_owned(),
                Granularity::Quarter => "a quarter is Q1 to Q4".to_owned(),
                Granularity::Week => format!("{year} has ISO weeks 01 to {}", iso_weeks(year)),
            })
        })
    }

    pub fn granularity(self) -> Granularity {
        self.granularity
    }

    pub fn year(self) -> i32 {
        self.year
    }

    /// The month, quarter or week number (1-based).
    pub fn number(self) -> u8 {
        self.number
    }

    /// The period `by` periods later (earlier when negative), or `None` outside
    /// the years 1–9999.
    pub fn offset(self, by: i32) -> Option<Period> {
        match self.granularity {
            Granularity::Week => {
                let mut year = self.year;
                let mut number = i64::from(self.number) + i64::from(by);
                while number < 1 {
                    year -= 1;
                    number += i64::from(iso_weeks(year));
                }
                while number > i64::from(iso_weeks(year)) {
                    number -= i64::from(iso_weeks(year));
                    year += 1;
                }
                Period::new(self.granularity, year, u8::try_from(number).ok()?)
            }
            granularity => {
                let per_year = i64::from(granularity.per_year());
                let index =
                    i64::from(self.year) * per_year + i64::from(self.number) - 1 + i64::from(by);
                let year = i32::try_from(index.div_euclid(per_year)).ok()?;
                let number = u8::try_from(index.rem_euclid(per_year) + 1).ok()?;
                Period::new(granularity, year, number)
            }
        }
    }

    /// The period before this one.
    pub fn previous(self) -> Option<Period> {
        self.offset(-1)
    }

    /// The same month, quarter or week number a year earlier (week 53 becomes
    /// week 52 in a year without a 53rd).
    pub fn a_year_earlier(self) -> Option<Period> {
        let year = self.year - 1;
        let number = match self.granularity {
            Granularity::Week => self.number.min(iso_weeks(year)),
            _ => self.number,
        };
        Period::new(self.granularity, year, number)
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.granularity {
            Granularity::Month => write!(f, "{:04}-{:02}", self.year, self.number),
            Granularity::Quarter => write!(f, "{:04}-Q{}", self.year, self.number),
            Granularity::Week => write!(f, "{:04}-W{:02}", self.year, self.number),
        }
    }
}

impl Serialize for Period {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Period {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Period, D::Error> {
        let text = String::deserialize(deserializer)?;
        Period::parse(&text).map_err(serde::de::Error::custom)
    }
}

/// The weekday of 1 January of `year`, 0 = Sunday … 6 = Saturday (Gauss).
fn new_year_weekday(year: i32) -> i32 {
    let y = year - 1;
    (1 + 5 * y.rem_euclid(4) + 4 * y.rem_euclid(100) + 6 * y.rem_euclid(400)).rem_euclid(7)
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// How many ISO weeks `year` has: 53 when it starts on a Thursday, or is a leap
/// year starting on a Wednesday; else 52.
pub fn iso_weeks(year: i32) -> u8 {
    match (new_year_weekday(year), is_leap(year)) {
        (4, _) | (3, true) => 53,
        _ => 52,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(text: &str) -> Period {
        Period::parse(text).unwrap()
    }

    #[test]
    fn the_three_forms_read_back_as_written() {
        for text in [
            "2026-05", "2026-Q2", "2026-W19", "2020-W53", "0001-01", "9999-12",
        ] {
            assert_eq!(p(text).to_string(), text);
        }
    }

    #[test]
    fn malformed_and_impossible_periods_are_refused_with_the_reason() {
        for text in [
            "2026-5", "26-05", "2026-13", "2026-00", "2026-Q5", "2026-W54", "2026", "",
        ] {
            assert!(Period::parse(text).is_err(), "{text}");
        }
        let error = Period::parse("2025-W53").unwrap_err();
        assert_eq!(
            error.to_string(),
            "\"2025-W53\" is not a period: 2025 has ISO weeks 01 to 52"
        );
    }

    #[test]
    fn iso_years_with_53_weeks_are_known() {
        // Years with 53 ISO weeks between 2000 and 2030.
        let long: Vec<i32> = (2000..=2030).filter(|y| iso_weeks(*y) == 53).collect();
        assert_eq!(long, [2004, 2009, 2015, 2020, 2026]);
    }

    #[test]
    fn offsets_cross_year_ends() {
        assert_eq!(p("2026-01").previous(), Some(p("2025-12")));
        assert_eq!(p("2026-Q1").offset(-5), Some(p("2024-Q4")));
        assert_eq!(p("2026-11").offset(14), Some(p("2028-01")));
        assert_eq!(p("2021-W01").previous(), Some(p("2020-W53")));
        assert_eq!(p("2020-W53").offset(1), Some(p("2021-W01")));
        assert_eq!(p("0001-01").previous(), None);
    }

    #[test]
    fn a_year_earlier_keeps_the_number() {
        assert_eq!(p("2026-05").a_year_earlier(), Some(p("2025-05")));
        assert_eq!(p("2026-Q2").a_year_earlier(), Some(p("2025-Q2")));
        assert_eq!(p("2021-W52").a_year_earlier(), Some(p("2020-W52")));
        assert_eq!(p("2026-W53").a_year_earlier(), Some(p("2025-W52")));
    }

    #[test]
    fn periods_order_in_time() {
        let mut periods = vec![p("2026-03"), p("2025-12"), p("2026-01")];
        periods.sort();
        assert_eq!(periods, [p("2025-12"), p("2026-01"), p("2026-03")]);
    }
}

/// One value of a node's history: what the node was in `period`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct HistoryPoint {
    #[cfg_attr(feature = "specta", specta(type = String))]
    pub period: Period,
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
    pub value: f64,
}
