//! `kpitree check FILE.json | --tree NAME_OR_ID`: the validation report, one problem
//! a line on stdout; exit 0 when there is no error, 1 when there is one.

use std::path::PathBuf;

use kpitree_core::validate::{self, Problem, Severity};

use super::{open_store, CliError};

pub fn run(
    db: Option<PathBuf>,
    file: Option<PathBuf>,
    tree: Option<String>,
) -> Result<(), CliError> {
    let (label, problems) = match (file, tree) {
        (Some(file), _) => {
            let label = file.display().to_string();
            let text =
                std::fs::read_to_string(&file).map_err(|error| CliError::io(&file, error))?;
            match kpitree_core::interchange::read(&text, &label) {
                Ok(tree) => (label, validate::check(&tree)),
                Err(error) => (label, error.problems().to_vec()),
            }
        }
        (None, Some(name)) => {
            let store = open_store(db)?;
            let id = store.find_tree(&name)?;
            (
                format!("tree {name:?}"),
                validate::check(&store.load_tree(id)?),
            )
        }
        (None, None) => {
            return Err(CliError::Usage(
                "give a FILE.json or --tree NAME_OR_ID".into(),
            ))
        }
    };
    report(&label, &problems)
}

fn report(label: &str, problems: &[Problem]) -> Result<(), CliError> {
    for problem in problems {
        println!("{problem}");
    }
    let errors = problems
        .iter()
        .filter(|problem| problem.severity == Severity::Error)
        .count();
    if errors > 0 {
        let noun = if errors == 1 { "error" } else { "errors" };
        return Err(CliError::Invalid(format!("{label}: {errors} {noun}")));
    }
    if problems.is_empty() {
        println!("{label}: no problems");
    }
    Ok(())
}
