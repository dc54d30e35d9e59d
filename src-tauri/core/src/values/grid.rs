//! The values grid of the window (SPEC 8): which periods it offers as columns, and
//! a block of cells typed or pasted from a spreadsheet turned into value cells.
//!
//! A pasted block is what spreadsheets put on the clipboard: rows separated by line
//! breaks, cells by tabs. Its first cell lands on the grid cell the user is on; the
//! rows go down the grid's rows (in the order the window shows them), the columns
//! forward in time from that period. Numbers read as everywhere else
//! ([`parse_number_text`]); a blank cell clears the value, as pasting a blank cell
//! in a spreadsheet does. Any cell that is not a number refuses the whole block,
//! naming its row and column in the block, so nothing is half pasted.

use crate::edit::ValueCell;
use crate::model::{parse_number_text, Granularity, NodeId, Period, Tree};

/// Why a pasted block cannot be taken.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum GridPasteError {
    #[error("row {row}, column {column} of the pasted cells: {text:?} is not a number (write 1200, 1,200.50 or 41.5%)")]
    NotANumber {
        row: usize,
        column: usize,
        text: String,
    },
    #[error("the pasted cells have {rows} rows but the grid has only {room} from there down")]
    TooManyRows { rows: usize, room: usize },
    #[error("the pasted cells run past the last period there can be")]
    PastTheEnd,
    #[error("node \"{0}\" is not a row of the grid")]
    UnknownRow(NodeId),
    #[error("nothing to paste")]
    Empty,
}

/// The cells of `text` pasted with its first cell on row `at` (one of `rows`, the
/// grid's rows in order) and period `period`.
pub fn paste_cells(
    rows: &[NodeId],
    at: &NodeId,
    period: Period,
    text: &str,
) -> Result<Vec<ValueCell>, GridPasteError> {
    let first = rows
        .iter()
        .position(|row| row == at)
        .ok_or_else(|| GridPasteError::UnknownRow(at.clone()))?;
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    // A spreadsheet ends a copied block with a line break.
    let lines: Vec<&str> = text
        .strip_suffix('\n')
        .unwrap_or(&text)
        .split('\n')
        .collect();
    if lines.iter().all(|line| line.trim().is_empty()) {
        return Err(GridPasteError::Empty);
    }
    let room = rows.len() - first;
    if lines.len() > room {
        return Err(GridPasteError::TooManyRows {
            rows: lines.len(),
            room,
        });
    }
    let mut cells = Vec::new();
    for (r, line) in lines.iter().enumerate() {
        for (c, cell) in line.split('\t').enumerate() {
            let value = if cell.trim().is_empty() {
                None
            } else {
                Some(
                    parse_number_text(cell).ok_or_else(|| GridPasteError::NotANumber {
                        row: r + 1,
                        column: c + 1,
                        text: cell.to_owned(),
                    })?,
                )
            };
            let by = i32::try_from(c).map_err(|_| GridPasteError::PastTheEnd)?;
            let period = period.offset(by).ok_or(GridPasteError::PastTheEnd)?;
            cells.push(ValueCell {
                node: rows[first + r].clone(),
                period,
                value,
            });
        }
    }
    Ok(cells)
}

/// The grid's columns for `tree`: every period with a value, then the next one (to
/// type the coming month in); a tree without values offers the period `today`
/// falls in.
pub fn grid_periods(tree: &Tree, today: (i32, u32, u32)) -> Vec<Period> {
    let mut periods = tree.periods();
    match periods.last().and_then(|last| last.offset(1)) {
        Some(next) => periods.push(next),
        None if periods.is_empty() => periods.extend(period_of_day(tree.period, today)),
        None => {}
    }
    periods
}

/// The period of `granularity` that the day (year, month, day) falls in.
pub fn period_of_day(
    granularity: Granularity,
    (year, month, day): (i32, u32, u32),
) -> Option<Period> {
    let month8 = u8::try_from(month).ok()?;
    match granularity {
        Granularity::Month => Period::new(granularity, year, month8),
        Granularity::Quarter => Period::new(granularity, year, (month8 - 1) / 3 + 1),
        Granularity::Week => {
            let (iso_year, week) = iso_week(year, month, day)?;
            Period::new(granularity, iso_year, week)
        }
    }
}

/// The ISO year and week of a date (ISO 8601: weeks start on Monday; week 1 holds
/// the year's first Thursday).
fn iso_week(year: i32, month: u32, day: u32) -> Option<(i32, u8)> {
    let ordinal = day_of_year(year, month, day)?;
    let weekday = weekday(year, month, day); // 1 = Monday … 7 = Sunday
    let week = (i64::from(ordinal) - i64::from(weekday) + 10) / 7;
    if week < 1 {
        let weeks = i64::from(crate::model::iso_weeks(year - 1));
        return Some((year - 1, u8::try_from(weeks).ok()?));
    }
    if week > i64::from(crate::model::iso_weeks(year)) {
        return Some((year + 1, 1));
    }
    Some((year, u8::try_from(week).ok()?))
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn day_of_year(year: i32, month: u32, day: u32) -> Option<u32> {
    const BEFORE: [u32; 12] = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
    let before = *BEFORE.get(usize::try_from(month).ok()?.checked_sub(1)?)?;
    Some(before + day + u32::from(month > 2 && is_leap(year)))
}

/// 1 = Monday … 7 = Sunday (Sakamoto's method).
fn weekday(year: i32, month: u32, day: u32) -> u32 {
    const T: [i32; 12] = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
    let y = if month < 3 { year - 1 } else { year };
    let index = usize::try_from(month.saturating_sub(1))
        .unwrap_or(0)
        .min(11);
    let sunday_first = (y + y / 4 - y / 100 + y / 400 + T[index] + day as i32).rem_euclid(7);
    if sunday_first == 0 {
        7
    } else {
        sunday_first as u32
    }
}

/// Today's date (UTC) as (year, month, day), from the system clock.
pub fn today() -> (i32, u32, u32) {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    civil_from_days(i64::try_from(seconds / 86_400).unwrap_or(0))
}

/// The civil date of a count of days since 1970-01-01 (Howard Hinnant's
/// `civil_from_days`).
fn civil_from_days(days: i64) -> (i32, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (
        i32::try_from(year).unwrap_or(1970),
        u32::try_from(month).unwrap_or(1),
        u32::try_from(day).unwrap_or(1),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(names: &[&str]) -> Vec<NodeId> {
        names.iter().map(|n| NodeId::new(n).unwrap()).collect()
    }

    fn p(text: &str) -> Period {
        Period::parse(text).unwrap()
    }

    #[test]
    fn a_block_from_a_spreadsheet_fills_down_the_rows_and_forward_in_time() {
        let rows = ids(&["a", "b", "c"]);
        let cells = paste_cells(&rows, &rows[1], p("2026-11"), "1,200\t41.5%\r\n\t7\r\n").unwrap();
        let got: Vec<(String, String, Option<f64>)> = cells
            .iter()
            .map(|c| (c.node.to_string(), c.period.to_string(), c.value))
            .collect();
        let want: Vec<(String, String, Option<f64>)> = vec![
            ("b".into(), "2026-11".into(), Some(1200.0)),
            ("b".into(), "2026-12".into(), Some(41.5)),
            ("c".into(), "2026-11".into(), None),
            ("c".into(), "2026-12".into(), Some(7.0)),
        ];
        assert_eq!(got, want);
    }

    #[test]
    fn a_bad_cell_or_too_many_rows_refuses_the_block() {
        let rows = ids(&["a", "b"]);
        let error = paste_cells(&rows, &rows[0], p("2026-01"), "1\t2\n3\tn/a").unwrap_err();
        assert_eq!(
            error.to_string(),
            "row 2, column 2 of the pasted cells: \"n/a\" is not a number (write 1200, 1,200.50 or 41.5%)"
        );
        let error = paste_cells(&rows, &rows[1], p("2026-01"), "1\n2").unwrap_err();
        assert_eq!(error, GridPasteError::TooManyRows { rows: 2, room: 1 });
        assert_eq!(
            paste_cells(&rows, &rows[0], p("2026-01"), "\n"),
            Err(GridPasteError::Empty)
        );
    }

    #[test]
    fn the_columns_are_the_periods_with_values_and_the_next() {
        let mut tree = crate::sample::with_history(crate::sample::saas_arr());
        let periods = grid_periods(&tree, (2026, 12, 7));
        assert_eq!(
            periods.last().map(|p| p.to_string()).as_deref(),
            Some("2026-12")
        );
        assert_eq!(periods.len(), 13);
        for node in &mut tree.nodes {
            node.history.clear();
        }
        assert_eq!(grid_periods(&tree, (2026, 12, 7)), [p("2026-12")]);
    }

    #[test]
    fn days_fall_in_their_month_quarter_and_iso_week() {
        assert_eq!(
            period_of_day(Granularity::Quarter, (2026, 12, 7)),
            Some(p("2026-Q4"))
        );
        assert_eq!(
            period_of_day(Granularity::Week, (2026, 12, 7)),
            Some(p("2026-W50"))
        );
        assert_eq!(
            period_of_day(Granularity::Week, (2021, 1, 1)),
            Some(p("2020-W53"))
        );
        assert_eq!(
            period_of_day(Granularity::Week, (2024, 12, 30)),
            Some(p("2025-W01"))
        );
        assert_eq!(civil_from_days(20_429), (2025, 12, 7));
    }
}
