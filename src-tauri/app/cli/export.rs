//! `kpitree export`: writes a tree of the store. The output file is written whole
//! or not at all (a temporary file renamed into place), so a failed export never
//! leaves half a file where a good one was.

use std::io::Write;
use std::path::Path;

use kpitree_core::interchange;
use kpitree_core::store::Store;

use super::args::{ExportOptions, Format};
use super::CliError;

pub fn run(store: &Store, options: &ExportOptions) -> Result<(), CliError> {
    let text = match options.format {
        Format::Json => {
            let id = store.find_tree(&options.tree)?;
            interchange::write(&store.load_tree(id)?)
        }
        Format::Svg | Format::Png => {
            return Err(CliError::Usage(
                "--format svg and png are not in this build yet; use --format json".into(),
            ))
        }
    };
    write_output(&options.output, text.as_bytes())
}

fn write_output(output: &Path, bytes: &[u8]) -> Result<(), CliError> {
    if output == Path::new("-") {
        let mut stdout = std::io::stdout().lock();
        return stdout
            .write_all(bytes)
            .and_then(|()| stdout.flush())
            .map_err(|error| CliError::io(output, error));
    }
    let file_name = output.file_name().unwrap_or_default().to_string_lossy();
    let partial = output.with_file_name(format!(".{file_name}.partial"));
    std::fs::write(&partial, bytes)
        .and_then(|()| std::fs::rename(&partial, output))
        .map_err(|error| {
            let _ = std::fs::remove_file(&partial);
            CliError::io(output, error)
        })
}
