//! Values, dates and statuses as the canvas writes them (mirrors
//! `ui/src/model/format.ts` and `ui/src/model/status.ts`): compact, locale-free.
//! The status rule itself lives in [`crate::analysis`].

pub use crate::analysis::Status;
use crate::analysis::StatusThresholds;
use crate::model::{Direction, Granularity, Period};

/// The status of `value` against `target` with the default thresholds (on track
/// when it meets the target, at risk within 10%); the rule itself is
/// [`crate::analysis::status`].
pub fn status(
    value: Option<f64>,
    target: Option<f64>,
    direction: Option<Direction>,
) -> Option<Status> {
    crate::analysis::status(value, target, direction, &StatusThresholds::default())
}

const SUFFIXES: [(f64, &str); 4] = [(1e3, "K"), (1e6, "M"), (1e9, "B"), (1e12, "T")];

/// `value.toFixed(digits)` without trailing zeros (nor a trailing point).
fn fixed(value: f64, digits: usize) -> String {
    if value.abs() >= 1e21 {
        // JavaScript's toFixed falls back to the exponent form: `1.5e+300`.
        let text = format!("{value:e}");
        return match text.split_once('e') {
            Some((mantissa, exponent)) if !exponent.starts_with('-') => {
                format!("{mantissa}e+{exponent}")
            }
            _ => text,
        };
    }
    let text = format!("{value:.digits$}");
    if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_owned()
    } else {
        text
    }
}

/// Two significant digits, as JavaScript's `String(Number(x.toPrecision(2)))`
/// writes a number below 0.01.
fn two_significant(abs: f64) -> String {
    let text = format!("{abs:.1e}");
    let parsed: f64 = text.parse().unwrap_or(abs);
    if parsed >= 1e-6 {
        let digits = (-parsed.log10().floor()) as usize + 1;
        fixed(parsed, digits.min(20))
    } else {
        let (mantissa, exponent) = text.split_once('e').unwrap_or((&text, "0"));
        let mantissa = mantissa.trim_end_matches('0').trim_end_matches('.');
        format!("{mantissa}e{exponent}")
    }
}

fn magnitude(abs: f64) -> String {
    magnitude_with(abs, 0)
}

/// [`magnitude`] with `extra` more decimals than the canvas writes.
fn magnitude_with(abs: f64, extra: usize) -> String {
    if abs == 0.0 {
        return "0".to_owned();
    }
    if abs < 0.01 {
        return two_significant(abs);
    }
    if abs < 1000.0 {
        let digits = extra
            + if abs < 10.0 {
                2
            } else if abs < 100.0 {
                1
            } else {
                0
            };
        let rounded: f64 = format!("{abs:.digits$}").parse().unwrap_or(abs);
        if rounded < 1000.0 {
            return fixed(abs, digits);
        }
    }
    for (i, (divisor, suffix)) in SUFFIXES.iter().enumerate() {
        let scaled = abs / divisor;
        let digits = extra + if scaled < 100.0 { 1 } else { 0 };
        let rounded: f64 = format!("{scaled:.digits$}").parse().unwrap_or(scaled);
        if rounded < 1000.0 || i == SUFFIXES.len() - 1 {
            return format!("{}{suffix}", fixed(scaled, digits));
        }
    }
    format!("{abs}")
}

/// A number in compact form: `1.2M`, `45`, `3.46`, `12.3K`, `-800`.
pub fn format_number(value: f64) -> String {
    signed(value, magnitude).unwrap_or_else(|| "—".to_owned())
}

fn currency_symbol(unit: &str) -> Option<&'static str> {
    match unit.to_uppercase().as_str() {
        "EUR" | "€" => Some("€"),
        "USD" | "$" => Some("$"),
        "GBP" | "£" => Some("£"),
        "JPY" | "¥" => Some("¥"),
        _ => None,
    }
}

/// `values` with their unit, each written with as few decimals as keep the
/// different ones apart (`€1.15M` and `€1.25M`, not `€1.2M` twice): totals set
/// side by side, as a bridge chart's first and last. At most three more decimals
/// than [`format_value`] writes.
pub fn format_values_apart(values: &[f64], unit: Option<&str>) -> Vec<String> {
    let write = |extra: usize| -> Vec<String> {
        values
            .iter()
            .map(|&value| with_unit(signed(value, |abs| magnitude_with(abs, extra)), unit))
            .collect()
    };
    let apart = |texts: &[String]| {
        values.iter().zip(texts).all(|(a, text_a)| {
            values
                .iter()
                .zip(texts)
                .all(|(b, text_b)| a == b || !a.is_finite() || !b.is_finite() || text_a != text_b)
        })
    };
    (0..3)
        .map(write)
        .find(|texts| apart(texts))
        .unwrap_or_else(|| write(3))
}

/// `value` written by `write` (its magnitude), with its sign.
fn signed(value: f64, write: impl Fn(f64) -> String) -> Option<String> {
    if !value.is_finite() {
        return None;
    }
    let text = write(value.abs());
    Some(if value < 0.0 && text != "0" {
        format!("-{text}")
    } else {
        text
    })
}

/// A value with its unit: `€1.2M`, `45%`, `1.2K seats`, `—` when there is none.
pub fn format_value(value: Option<f64>, unit: Option<&str>) -> String {
    with_unit(value.and_then(|value| signed(value, magnitude)), unit)
}

/// A written number with its unit (`—` for none).
fn with_unit(number: Option<String>, unit: Option<&str>) -> String {
    let Some(number) = number else {
        return "—".to_owned();
    };
    let unit = unit.unwrap_or("").trim();
    if unit.is_empty() {
        return number;
    }
    if let Some(symbol) = currency_symbol(unit) {
        return match number.strip_prefix('-') {
            Some(rest) => format!("-{symbol}{rest}"),
            None => format!("{symbol}{number}"),
        };
    }
    if matches!(unit, "%" | "x" | "×" | "pp") || unit.starts_with('/') {
        return format!("{number}{unit}");
    }
    format!("{number}\u{a0}{unit}")
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// `2027-06-30` as `30 Jun 2027`; anything else as it is.
pub fn format_date(date: &str) -> String {
    let parts: Vec<&str> = date.split('-').collect();
    if let [year, month, day] = parts[..] {
        let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
        if digits(year, 4) && digits(month, 2) && digits(day, 2) {
            let month: usize = month.parse().unwrap_or(0);
            let day: u32 = day.parse().unwrap_or(0);
            if let Some(name) = month.checked_sub(1).and_then(|m| MONTHS.get(m)) {
                return format!("{day} {name} {year}");
            }
        }
    }
    date.to_owned()
}

/// A period as people say it (as `ui/src/time/periods.ts` writes it): `2026-11`
/// as `Nov 2026`, `2026-Q2` as `Q2 2026`, `2026-W19` as `W19 2026`.
pub fn format_period(period: Period) -> String {
    match period.granularity() {
        Granularity::Month => {
            let name = MONTHS[usize::from(period.number().clamp(1, 12)) - 1];
            format!("{name} {}", period.year())
        }
        Granularity::Quarter => format!("Q{} {}", period.number(), period.year()),
        Granularity::Week => format!("W{:02} {}", period.number(), period.year()),
    }
}

/// A change as a card's badge says it (`changeText` in `periods.ts`): a signed
/// percentage of the compared value (`+4.2 %`, whole above 10 %), or a signed
/// amount when there is no ratio; `None` for no change (0 or unknown).
pub fn format_change(
    change: Option<f64>,
    ratio: Option<f64>,
    unit: Option<&str>,
) -> Option<String> {
    let change = change.filter(|c| *c != 0.0 && c.is_finite())?;
    if let Some(ratio) = ratio.filter(|r| r.is_finite()) {
        let percent = (ratio * 100.0).abs();
        let digits = if percent >= 10.0 { 0 } else { 1 };
        let sign = if ratio > 0.0 { "+" } else { "\u{2212}" };
        return Some(format!("{sign}{percent:.digits$} %"));
    }
    Some(format_signed(change, unit))
}

/// A change written with its sign and unit: `+€32.9K`, `−€2K` (the minus sign),
/// `+0`.
pub fn format_signed(change: f64, unit: Option<&str>) -> String {
    let sign = if change < 0.0 { "\u{2212}" } else { "+" };
    format!("{sign}{}", format_value(Some(change.abs()), unit))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_like_the_canvas() {
        assert_eq!(format_number(1_795_680.0), "1.8M");
        assert_eq!(format_number(45.0), "45");
        assert_eq!(format_number(3.456), "3.46");
        assert_eq!(format_number(12_345.0), "12.3K");
        assert_eq!(format_number(-800.0), "-800");
        assert_eq!(format_number(999.7), "1K");
        assert_eq!(format_number(0.0), "0");
        assert_eq!(format_number(0.00123), "0.0012");
        assert_eq!(format_number(150_000.0), "150K");
        assert_eq!(format_number(4.1), "4.1");
        let huge = format_number(1.5e300);
        assert!(
            huge.starts_with("1.5") && huge.ends_with("e+288T"),
            "{huge}"
        );
    }

    #[test]
    fn totals_side_by_side_get_the_decimals_that_tell_them_apart() {
        let eur = Some("EUR");
        assert_eq!(
            format_values_apart(&[1_153_803.0, 1_248_000.0], eur),
            ["€1.15M", "€1.25M"]
        );
        assert_eq!(
            format_values_apart(&[1_153_803.0, 1_154_300.0], eur),
            ["€1.1538M", "€1.1543M"]
        );
        // Far apart, or equal: as the canvas writes them.
        assert_eq!(format_values_apart(&[1_000.0, 9_000.0], None), ["1K", "9K"]);
        assert_eq!(format_values_apart(&[5.0, 5.0], Some("%")), ["5%", "5%"]);
        assert_eq!(
            format_values_apart(&[-2_500.0, f64::NAN], None),
            ["-2.5K", "—"]
        );
    }

    #[test]
    fn values_with_units() {
        assert_eq!(format_value(Some(1_800_000.0), Some("EUR")), "€1.8M");
        assert_eq!(format_value(Some(-5.0), Some("usd")), "-$5");
        assert_eq!(format_value(Some(38.0), Some("%")), "38%");
        assert_eq!(format_value(Some(4.1), Some("/5")), "4.1/5");
        assert_eq!(format_value(Some(1200.0), Some("seats")), "1.2K\u{a0}seats");
        assert_eq!(format_value(None, Some("EUR")), "—");
    }

    #[test]
    fn dates_and_statuses() {
        assert_eq!(format_date("2027-06-30"), "30 Jun 2027");
        assert_eq!(format_date("soon"), "soon");
        assert_eq!(
            status(Some(100.0), Some(100.0), None),
            Some(Status::OnTrack)
        );
        assert_eq!(status(Some(90.0), Some(100.0), None), Some(Status::AtRisk));
        assert_eq!(
            status(Some(89.0), Some(100.0), None),
            Some(Status::OffTrack)
        );
        assert_eq!(
            status(Some(9.0), Some(6.0), Some(Direction::Down)),
            Some(Status::OffTrack)
        );
        assert_eq!(status(None, Some(6.0), None), None);
    }

    #[test]
    fn periods_and_changes_like_the_window() {
        let period = |text: &str| Period::parse(text).expect("a period");
        assert_eq!(format_period(period("2026-11")), "Nov 2026");
        assert_eq!(format_period(period("2026-Q2")), "Q2 2026");
        assert_eq!(format_period(period("2026-W09")), "W09 2026");
        assert_eq!(
            format_change(Some(4.2), Some(0.042), None).as_deref(),
            Some("+4.2 %")
        );
        assert_eq!(
            format_change(Some(-30.0), Some(-0.25), None).as_deref(),
            Some("\u{2212}25 %")
        );
        assert_eq!(
            format_change(Some(5.0), None, Some("EUR")).as_deref(),
            Some("+€5")
        );
        assert_eq!(format_change(Some(0.0), Some(0.0), None), None);
        assert_eq!(format_change(None, None, None), None);
    }
}
