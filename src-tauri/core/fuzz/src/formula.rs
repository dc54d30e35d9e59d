//! Target `formula`: [`formula::parse`] (a node's formula, typed in the inspector or
//! read from a file) and [`rename_ids`] (pasted nodes whose ids were taken).
//!
//! Properties, besides "no panic":
//! - a formula that parses prints back ([`print`]) to text that parses to the same
//!   formula; its value with every id at 1 is finite or an error;
//! - renaming ids keeps the formula: parsing the renamed text gives the parsed
//!   formula with the ids renamed; renaming nothing changes nothing;
//! - an error points at a column inside the text (or just after it).
//!
//! Strategies: corpus texts changed ([`crate::mutate`]), and formulas built from
//! the grammar, printed.

use std::collections::BTreeMap;

use kpitree_core::formula::{parse, rename_ids, BinaryOp, Expr, Function, MAX_DEPTH};
use proptest::prelude::*;

use crate::engine::{check_corpus, Budget, Verdict};
use crate::mutate::mutated;

pub const TARGET: &str = "formula";

const TOKENS: &[&str] = &[
    "+",
    "-",
    "*",
    "/",
    "(",
    ")",
    ",",
    " ",
    "\t",
    "sum(",
    "min(",
    "max(",
    "avg(",
    "sum",
    "foo(",
    "1e308",
    "1e999",
    "1e-400",
    ".5",
    "0",
    "1.",
    "..",
    "e",
    "E5",
    "e+",
    "2e",
    "_",
    "a1",
    "arr",
    "99999999999999999999999",
    "−",
    "\u{a0}",
    "((((((((",
    "))))",
];

/// `expr` as text with no more parentheses than its shape needs.
pub fn print(expr: &Expr) -> String {
    match expr {
        Expr::Number(n) => format!("{n}"),
        Expr::Id(id) => id.clone(),
        Expr::Neg(inner) => format!("-{}", print_within(inner, 3)),
        Expr::Binary { op, left, right } => {
            let (symbol, level) = match op {
                BinaryOp::Add => ("+", 1),
                BinaryOp::Sub => ("-", 1),
                BinaryOp::Mul => ("*", 2),
                BinaryOp::Div => ("/", 2),
            };
            // Left-associative: a right operand of the same level needs parentheses.
            let left = print_within(left, level);
            let right = print_within(right, level + 1);
            format!("{left} {symbol} {right}")
        }
        Expr::Call { function, args } => {
            let args: Vec<String> = args.iter().map(print).collect();
            format!("{}({})", function.as_str(), args.join(", "))
        }
    }
}

/// How tightly `expr` binds: sums 1, products 2, negation 3, the rest 4.
fn level(expr: &Expr) -> u8 {
    match expr {
        Expr::Binary {
            op: BinaryOp::Add | BinaryOp::Sub,
            ..
        } => 1,
        Expr::Binary { .. } => 2,
        Expr::Neg(_) => 3,
        _ => 4,
    }
}

fn print_within(expr: &Expr, min_level: u8) -> String {
    if level(expr) < min_level {
        format!("({})", print(expr))
    } else {
        print(expr)
    }
}

fn renamed(expr: &Expr, map: &BTreeMap<String, String>) -> Expr {
    let go = |e: &Expr| Box::new(renamed(e, map));
    match expr {
        Expr::Number(n) => Expr::Number(*n),
        Expr::Id(id) => Expr::Id(map.get(id).cloned().unwrap_or_else(|| id.clone())),
        Expr::Neg(inner) => Expr::Neg(go(inner)),
        Expr::Binary { op, left, right } => Expr::Binary {
            op: *op,
            left: go(left),
            right: go(right),
        },
        Expr::Call { function, args } => Expr::Call {
            function: *function,
            args: args.iter().map(|a| renamed(a, map)).collect(),
        },
    }
}

/// The properties for one formula text.
pub fn check_text(text: &str) -> Verdict {
    if rename_ids(text, &BTreeMap::new()) != text {
        return Err("renaming no id changed the text".into());
    }
    let expr = match parse(text) {
        Ok(expr) => expr,
        Err(error) => {
            let chars = text.chars().count();
            return match error.column() {
                Some(column) if column == 0 || column > chars + 1 => Err(format!(
                    "error {error:?} points at column {column} of a text of {chars} characters"
                )),
                _ => Ok(()),
            };
        }
    };
    let printed = print(&expr);
    match parse(&printed) {
        Ok(back) if back == expr => {}
        other => return Err(format!("printed as {printed:?}, which parses to {other:?}")),
    }
    if let Ok(value) = expr.eval(&|_| Some(1.0)) {
        if !value.is_finite() {
            return Err(format!("value {value} is not finite"));
        }
    }
    // Ids renamed to ids that, next to a number, could read as an exponent.
    let map: BTreeMap<String, String> = expr
        .ids()
        .into_iter()
        .enumerate()
        .map(|(i, id)| {
            let new = if i % 2 == 0 {
                format!("e{i}")
            } else {
                format!("{id}_{i}")
            };
            (id, new)
        })
        .collect();
    let text_renamed = rename_ids(text, &map);
    match parse(&text_renamed) {
        Ok(back) if back == renamed(&expr, &map) => Ok(()),
        other => Err(format!(
            "renamed {map:?} to {text_renamed:?}, which parses to {other:?}"
        )),
    }
}

/// Formulas from the grammar: non-negative numbers (a sign is a negation), ids
/// (some spelled like functions), negations, the four operators and calls.
pub fn grammar() -> impl Strategy<Value = Expr> {
    let number = prop_oneof![
        (0u32..10_000).prop_map(f64::from),
        (0.0f64..1e6),
        any::<f64>().prop_filter_map("finite", |n| n.is_finite().then_some(n.abs())),
    ];
    let leaf = prop_oneof![
        number.prop_map(Expr::Number),
        "[a-zA-Z_][a-zA-Z0-9_]{0,8}|sum|min|e|E1".prop_map(Expr::Id),
    ];
    let op = prop_oneof![
        Just(BinaryOp::Add),
        Just(BinaryOp::Sub),
        Just(BinaryOp::Mul),
        Just(BinaryOp::Div)
    ];
    let function = prop_oneof![
        Just(Function::Sum),
        Just(Function::Min),
        Just(Function::Max),
        Just(Function::Avg)
    ];
    leaf.prop_recursive(8, 64, 4, move |inner| {
        prop_oneof![
            inner.clone().prop_map(|e| Expr::Neg(Box::new(e))),
            (op.clone(), inner.clone(), inner.clone()).prop_map(|(op, l, r)| Expr::Binary {
                op,
                left: Box::new(l),
                right: Box::new(r)
            }),
            (function.clone(), prop::collection::vec(inner, 1..4))
                .prop_map(|(function, args)| Expr::Call { function, args }),
        ]
    })
}

/// A formula from the grammar parses from its printed text to itself.
fn check_built(expr: &Expr) -> Verdict {
    let printed = print(expr);
    match parse(&printed) {
        Ok(back) if &back == expr => check_text(&printed),
        other => Err(format!("printed as {printed:?}, which parses to {other:?}")),
    }
}

/// Nesting beyond [`MAX_DEPTH`] is refused with an error, never a stack overflow.
fn check_deep(depth: &(usize, u8)) -> Verdict {
    let (n, shape) = *depth;
    let text = match shape {
        0 => format!("{}a{}", "(".repeat(n), ")".repeat(n)),
        1 => format!("{}a", "-".repeat(n)),
        2 => format!("{}a{}", "sum(".repeat(n), ")".repeat(n)),
        _ => format!("a{}", " + a".repeat(n)),
    };
    match parse(&text) {
        Ok(_) if n > MAX_DEPTH + 1 => Err(format!("{n} levels of shape {shape} parsed")),
        _ => check_text(&text),
    }
}

/// Runs the target for its budget (see [`crate::engine`]).
pub fn fuzz() {
    let seeds = check_corpus(TARGET, check_text);
    let budget = Budget::from_env(3);
    budget.run(TARGET, "changed corpus", mutated(seeds, TOKENS), |t| {
        check_text(t)
    });
    budget.run(TARGET, "grammar", grammar(), check_built);
    budget.run(TARGET, "deep", (0..2 * MAX_DEPTH, 0u8..4), check_deep);
}

#[test]
fn fuzz_formula() {
    fuzz();
}
