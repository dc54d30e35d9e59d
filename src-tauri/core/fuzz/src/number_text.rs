//! Target `number_text`: [`parse_number_text`], numbers as people type and
//! spreadsheets write them (outline values, values pasted or imported).
//!
//! Properties, besides "no panic": a number read is finite, and its plain form
//! (`{}`) reads back to the same number; a number written by the rules (grouped by
//! `,` `.` spaces or `'`, a decimal comma, a sign, `%`, quotes) reads as its value.

use kpitree_core::model::parse_number_text;
use proptest::prelude::*;

use crate::engine::{check_corpus, Budget, Verdict};
use crate::mutate::mutated;

pub const TARGET: &str = "number_text";

const TOKENS: &[&str] = &[
    "0", "1", "9", ",", ".", " ", "'", "%", "\"", "-", "+", "−", "\u{a0}", "\u{202f}", "e", "E",
    "000", ",000", " 000", "1e308", "inf", "NaN", "€", "٣", "１",
];

/// The properties for one text.
pub fn check_text(text: &str) -> Verdict {
    let Some(n) = parse_number_text(text) else {
        return Ok(());
    };
    if !n.is_finite() {
        return Err(format!("read as {n}, not finite"));
    }
    let plain = format!("{n}");
    match parse_number_text(&plain) {
        Some(back) if back == n => Ok(()),
        other => Err(format!(
            "read as {n}, whose plain form {plain:?} reads as {other:?}"
        )),
    }
}

/// A number spelled by the rules, with the value it spells.
#[derive(Debug, Clone)]
pub struct Spelled {
    pub text: String,
    pub value: f64,
}

/// Integer part, fraction digits, grouping, decimal comma, sign, `%`, quotes.
fn spelled() -> impl Strategy<Value = Spelled> {
    let grouping = prop_oneof![
        Just(None),
        Just(Some(',')),
        Just(Some(' ')),
        Just(Some('\u{a0}')),
        Just(Some('\u{202f}')),
        Just(Some('\'')),
    ];
    let sign = prop_oneof![Just(""), Just("-"), Just("+"), Just("\u{2212}")];
    (
        0u64..10_000_000_000,
        prop::option::of("[0-9]{1,6}"),
        grouping,
        any::<bool>(),
        sign,
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(|(int, fraction, grouping, comma, sign, percent, quoted)| {
            let digits = int.to_string();
            let int_text = match grouping {
                None => digits.clone(),
                Some(separator) => group(&digits, separator),
            };
            // A decimal comma is read only with one or two digits and no `,` groups.
            let comma =
                comma && grouping != Some(',') && fraction.as_ref().is_some_and(|f| f.len() <= 2);
            let mut text = sign.to_owned() + &int_text;
            if let Some(fraction) = &fraction {
                text.push(if comma { ',' } else { '.' });
                text.push_str(fraction);
            }
            if percent {
                text.push('%');
            }
            if quoted {
                text = format!(" \"{text}\" ");
            }
            let plain = match &fraction {
                Some(fraction) => format!("{digits}.{fraction}"),
                None => digits,
            };
            let magnitude: f64 = plain.parse().expect("plain digits");
            let value = if sign.is_empty() || sign == "+" {
                magnitude
            } else {
                -magnitude
            };
            Spelled { text, value }
        })
}

/// `digits` in groups of three from the right, joined by `separator`.
fn group(digits: &str, separator: char) -> String {
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(c);
    }
    out
}

fn check_spelled(spelled: &Spelled) -> Verdict {
    match parse_number_text(&spelled.text) {
        Some(n) if n == spelled.value => check_text(&spelled.text),
        other => Err(format!(
            "{:?} reads as {other:?}, not {}",
            spelled.text, spelled.value
        )),
    }
}

/// Runs the target for its budget (see [`crate::engine`]).
pub fn fuzz() {
    let seeds = check_corpus(TARGET, check_text);
    let budget = Budget::from_env(3);
    budget.run(TARGET, "changed corpus", mutated(seeds, TOKENS), |t| {
        check_text(t)
    });
    budget.run(TARGET, "spelled", spelled(), check_spelled);
    budget.run(TARGET, "any text", "\\PC{0,24}", |t| check_text(t));
}

#[test]
fn fuzz_number_text() {
    fuzz();
}
