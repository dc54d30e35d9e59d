//! `kpitree merge` (SPEC 10): the union of several trees into a new one, written
//! to a file or added to the store, or with `--base` the three-way merge of two
//! edits of one file (git's merge driver: `kpitree merge --base %O %A %B -o %A`).
//!
//! Nothing is written while a conflict is left: each is printed on stderr
//! (`conflict: node arr, field target: 1500000 (a.json), 1600000 (b.json)`) and
//! the exit code is 1, so git sees the merge failed and keeps its own file. The
//! output file is written whole (renamed into place) or not at all; the store is
//! read only when a source needs it and written (created if missing) only once
//! the merge succeeded.

use std::path::{Path, PathBuf};

use kpitree_core::export::write_atomically;
use kpitree_core::interchange;
use kpitree_core::merge::{Choices, Merged};
use kpitree_core::store::Store;
use kpitree_core::workspace::{add_merged, merge_sides, merge_three_sides};

use super::args::MergeOptions;
use super::CliError;

pub fn run(
    existing: Option<Store>,
    create_store: impl FnOnce() -> Result<Store, CliError>,
    options: &MergeOptions,
) -> Result<(), CliError> {
    let choices = Choices {
        prefer: options.prefer.clone(),
        ..Choices::default()
    };
    let merged = match &options.base {
        Some(base) => {
            let [ours, theirs] = options.sources.as_slice() else {
                return Err(CliError::Usage(format!(
                    "merge --base BASE takes two more trees, OURS and THEIRS, not {}",
                    options.sources.len()
                )));
            };
            if options.output.is_none() {
                return Err(CliError::Usage("merge --base needs -o OUT.json".into()));
            }
            merge_three_sides(existing.as_ref(), base, ours, theirs, &choices)?
        }
        None => {
            let name = options.name.as_deref().unwrap_or_default();
            merge_sides(existing.as_ref(), &options.sources, name, &choices)?
        }
    };
    refuse_conflicts(&merged)?;
    match &options.output {
        Some(output) => write_file(output, &merged),
        None => {
            drop(existing);
            let id = add_merged(&mut create_store()?, merged.tree)?;
            println!("{id}");
            Ok(())
        }
    }
}

fn refuse_conflicts(merged: &Merged) -> Result<(), CliError> {
    if merged.conflicts.is_empty() {
        return Ok(());
    }
    for conflict in &merged.conflicts {
        eprintln!("conflict: {conflict}");
    }
    let count = merged.conflicts.len();
    let plural = if count == 1 { "" } else { "s" };
    Err(CliError::Invalid(format!(
        "{count} conflict{plural}: nothing was written (--prefer SOURCE settles every conflict for that source)"
    )))
}

fn write_file(output: &PathBuf, merged: &Merged) -> Result<(), CliError> {
    let text = interchange::write(&merged.tree);
    if output == Path::new("-") {
        print!("{text}");
        return Ok(());
    }
    write_atomically(output, text.as_bytes()).map_err(|error| CliError::io(output, error))
}
