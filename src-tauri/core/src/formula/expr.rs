//! The parsed form of a formula and its evaluation.
//!
//! Invariant: evaluation returns a finite number or an error; it never produces
//! NaN or an infinity, and checks every intermediate result.

use std::collections::BTreeSet;

use super::EvalError;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinaryOp {
    Add,
    Sub,
    Mul,
    Div,
}

/// The functions of SPEC 2; each takes one or more arguments.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Function {
    Sum,
    Min,
    Max,
    Avg,
}

impl Function {
    pub fn parse(name: &str) -> Option<Self> {
        match name {
            "sum" => Some(Function::Sum),
            "min" => Some(Function::Min),
            "max" => Some(Function::Max),
            "avg" => Some(Function::Avg),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Function::Sum => "sum",
            Function::Min => "min",
            Function::Max => "max",
            Function::Avg => "avg",
        }
    }

    fn apply(self, args: &[f64]) -> f64 {
        let sum = || args.iter().sum::<f64>();
        match self {
            Function::Sum => sum(),
            Function::Min => args.iter().copied().fold(f64::INFINITY, f64::min),
            Function::Max => args.iter().copied().fold(f64::NEG_INFINITY, f64::max),
            Function::Avg => sum() / args.len() as f64,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Expr {
    Number(f64),
    /// A node id, standing for that node's value.
    Id(String),
    Neg(Box<Expr>),
    Binary {
        op: BinaryOp,
        left: Box<Expr>,
        right: Box<Expr>,
    },
    /// A function call; the parser guarantees at least one argument.
    Call {
        function: Function,
        args: Vec<Expr>,
    },
}

impl Expr {
    /// The ids the formula refers to.
    pub fn ids(&self) -> BTreeSet<String> {
        let mut ids = BTreeSet::new();
        self.collect_ids(&mut ids);
        ids
    }

    fn collect_ids(&self, ids: &mut BTreeSet<String>) {
        match self {
            Expr::Number(_) => {}
            Expr::Id(id) => {
                ids.insert(id.clone());
            }
            Expr::Neg(inner) => inner.collect_ids(ids),
            Expr::Binary { left, right, .. } => {
                left.collect_ids(ids);
                right.collect_ids(ids);
            }
            Expr::Call { args, .. } => args.iter().for_each(|arg| arg.collect_ids(ids)),
        }
    }

    /// The value of the formula, given the value of each id (`None`: no value).
    pub fn eval(&self, value_of: &dyn Fn(&str) -> Option<f64>) -> Result<f64, EvalError> {
        let value = match self {
            Expr::Number(n) => *n,
            Expr::Id(id) => value_of(id).ok_or_else(|| EvalError::MissingValue(id.clone()))?,
            Expr::Neg(inner) => -inner.eval(value_of)?,
            Expr::Binary { op, left, right } => {
                binary(*op, left.eval(value_of)?, right.eval(value_of)?)?
            }
            Expr::Call { function, args } => {
                let values = args
                    .iter()
                    .map(|arg| arg.eval(value_of))
                    .collect::<Result<Vec<f64>, EvalError>>()?;
                function.apply(&values)
            }
        };
        if value.is_finite() {
            Ok(value)
        } else {
            Err(EvalError::NonFinite)
        }
    }
}

fn binary(op: BinaryOp, left: f64, right: f64) -> Result<f64, EvalError> {
    Ok(match op {
        BinaryOp::Add => left + right,
        BinaryOp::Sub => left - right,
        BinaryOp::Mul => left * right,
        BinaryOp::Div if right == 0.0 => return Err(EvalError::DivisionByZero),
        BinaryOp::Div => left / right,
    })
}
