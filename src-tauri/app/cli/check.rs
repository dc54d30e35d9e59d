//! `kpitree check FILE.json | --tree NAME_OR_ID`: the validation report, one problem
//! a line on stdout, then the alignment findings (issue #6) as warnings and the bets
//! on each KPI; exit 0 when there is no error, 1 when there is one (alignment
//! findings are warnings, never errors).

use std::path::PathBuf;

use kpitree_core::alignment::{self, Alignment};
use kpitree_core::model::Tree;
use kpitree_core::validate::{self, Problem, Severity};

use super::{open_store, CliError};

pub fn run(
    db: Option<PathBuf>,
    file: Option<PathBuf>,
    tree: Option<String>,
) -> Result<(), CliError> {
    let (label, checked) = match (file, tree) {
        (Some(file), _) => {
            let label = file.display().to_string();
            let text =
                std::fs::read_to_string(&file).map_err(|error| CliError::io(&file, error))?;
            let checked = match kpitree_core::interchange::read(&text, &label) {
                Ok(tree) => Checked::of(&tree),
                // A file that cannot be read has no tree to analyse.
                Err(error) => Checked {
                    problems: error.problems().to_vec(),
                    alignment: None,
                },
            };
            (label, checked)
        }
        (None, Some(name)) => {
            let store = open_store(db)?;
            let id = store.find_tree(&name)?;
            let tree = store.load_tree(id)?;
            (format!("tree {name:?}"), Checked::of(&tree))
        }
        (None, None) => {
            return Err(CliError::Usage(
                "give a FILE.json or --tree NAME_OR_ID".into(),
            ))
        }
    };
    report(&label, &checked)
}

/// What `check` reports about one tree.
struct Checked {
    problems: Vec<Problem>,
    alignment: Option<Alignment>,
}

impl Checked {
    fn of(tree: &Tree) -> Checked {
        Checked {
            problems: validate::check(tree),
            alignment: Some(alignment::analyse(tree)),
        }
    }
}

fn report(label: &str, checked: &Checked) -> Result<(), CliError> {
    let problems = &checked.problems;
    for problem in problems {
        println!("{problem}");
    }
    let mut findings = 0;
    if let Some(alignment) = &checked.alignment {
        for finding in &alignment.findings {
            println!("{finding}");
        }
        for summary in &alignment.strength {
            println!("{summary}");
        }
        findings = alignment.findings.len();
    }
    let errors = problems
        .iter()
        .filter(|problem| problem.severity == Severity::Error)
        .count();
    if errors > 0 {
        let noun = if errors == 1 { "error" } else { "errors" };
        return Err(CliError::Invalid(format!("{label}: {errors} {noun}")));
    }
    if problems.is_empty() && findings == 0 {
        println!("{label}: no problems");
    }
    Ok(())
}
