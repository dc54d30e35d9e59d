//! Units in formulas: adding or subtracting quantities in different units
//! (`EUR + %`), or mixing them in `sum min max avg`, is almost always a mistake.
//!
//! A formula's operands get their units from the nodes they name. Only known units
//! are compared: a node without a unit and a number literal could be in any unit,
//! so they never cause a warning. Multiplication and division combine units
//! freely; their result is not tracked (its unit is unknown), so `a * b + c`
//! is never a mismatch. Units compare without case or surrounding spaces, and a
//! currency's code and symbol are the same unit (`EUR` = `€`).

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::formula::{self, BinaryOp, Expr, Function};
use crate::model::{NodeId, Tree};

/// How a formula combines two quantities that should share a unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum Combination {
    Add,
    Subtract,
    Sum,
    Min,
    Max,
    Avg,
}

impl Combination {
    fn verb(self) -> &'static str {
        match self {
            Combination::Add => "adds",
            Combination::Subtract => "subtracts",
            Combination::Sum => "sums",
            Combination::Min => "takes the min of",
            Combination::Max => "takes the max of",
            Combination::Avg => "averages",
        }
    }
}

/// A node whose formula mixes units: the first quantity's node and unit, and the
/// first one found in another unit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct UnitMismatch {
    pub node: NodeId,
    pub combination: Combination,
    pub first: UnitOperand,
    pub other: UnitOperand,
}

/// A quantity in a formula: the node it comes from and that node's unit as entered.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct UnitOperand {
    pub id: NodeId,
    pub unit: String,
}

impl std::fmt::Display for UnitMismatch {
    /// `formula adds quantities in different units: price (EUR) and discount (%)`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "formula {} quantities in different units: {} ({}) and {} ({})",
            self.combination.verb(),
            self.first.id,
            self.first.unit,
            self.other.id,
            self.other.unit
        )
    }
}

/// Every unit mismatch of every formula that parses, in tree order; each distinct
/// mismatch of a node once.
pub fn unit_mismatches(tree: &Tree) -> Vec<UnitMismatch> {
    let mut units: HashMap<&str, Quantity> = HashMap::new();
    for node in &tree.nodes {
        if let Some(unit) = node.unit.as_deref().filter(|u| !u.trim().is_empty()) {
            let id = &node.id;
            units.entry(id.as_str()).or_insert(Quantity { id, unit });
        }
    }
    let mut found = Vec::new();
    for node in &tree.nodes {
        let Some(Ok(expr)) = node.formula.as_deref().map(formula::parse) else {
            continue;
        };
        let mut mismatches = Vec::new();
        quantity(&expr, &units, &mut mismatches);
        for (combination, first, other) in mismatches {
            let mismatch = UnitMismatch {
                node: node.id.clone(),
                combination,
                first: first.operand(),
                other: other.operand(),
            };
            if !found.contains(&mismatch) {
                found.push(mismatch);
            }
        }
    }
    found
}

/// A known unit in an expression and the node it comes from.
#[derive(Clone, Copy)]
struct Quantity<'t> {
    id: &'t NodeId,
    unit: &'t str,
}

impl Quantity<'_> {
    fn operand(self) -> UnitOperand {
        UnitOperand {
            id: self.id.clone(),
            unit: self.unit.trim().to_owned(),
        }
    }
}

type Found<'a> = Vec<(Combination, Quantity<'a>, Quantity<'a>)>;

/// The known unit of `expr` (`None`: unknown), recording mismatches on the way.
/// Recursion is bounded by the parser's nesting limit.
fn quantity<'t>(
    expr: &Expr,
    units: &HashMap<&str, Quantity<'t>>,
    found: &mut Found<'t>,
) -> Option<Quantity<'t>> {
    match expr {
        Expr::Number(_) => None,
        Expr::Id(id) => units.get(id.as_str()).copied(),
        Expr::Neg(inner) => quantity(inner, units, found),
        Expr::Binary { op, left, right } => {
            let left = quantity(left, units, found);
            let right = quantity(right, units, found);
            match op {
                BinaryOp::Add => same(Combination::Add, [left, right], found),
                BinaryOp::Sub => same(Combination::Subtract, [left, right], found),
                BinaryOp::Mul | BinaryOp::Div => None,
            }
        }
        Expr::Call { function, args } => {
            let combination = match function {
                Function::Sum => Combination::Sum,
                Function::Min => Combination::Min,
                Function::Max => Combination::Max,
                Function::Avg => Combination::Avg,
            };
            let args: Vec<_> = args.iter().map(|arg| quantity(arg, units, found)).collect();
            same(combination, args, found)
        }
    }
}

/// The unit shared by the known `operands`; a mismatch against the first known
/// unit is recorded for each operand in another unit.
fn same<'a>(
    combination: Combination,
    operands: impl IntoIterator<Item = Option<Quantity<'a>>>,
    found: &mut Found<'a>,
) -> Option<Quantity<'a>> {
    let mut first: Option<Quantity<'a>> = None;
    for operand in operands.into_iter().flatten() {
        match first {
            None => first = Some(operand),
            Some(known) if canonical(known.unit) != canonical(operand.unit) => {
                found.push((combination, known, operand));
            }
            Some(_) => {}
        }
    }
    first
}

/// A unit as compared: trimmed, lower case, a currency symbol as its code.
fn canonical(unit: &str) -> String {
    let unit = unit.trim().to_lowercase();
    let code = match unit.as_str() {
        "€" => "eur",
        "$" => "usd",
        "£" => "gbp",
        "¥" => "jpy",
        _ => return unit,
    };
    code.to_owned()
}
