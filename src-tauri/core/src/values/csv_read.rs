//! Reading a values CSV against a tree (SPEC 8).
//!
//! The `csv` crate splits the text into records (quotes, doubled quotes, CRLF,
//! line breaks inside quotes, blank lines); this module gives the records their
//! meaning. What spreadsheets produce is read as they mean it: a UTF-8 byte order
//! mark is dropped, cells are trimmed, numbers go through
//! [`parse_number_text`] (`"1,200"`, `41.5%`, `1 200`), a blank cell is no value,
//! rows and columns that are blank (the trailing ones a spreadsheet keeps) are
//! skipped, and a row cut short has blank cells at its end.
//! Rows are the lines of the file, as [`super::csv_lines`] counts them.

use std::collections::HashMap;

use csv::{ReaderBuilder, StringRecord};

use super::csv_error::{CsvColumn, CsvProblemKind, ValuesCsvError};
use super::csv_lines::{delimiter, lf_only, line_of};
pub use crate::edit::ValueCell;
use crate::model::{parse_number_text, Period, Tree};

/// The two shapes a values CSV can have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CsvForm {
    /// `node,period,value`: one row per value.
    Long,
    /// `node,2026-01,2026-02,…`: one row per node, one column per period.
    Wide,
}

/// A values CSV read and validated against a tree: its cells in file order, each
/// (node, period) at most once, every period of the tree's granularity.
#[derive(Debug, Clone, PartialEq)]
pub struct ValuesTable {
    pub form: CsvForm,
    pub cells: Vec<ValueCell>,
}

impl ValuesTable {
    /// How many cells hold a value (blank cells not counted).
    pub fn value_count(&self) -> usize {
        self.cells
            .iter()
            .filter(|cell| cell.value.is_some())
            .count()
    }
}

/// Reads a values CSV (`bytes`, named `file_label` in messages) against `tree`.
///
/// # Errors
///
/// Every problem found (up to [`ValuesCsvError::LIMIT`]): text that is not UTF-8, a
/// missing header, an unknown node, a bad period or one of another granularity than
/// the tree's, a value that is not a finite number, a (node, period) given twice.
pub fn read_values_csv(
    bytes: &[u8],
    file_label: &str,
    tree: &Tree,
) -> Result<ValuesTable, ValuesCsvError> {
    let bytes = lf_only(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes));
    let bytes = bytes.as_ref();
    let mut reader = ReaderBuilder::new()
        .delimiter(delimiter(bytes))
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes);
    let mut reading = Reading::new(tree, file_label);
    let mut columns: Option<Vec<CsvColumn>> = None;
    let mut shape: Option<Shape> = None;
    for record in reader.records() {
        let record = match record {
            Ok(record) => record,
            Err(error) => {
                let row = error.position().map_or(0, |p| line_of(bytes, p));
                reading.csv_error(row, &error);
                // Without a header the rows after it mean nothing.
                if columns.is_none() {
                    break;
                }
                continue;
            }
        };
        let row = record.position().map_or(0, |p| line_of(bytes, p));
        if record.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        match &shape {
            None => {
                let headers: Vec<String> = record.iter().map(|c| c.trim().to_owned()).collect();
                shape = reading.header(row, &headers);
                columns = Some((0..headers.len()).map(|i| column(i, &headers)).collect());
                if shape.is_none() {
                    break;
                }
            }
            Some(shape) => {
                let columns = columns.as_deref().unwrap_or_default();
                reading.row(row, &record, columns, shape);
            }
        }
    }
    if columns.is_none() && reading.problems.is_empty() {
        reading.problems.push(1, None, CsvProblemKind::Empty);
    }
    if !reading.problems.is_empty() {
        return Err(reading.problems);
    }
    let form = match shape {
        Some(Shape::Long { .. }) => CsvForm::Long,
        _ => CsvForm::Wide,
    };
    Ok(ValuesTable {
        form,
        cells: reading.cells,
    })
}

/// The meaning of the columns, from the header.
enum Shape {
    Long {
        node: usize,
        period: usize,
        value: usize,
    },
    /// Column 0 is the node; then each column's period, `None` for a column that
    /// has no (valid) period, whose cells must then be blank.
    Wide { periods: Vec<Option<Period>> },
}

struct Reading<'t> {
    tree: &'t Tree,
    /// Node index by id, and by exact name (`Err(count)` for a name of several).
    by_id: HashMap<&'t str, usize>,
    by_name: HashMap<&'t str, Result<usize, usize>>,
    /// The first period read and its row: every other must be of its kind.
    first_period: Option<(Period, u64)>,
    /// The row where each (node index, period) was given, and each node's row.
    seen_cells: HashMap<(usize, Period), u64>,
    seen_rows: HashMap<usize, u64>,
    problems: ValuesCsvError,
    cells: Vec<ValueCell>,
}

impl<'t> Reading<'t> {
    fn new(tree: &'t Tree, file_label: &str) -> Self {
        let mut by_name: HashMap<&str, Result<usize, usize>> = HashMap::new();
        for (index, node) in tree.nodes.iter().enumerate() {
            by_name
                .entry(node.name.as_str())
                .and_modify(|found| *found = Err(found.map_or_else(|n| n + 1, |_| 2)))
                .or_insert(Ok(index));
        }
        Reading {
            tree,
            by_id: (tree.nodes.iter().enumerate())
                .map(|(index, node)| (node.id.as_str(), index))
                .collect(),
            by_name,
            first_period: None,
            seen_cells: HashMap::new(),
            seen_rows: HashMap::new(),
            problems: ValuesCsvError::new(file_label),
            cells: Vec::new(),
        }
    }

    fn csv_error(&mut self, row: u64, error: &csv::Error) {
        let kind = match error.kind() {
            csv::ErrorKind::Utf8 { .. } => CsvProblemKind::NotUtf8,
            _ => CsvProblemKind::Malformed(error.to_string()),
        };
        self.problems.push(row, None, kind);
    }

    /// The shape the header row gives, or `None` (with a problem) when it is none.
    fn header(&mut self, row: u64, headers: &[String]) -> Option<Shape> {
        let find = |name: &str| (headers.iter()).position(|h| h.eq_ignore_ascii_case(name));
        let (Some(node), period) = (find("node"), find("period")) else {
            let found = headers.join(",");
            self.problems
                .push(row, None, CsvProblemKind::MissingHeader(found));
            return None;
        };
        if period.is_some() || find("value").is_some() {
            return self.long_header(row, headers, node);
        }
        if node != 0 {
            let found = headers.join(",");
            self.problems
                .push(row, None, CsvProblemKind::MissingHeader(found));
            return None;
        }
        let mut periods: Vec<Option<Period>> = vec![None];
        let mut first_index: HashMap<Period, usize> = HashMap::new();
        for (index, text) in headers.iter().enumerate().skip(1) {
            let column = Some(column(index, headers));
            let mut period = match text.as_str() {
                "" => None,
                text => self.period(row, column.clone(), text),
            };
            if let Some(twice) = period {
                if let Some(first) = first_index.insert(twice, index + 1) {
                    let kind = CsvProblemKind::PeriodColumnTwice {
                        period: twice,
                        first_index: first,
                    };
                    self.problems.push(row, column, kind);
                    // Its cells are not read: the column is the problem.
                    period = None;
                }
            }
            periods.push(period);
        }
        if headers[1..].iter().all(String::is_empty) {
            self.problems
                .push(row, None, CsvProblemKind::NoPeriodColumn);
        }
        Some(Shape::Wide { periods })
    }

    fn long_header(&mut self, row: u64, headers: &[String], node: usize) -> Option<Shape> {
        let find = |name: &str| (headers.iter()).position(|h| h.eq_ignore_ascii_case(name));
        for (index, text) in headers.iter().enumerate() {
            let known = ["node", "period", "value"].iter();
            if !text.is_empty() && !known.clone().any(|k| text.eq_ignore_ascii_case(k)) {
                let kind = CsvProblemKind::ExtraColumn(text.clone());
                self.problems.push(row, Some(column(index, headers)), kind);
            }
        }
        let (Some(period), Some(value)) = (find("period"), find("value")) else {
            let missing = if find("period").is_none() {
                "period"
            } else {
                "value"
            };
            let kind = CsvProblemKind::MissingColumn(missing);
            self.problems.push(row, None, kind);
            return None;
        };
        Some(Shape::Long {
            node,
            period,
            value,
        })
    }

    fn row(&mut self, row: u64, record: &StringRecord, columns: &[CsvColumn], shape: &Shape) {
        let cell = |index: usize| record.get(index).map_or("", str::trim);
        // A cell in a column the header does not name: nothing can say what it is.
        for index in 0..record.len() {
            let unnamed = columns.get(index).is_none_or(|c| c.header.is_empty());
            if unnamed && !cell(index).is_empty() {
                let kind = CsvProblemKind::CellWithoutHeader(cell(index).to_owned());
                self.problems.push(row, Some(column(index, &[])), kind);
            }
        }
        match shape {
            Shape::Long {
                node,
                period,
                value,
            } => {
                let node = self.node(row, cell(*node), &columns[*node]);
                let period_column = &columns[*period];
                let period = match cell(*period) {
                    "" => {
                        self.problems.push(
                            row,
                            Some(period_column.clone()),
                            CsvProblemKind::NoPeriod,
                        );
                        None
                    }
                    text => self.period(row, Some(period_column.clone()), text),
                };
                let value = self.value(row, cell(*value), &columns[*value]);
                if let (Some(node), Some(period), Ok(value)) = (node, period, value) {
                    self.cell(row, period_column, node, period, value);
                }
            }
            Shape::Wide { periods } => {
                let Some(node) = self.node(row, cell(0), &columns[0]) else {
                    return;
                };
                if let Some(first_row) = self.seen_rows.insert(node, row) {
                    let node = self.tree.nodes[node].id.clone();
                    let kind = CsvProblemKind::NodeRowTwice { node, first_row };
                    self.problems.push(row, Some(columns[0].clone()), kind);
                    return;
                }
                for (index, period) in periods.iter().enumerate() {
                    if let Some(period) = period {
                        let column = &columns[index];
                        if let Ok(value) = self.value(row, cell(index), column) {
                            self.cell(row, column, node, *period, value);
                        }
                    }
                }
            }
        }
    }

    /// The node a cell names: an id first, then an exact name.
    fn node(&mut self, row: u64, text: &str, column: &CsvColumn) -> Option<usize> {
        let kind = if text.is_empty() {
            CsvProblemKind::NoNode
        } else if let Some(index) = self.by_id.get(text) {
            return Some(*index);
        } else {
            match self.by_name.get(text) {
                Some(Ok(index)) => return Some(*index),
                Some(Err(count)) => CsvProblemKind::AmbiguousName {
                    name: text.to_owned(),
                    count: *count,
                },
                None => CsvProblemKind::UnknownNode(text.to_owned()),
            }
        };
        self.problems.push(row, Some(column.clone()), kind);
        None
    }

    /// The period a cell names, of the tree's granularity and of the file's kind.
    fn period(&mut self, row: u64, column: Option<CsvColumn>, text: &str) -> Option<Period> {
        let kind = match Period::parse(text) {
            Err(error) => error.into(),
            Ok(period) => match self.first_period {
                Some((first, first_row)) if first.granularity() != period.granularity() => {
                    CsvProblemKind::MixedGranularity {
                        period,
                        first,
                        first_row,
                    }
                }
                first => {
                    self.first_period = first.or(Some((period, row)));
                    if period.granularity() == self.tree.period {
                        return Some(period);
                    }
                    CsvProblemKind::WrongGranularity {
                        period,
                        tree: self.tree.period,
                    }
                }
            },
        };
        self.problems.push(row, column, kind);
        None
    }

    /// A cell's value: `Ok(None)` when blank; `Err` (a problem kept) when not a number.
    fn value(&mut self, row: u64, text: &str, column: &CsvColumn) -> Result<Option<f64>, ()> {
        if text.is_empty() {
            return Ok(None);
        }
        match parse_number_text(text) {
            Some(number) => Ok(Some(number)),
            None => {
                let kind = CsvProblemKind::NotANumber(text.to_owned());
                self.problems.push(row, Some(column.clone()), kind);
                Err(())
            }
        }
    }

    fn cell(
        &mut self,
        row: u64,
        column: &CsvColumn,
        node: usize,
        period: Period,
        value: Option<f64>,
    ) {
        let id = &self.tree.nodes[node].id;
        if let Some(first_row) = self.seen_cells.insert((node, period), row) {
            let kind = CsvProblemKind::CellTwice {
                node: id.clone(),
                period,
                first_row,
            };
            self.problems.push(row, Some(column.clone()), kind);
            return;
        }
        self.cells.push(ValueCell {
            node: id.clone(),
            period,
            value,
        });
    }
}

fn column(index: usize, headers: &[String]) -> CsvColumn {
    CsvColumn {
        index: index + 1,
        header: headers.get(index).cloned().unwrap_or_default(),
    }
}
