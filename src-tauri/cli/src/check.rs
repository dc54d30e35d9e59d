//! `kpitree check FILE.json | --tree NAME_OR_ID`: the validation report, one problem
//! a line on stdout, then the alignment findings (issue #6) as warnings and the bets
//! on each KPI; exit 0 when there is no error, 1 when there is one (alignment
//! findings are warnings, never errors). With `--leverage [NODE]`, then the leaves
//! below NODE (each root with a formula by default) ranked by elasticity (issue #8).

use std::path::PathBuf;

use kpitree_core::alignment::{self, Alignment, CodeMemory};
use kpitree_core::analysis::{self, Elasticity};
use kpitree_core::export::format_number;
use kpitree_core::graph::levels;
use kpitree_core::model::{NodeId, Tree};
use kpitree_core::validate::{self, Problem, Severity};
use kpitree_core::workspace::settings::color_codes;

use super::{open_store, CliError};

pub fn run(
    db: Option<PathBuf>,
    file: Option<PathBuf>,
    tree: Option<String>,
    leverage: Option<String>,
) -> Result<(), CliError> {
    let (label, checked) = match (file, tree) {
        (Some(file), _) => {
            let label = file.display().to_string();
            let text =
                std::fs::read_to_string(&file).map_err(|error| CliError::io(&file, error))?;
            let checked = match kpitree_core::interchange::read(&text, &label) {
                Ok(tree) => Checked::of(&tree, &CodeMemory::default(), leverage.as_deref())?,
                // A file that cannot be read has no tree to analyse.
                Err(error) => Checked {
                    problems: error.problems().to_vec(),
                    alignment: None,
                    leverage: Vec::new(),
                },
            };
            (label, checked)
        }
        (None, Some(name)) => {
            let store = open_store(db)?;
            let id = store.find_tree(&name)?;
            let tree = store.load_tree(id)?;
            // The colour codes the window shows (nothing is remembered by a check).
            let memory = color_codes(&store, id)?;
            (
                format!("tree {name:?}"),
                Checked::of(&tree, &memory, leverage.as_deref())?,
            )
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
    /// The lines of the leverage report, when asked for.
    leverage: Vec<String>,
}

impl Checked {
    fn of(tree: &Tree, memory: &CodeMemory, leverage: Option<&str>) -> Result<Checked, CliError> {
        Ok(Checked {
            problems: validate::check(tree),
            alignment: Some(alignment::analyse(tree, memory)),
            leverage: match leverage {
                Some(node) => leverage_lines(tree, node)?,
                None => Vec::new(),
            },
        })
    }
}

/// `leverage: node "arr" <- "price_per_seat": 1`, a line per leaf, best first, for
/// node `node` (or, when it is empty, each root with a formula).
fn leverage_lines(tree: &Tree, node: &str) -> Result<Vec<String>, CliError> {
    let nodes: Vec<NodeId> = if node.is_empty() {
        let levels = levels(tree);
        tree.nodes
            .iter()
            .filter(|n| n.formula.is_some() && levels.get(&n.id) == Some(&0))
            .map(|n| n.id.clone())
            .collect()
    } else {
        let id = NodeId::new(node).map_err(|error| {
            CliError::Usage(format!("--leverage {node:?} is not a node id: {error}"))
        })?;
        vec![id]
    };
    let mut lines = Vec::new();
    for id in nodes {
        let ranked = analysis::leverage(tree, &id).map_err(|error| {
            CliError::Invalid(format!("no leverage for node \"{id}\": {error}"))
        })?;
        for leaf in ranked {
            let said = match leaf.elasticity {
                Elasticity::Defined { value } => format_number(value),
                Elasticity::Undefined { reason } => format!("undefined ({reason})"),
            };
            lines.push(format!(
                "leverage: node \"{id}\" <- \"{}\": {said}",
                leaf.id
            ));
        }
    }
    Ok(lines)
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
    for line in &checked.leverage {
        println!("{line}");
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
