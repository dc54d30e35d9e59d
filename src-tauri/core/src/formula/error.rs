//! Errors of parsing a formula (with the column where it went wrong) and of
//! evaluating one. The messages are shown to the user as they are.

/// Why a formula does not parse. Columns count characters from 1.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FormulaError {
    #[error("empty formula")]
    Empty,
    #[error("unexpected character {ch:?} at column {column}")]
    UnexpectedChar { ch: char, column: usize },
    #[error("bad number \"{text}\" at column {column}")]
    BadNumber { text: String, column: usize },
    /// `hint` says what was expected instead.
    #[error("unexpected {found} at column {column}; {hint}")]
    Unexpected {
        found: String,
        hint: &'static str,
        column: usize,
    },
    #[error("missing ')' for the '(' at column {column}")]
    Unclosed { column: usize },
    #[error("unknown function \"{name}\" at column {column}; use sum, min, max or avg")]
    UnknownFunction { name: String, column: usize },
    #[error("{name}() at column {column} needs at least one argument")]
    NoArguments { name: String, column: usize },
    #[error("formula nests too deeply at column {column} (at most {max} levels)")]
    TooDeep { column: usize, max: usize },
}

impl FormulaError {
    /// The column (from 1) the error points at, for highlighting; `None` for an
    /// empty formula.
    pub fn column(&self) -> Option<usize> {
        match self {
            FormulaError::Empty => None,
            FormulaError::UnexpectedChar { column, .. }
            | FormulaError::BadNumber { column, .. }
            | FormulaError::Unexpected { column, .. }
            | FormulaError::Unclosed { column }
            | FormulaError::UnknownFunction { column, .. }
            | FormulaError::NoArguments { column, .. }
            | FormulaError::TooDeep { column, .. } => Some(*column),
        }
    }
}

/// Why a parsed formula has no value.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EvalError {
    #[error("division by zero")]
    DivisionByZero,
    #[error("\"{0}\" has no value")]
    MissingValue(String),
    #[error("the result is not a finite number")]
    NonFinite,
}
