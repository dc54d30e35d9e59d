//! Why a values CSV was refused: every problem found (up to a limit), each naming
//! its row and column, so that a user fixes the file in one go.

use std::fmt;

use crate::model::{Granularity, NodeId, Period, PeriodError};

/// A column of the file: its 1-based position and its header as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvColumn {
    pub index: usize,
    pub header: String,
}

impl fmt::Display for CsvColumn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.header.is_empty() {
            write!(f, "column {} (no header)", self.index)
        } else {
            write!(f, "column {:?}", self.header)
        }
    }
}

/// What is wrong with one place of the file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CsvProblemKind {
    #[error(
        "the file is empty: it needs a header row, node,period,value or node,2026-01,2026-02,…"
    )]
    Empty,
    #[error("the text is not UTF-8: save the file as CSV UTF-8")]
    NotUtf8,
    #[error("cannot be read as CSV: {0}")]
    Malformed(String),
    #[error("the first row must be a header, node,period,value or node,2026-01,2026-02,… (comma- or tab-separated); found {0:?}")]
    MissingHeader(String),
    #[error("the long form needs the columns node, period and value; {0} is missing")]
    MissingColumn(&'static str),
    #[error("{0:?} is not a column of the long form node,period,value")]
    ExtraColumn(String),
    #[error("the header names no period: write node,2026-01,2026-02,… or node,period,value")]
    NoPeriodColumn,
    #[error("{period} is a column twice (also column {first_index})")]
    PeriodColumnTwice { period: Period, first_index: usize },
    #[error("{0:?} is in a column without a header")]
    CellWithoutHeader(String),
    #[error("the row has values but no node")]
    NoNode,
    #[error("no node has the id or the name {0:?}")]
    UnknownNode(String),
    #[error("{name:?} is the name of {count} nodes: write the node's id")]
    AmbiguousName { name: String, count: usize },
    #[error("node {node} has a row already (row {first_row})")]
    NodeRowTwice { node: NodeId, first_row: u64 },
    #[error("the row has a value but no period")]
    NoPeriod,
    #[error(transparent)]
    BadPeriod(#[from] PeriodError),
    #[error("{period} is a {}, but this tree counts in {tree}s", .period.granularity())]
    WrongGranularity { period: Period, tree: Granularity },
    #[error("{period} is a {}, but {first} (row {first_row}) is a {}: one file holds periods of one kind", .period.granularity(), .first.granularity())]
    MixedGranularity {
        period: Period,
        first: Period,
        first_row: u64,
    },
    #[error("{0:?} is not a number (write 1200, 1,200.50 or 41.5%)")]
    NotANumber(String),
    #[error("the value of {node} in {period} is given twice (also row {first_row})")]
    CellTwice {
        node: NodeId,
        period: Period,
        first_row: u64,
    },
}

/// One problem and where it is: the 1-based line of the file where its record
/// starts, and its column when it is about one cell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvProblem {
    pub row: u64,
    pub column: Option<CsvColumn>,
    pub kind: CsvProblemKind,
}

impl fmt::Display for CsvProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.column {
            Some(column) => write!(f, "row {}, {column}: {}", self.row, self.kind),
            None => write!(f, "row {}: {}", self.row, self.kind),
        }
    }
}

/// The problems of a refused file, in file order, each message starting with the
/// file's label (`q3.csv: row 4, column "2026-02": "n/a" is not a number …`);
/// displayed one a line. At most [`ValuesCsvError::LIMIT`] are kept, with a count
/// of the rest, so a file in the wrong shape does not print one line per cell.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.messages().join("\n"))]
pub struct ValuesCsvError {
    file: String,
    problems: Vec<CsvProblem>,
    more: usize,
}

impl ValuesCsvError {
    /// How many problems are kept.
    pub const LIMIT: usize = 20;

    pub(super) fn new(file: &str) -> Self {
        ValuesCsvError {
            file: file.to_owned(),
            problems: Vec::new(),
            more: 0,
        }
    }

    pub(super) fn push(&mut self, row: u64, column: Option<CsvColumn>, kind: CsvProblemKind) {
        if self.problems.len() < Self::LIMIT {
            self.problems.push(CsvProblem { row, column, kind });
        } else {
            self.more += 1;
        }
    }

    pub(super) fn is_empty(&self) -> bool {
        self.problems.is_empty()
    }

    /// The problems kept, in file order.
    pub fn problems(&self) -> &[CsvProblem] {
        &self.problems
    }

    /// How many problems were found beyond those kept.
    pub fn more(&self) -> usize {
        self.more
    }

    /// One message per problem kept, and a last line counting the rest.
    pub fn messages(&self) -> Vec<String> {
        let mut messages: Vec<String> = self
            .problems
            .iter()
            .map(|problem| format!("{}: {problem}", self.file))
            .collect();
        if self.more > 0 {
            messages.push(format!("{}: and {} more problems", self.file, self.more));
        }
        messages
    }
}
