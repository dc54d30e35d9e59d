//! `kpitree diff LEFT RIGHT [--format text|json]` (SPEC 10): what differs between
//! two trees, files, trees of the store or snapshots. Exit 0 whether or not they
//! differ; the store is only read, and only opened when it exists.

use kpitree_core::compare::text;
use kpitree_core::store::Store;
use kpitree_core::workspace::diff_sides;

use super::args::DiffFormat;
use super::CliError;

pub fn run(
    store: Option<&Store>,
    left: &str,
    right: &str,
    format: DiffFormat,
) -> Result<(), CliError> {
    let found = diff_sides(store, left, right)?;
    match format {
        DiffFormat::Text => print!("{}", text(&found)),
        DiffFormat::Json => {
            let json = serde_json::to_string_pretty(&found)
                .map_err(|error| CliError::Invalid(error.to_string()))?;
            println!("{json}");
        }
    }
    Ok(())
}
