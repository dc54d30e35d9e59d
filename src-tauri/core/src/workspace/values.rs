//! Values over time in and out of a stored tree (SPEC 8): the one CSV import behind
//! `kpitree values import` (and, later, the window's Import values…), the one
//! export behind `kpitree values export`, and the window's values grid (its
//! columns, and cells typed or pasted on it).
//!
//! Invariants: an import is read and validated whole against the stored tree
//! before anything is written; it is then one edit (`Edit::SetValues`, one undo
//! step, one transaction), so a refused file changes nothing. Blank cells are no
//! value: they neither add nor clear one (a file of this quarter's numbers leaves
//! last quarter's alone).

use std::path::Path;

use serde::Serialize;

use super::editing::Performed;
use super::{editing, WorkspaceError};
use crate::edit::{Document, Edit};
use crate::export::format_period;
use crate::model::{NodeId, Period, Tree, TreeId};
use crate::store::Store;
use crate::values::{grid_periods, paste_cells, read_values_csv, today, values_csv};

/// Adds or replaces the values of the CSV file `file` in tree `id`; how many
/// values were stored (the command line: a document of its own).
pub fn import_values(store: &mut Store, id: TreeId, file: &Path) -> Result<usize, WorkspaceError> {
    let mut document = Document::new(store.load_tree(id)?);
    import_values_into(store, id, &mut document, file)
}

/// [`import_values`] into the window's `document` of tree `id` (one undo step of it).
pub fn import_values_into(
    store: &mut Store,
    id: TreeId,
    document: &mut Document,
    file: &Path,
) -> Result<usize, WorkspaceError> {
    let bytes = std::fs::read(file).map_err(|source| WorkspaceError::io(file, source))?;
    let label = file.display().to_string();
    import_values_text(store, id, document, &bytes, &label)
}

/// [`import_values_into`] of CSV bytes already read (`label` names them in errors).
pub fn import_values_text(
    store: &mut Store,
    id: TreeId,
    document: &mut Document,
    bytes: &[u8],
    label: &str,
) -> Result<usize, WorkspaceError> {
    let table = read_values_csv(bytes, label, document.tree())
        .map_err(|error| WorkspaceError::Invalid(error.messages().join("\n")))?;
    let values: Vec<_> = table
        .cells
        .into_iter()
        .filter(|cell| cell.value.is_some())
        .collect();
    let count = values.len();
    if count > 0 {
        editing::perform(store, id, document, &Edit::SetValues { values })?;
    }
    Ok(count)
}

/// Tree `id`'s histories as the long CSV form (nodes in tree order, periods
/// ascending).
pub fn export_values(store: &Store, id: TreeId) -> Result<String, WorkspaceError> {
    Ok(values_csv(&store.load_tree(id)?))
}

/// A column of the values grid: a period, and how it reads (`Nov 2026`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct PeriodColumn {
    pub period: String,
    pub label: String,
}

/// The values grid's columns for `tree`: every period with a value and the next
/// one (a tree without values: the current period).
pub fn grid_columns(tree: &Tree) -> Vec<PeriodColumn> {
    grid_periods(tree, today())
        .into_iter()
        .map(|period| PeriodColumn {
            period: period.to_string(),
            label: format_period(period),
        })
        .collect()
}

/// Cells typed or pasted on the values grid (`text`: one cell, or a block from a
/// spreadsheet), its first cell at row `at` (of `rows`, the grid's rows in order)
/// and column `period`: one edit, one undo step; a cell that is not a number
/// refuses the whole block.
pub fn paste_values(
    store: &mut Store,
    id: TreeId,
    document: &mut Document,
    rows: &[NodeId],
    at: &NodeId,
    period: &str,
    text: &str,
) -> Result<Performed, WorkspaceError> {
    let period =
        Period::parse(period).map_err(|error| WorkspaceError::Invalid(error.to_string()))?;
    let values = paste_cells(rows, at, period, text)
        .map_err(|error| WorkspaceError::Invalid(error.to_string()))?;
    editing::perform(store, id, document, &Edit::SetValues { values })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{NodeId, Period};
    use crate::sample;

    fn import(
        store: &mut Store,
        id: TreeId,
        bytes: &[u8],
        label: &str,
    ) -> Result<usize, WorkspaceError> {
        let mut document = Document::new(store.load_tree(id)?);
        super::import_values_text(store, id, &mut document, bytes, label)
    }

    fn stored() -> (tempfile::TempDir, Store, TreeId) {
        let folder = tempfile::tempdir().unwrap();
        let mut store = Store::open(folder.path().join("values.db")).unwrap();
        let id = store.insert_tree(&sample::synthetic("Values", 6)).unwrap();
        (folder, store, id)
    }

    #[test]
    fn an_import_stores_the_values_and_an_export_gives_them_back() {
        let (_folder, mut store, id) = stored();
        let csv = b"node,2026-01,2026-02\nn3,10,\"1,200\"\nn4,,7\n";
        assert_eq!(import(&mut store, id, csv, "q.csv").unwrap(), 3);
        let tree = store.load_tree(id).unwrap();
        let n3 = tree.node(&NodeId::new("n3").unwrap()).unwrap();
        assert_eq!(n3.value_in(Period::parse("2026-02").unwrap()), Some(1200.0));
        let text = export_values(&store, id).unwrap();
        assert_eq!(
            text,
            "node,period,value\nn3,2026-01,10\nn3,2026-02,1200\nn4,2026-02,7\n"
        );
    }

    #[test]
    fn a_blank_cell_leaves_a_stored_value_alone() {
        let (_folder, mut store, id) = stored();
        import(
            &mut store,
            id,
            b"node,period,value\nn3,2026-01,5\n",
            "a.csv",
        )
        .unwrap();
        import(&mut store, id, b"node,2026-01,2026-02\nn3,,6\n", "b.csv").unwrap();
        let tree = store.load_tree(id).unwrap();
        let n3 = tree.node(&NodeId::new("n3").unwrap()).unwrap();
        assert_eq!(n3.value_in(Period::parse("2026-01").unwrap()), Some(5.0));
        assert_eq!(n3.value_in(Period::parse("2026-02").unwrap()), Some(6.0));
    }

    #[test]
    fn a_refused_file_changes_nothing_and_names_row_and_column() {
        let (_folder, mut store, id) = stored();
        let before = store.load_tree(id).unwrap();
        let error = import(&mut store, id, b"node,2026-01\nn3,4\nnobody,5\n", "bad.csv")
            .unwrap_err()
            .to_string();
        assert!(
            error.contains("bad.csv") && error.contains("row 3"),
            "{error}"
        );
        assert_eq!(store.load_tree(id).unwrap(), before);
    }
}
