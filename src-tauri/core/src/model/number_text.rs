//! Numbers as people type and paste them: `1,200,000`, `1 200`, `41.5%`, `-3.2`,
//! `"12,5"` quoted from a spreadsheet. One reader for every place text becomes a
//! value (outline paste, and values pasted or imported from spreadsheets), so that
//! they agree on what a number is.
//!
//! Rules: surrounding white space and one pair of double quotes are ignored; a
//! trailing `%` is dropped (the number is kept as written: `41.5%` is 41.5, the way
//! a rate is stored on a node); thousands may be grouped by `,` (then `.` is the
//! decimal point), or by spaces (narrow or not) or `'`; a lone `,` with one to two
//! digits after it and no `.` is a decimal comma (`12,5`). Anything else, and any
//! result that is not finite, is not a number. Nothing is guessed beyond that: a
//! currency sign or a unit word makes the text not a number, so no value is read
//! wrongly without a word.

/// The number `text` spells, or `None` when it is not one by the rules above.
pub fn parse_number_text(text: &str) -> Option<f64> {
    let mut text = text.trim();
    if let Some(inner) = text.strip_prefix('"').and_then(|t| t.strip_suffix('"')) {
        text = inner.trim();
    }
    let text = text.strip_suffix('%').map(str::trim_end).unwrap_or(text);
    let (sign, digits) = match text
        .strip_prefix('-')
        .or_else(|| text.strip_prefix('\u{2212}'))
    {
        Some(rest) => (-1.0, rest),
        None => (1.0, text.strip_prefix('+').unwrap_or(text)),
    };
    let plain = ungrouped(digits)?;
    let number: f64 = plain.parse().ok()?;
    (number.is_finite()).then_some(sign * number)
}

/// `digits` with grouping removed and a decimal comma made a point, when it is a
/// plain decimal number that way.
fn ungrouped(digits: &str) -> Option<String> {
    if digits.is_empty() {
        return None;
    }
    let is_space = |c: char| matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\'');
    let (int_part, fraction) = match digits.split_once('.') {
        Some((int_part, fraction)) => (int_part, Some(fraction)),
        None => (digits, None),
    };
    if let Some(fraction) = fraction {
        if fraction.is_empty() || !fraction.chars().all(|c| c.is_ascii_digit()) {
            return None;
        }
    }
    let int_plain = if int_part.contains(',') && fraction.is_none() && is_decimal_comma(int_part) {
        let (whole, decimals) = int_part.split_once(',')?;
        return Some(format!("{}.{decimals}", grouped_int(whole, is_space)?));
    } else if int_part.contains(',') {
        grouped_int_by(int_part, ',')?
    } else {
        grouped_int(int_part, is_space)?
    };
    Some(match fraction {
        Some(fraction) => format!("{int_plain}.{fraction}"),
        None => int_plain,
    })
}

/// `12,5` or `0,25`: one comma with one or two digits after it.
fn is_decimal_comma(text: &str) -> bool {
    match text.split_once(',') {
        Some((whole, decimals)) => {
            !decimals.contains(',')
                && (1..=2).contains(&decimals.len())
                && decimals.chars().all(|c| c.is_ascii_digit())
                && !whole.is_empty()
        }
        None => false,
    }
}

/// An integer written with `separator` between groups of three (the first group
/// one to three digits), or with none.
fn grouped_int_by(text: &str, separator: char) -> Option<String> {
    let groups: Vec<&str> = text.split(separator).collect();
    let first_ok = (1..=3).contains(&groups[0].len());
    let rest_ok = groups[1..].iter().all(|g| g.len() == 3);
    let digits_ok = groups.iter().all(|g| g.chars().all(|c| c.is_ascii_digit()));
    (first_ok && rest_ok && digits_ok).then(|| groups.concat())
}

/// An integer grouped by spaces or `'` (as `grouped_int_by`), or plain digits.
fn grouped_int(text: &str, is_space: impl Fn(char) -> bool) -> Option<String> {
    if text.is_empty() {
        return None;
    }
    if text.chars().all(|c| c.is_ascii_digit()) {
        return Some(text.to_owned());
    }
    let separator = text.chars().find(|c| is_space(*c))?;
    grouped_int_by(text, separator)
}

#[cfg(test)]
mod tests {
    use super::parse_number_text as n;

    #[test]
    fn plain_and_signed_numbers() {
        assert_eq!(n("42"), Some(42.0));
        assert_eq!(n(" -3.25 "), Some(-3.25));
        assert_eq!(n("+7"), Some(7.0));
        assert_eq!(n("0.5"), Some(0.5));
        assert_eq!(n("\u{2212}4"), Some(-4.0));
    }

    #[test]
    fn spreadsheet_forms() {
        assert_eq!(n("1,200,000"), Some(1_200_000.0));
        assert_eq!(n("\"1,200.50\""), Some(1200.5));
        assert_eq!(n("1 200"), Some(1200.0));
        assert_eq!(n("1\u{202f}200\u{202f}000"), Some(1_200_000.0));
        assert_eq!(n("1'200"), Some(1200.0));
        assert_eq!(n("41.5%"), Some(41.5));
        assert_eq!(n("12 %"), Some(12.0));
        assert_eq!(n("12,5"), Some(12.5));
    }

    #[test]
    fn what_is_not_a_number() {
        for text in [
            "", " ", "abc", "€12", "12 EUR", "1,2,3", "12,3456", "1.2.3", "1e999", "NaN", "inf",
            "12.", ".", "-", "1,20,000", "1 20",
        ] {
            assert_eq!(n(text), None, "{text:?}");
        }
    }
}
