//! Node formulas (SPEC 2): parsing, evaluation and the computed values of a tree.
//!
//! The grammar, by a hand-written recursive-descent parser:
//!
//! ```text
//! formula := sum_expr END
//! sum_expr := product (('+' | '-') product)*        left-associative
//! product  := unary (('*' | '/') unary)*             left-associative
//! unary    := '-' unary | primary
//! primary  := NUMBER | ID | FUNCTION '(' sum_expr (',' sum_expr)* ')' | '(' sum_expr ')'
//! ```
//!
//! `ID` is the node id syntax `[A-Za-z_][A-Za-z0-9_]*`, `NUMBER` is `12`, `0.5`,
//! `.5` or `1e3`, `FUNCTION` is one of `sum min max avg`. Invariants:
//!
//! - [`parse`] never panics and never overflows the stack: the nesting of the
//!   expression tree is capped at [`MAX_DEPTH`], so recursion over an [`Expr`] is
//!   bounded too.
//! - Every number literal in an [`Expr`] is finite, and [`Expr::eval`] only returns
//!   finite values (division by zero and overflow are errors).
//! - Columns in errors count characters from 1.

mod error;
mod evaluate;
mod expr;
mod lexer;
mod parser;
mod rename;
mod series;

pub use error::{EvalError, FormulaError};
pub use evaluate::{compute_values, compute_values_at, NodeValue};
pub use expr::{BinaryOp, Expr, Function};
pub use parser::{parse, MAX_DEPTH};
pub use rename::rename_ids;
pub use series::compute_series;

pub(crate) use evaluate::{compute, Failure, Outcome};

/// Whether a node's formula field counts as "no formula" (absent or blank).
pub fn is_blank(formula: Option<&str>) -> bool {
    formula.is_none_or(|text| text.trim().is_empty())
}
