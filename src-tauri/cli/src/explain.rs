//! `kpitree explain --tree T --node ID --from A --to B [--format text|json]`
//! (SPEC 9): the core's attribution (`kpitree_core::analysis::explain`), printed as
//! one line per leaf, largest contribution first, or as SPEC 9's JSON.

use kpitree_core::analysis::{explain, Explanation};
use kpitree_core::model::{NodeId, Period};
use kpitree_core::store::Store;
use kpitree_core::values::number_text;

use super::args::{ExplainFormat, ExplainOptions};
use super::CliError;

pub fn run(store: &Store, options: &ExplainOptions) -> Result<(), CliError> {
    let id = store.find_tree(&options.tree)?;
    let tree = store.load_tree(id)?;
    let node = NodeId::new(&options.node)
        .map_err(|error| CliError::Invalid(format!("--node: {error}")))?;
    let period = |flag: &str, text: &str| {
        Period::parse(text).map_err(|error| CliError::Invalid(format!("--{flag}: {error}")))
    };
    let (from, to) = (period("from", &options.from)?, period("to", &options.to)?);
    let explanation = explain(&tree, &node, from, to)
        .map_err(|error| CliError::Invalid(format!("{}: {error}", tree.name)))?;
    match options.format {
        ExplainFormat::Json => {
            let json = serde_json::to_string_pretty(&explanation)
                .map_err(|error| CliError::Invalid(error.to_string()))?;
            println!("{json}");
        }
        ExplainFormat::Text => print!("{}", text(&explanation)),
    }
    Ok(())
}

/// The explanation as a person reads it: the change, then each leaf's part,
/// largest first, then what is left over; numbers to the hundredth (the JSON
/// form has them exactly).
fn text(explanation: &Explanation) -> String {
    let Explanation {
        node,
        from,
        to,
        before,
        after,
        change,
        residual,
        contributions,
    } = explanation;
    let mut lines = vec![format!(
        "{node}: {} in {from} → {} in {to}, change {}",
        readable(*before),
        readable(*after),
        signed(*change)
    )];
    let width = contributions
        .iter()
        .map(|c| signed(c.contribution).len())
        .max()
        .unwrap_or(0);
    for part in contributions {
        let share = part
            .share
            .map_or_else(|| "     —".to_owned(), |s| format!("{:>5.1} %", s * 100.0));
        lines.push(format!(
            "  {:>width$}  {share}  {}  ({} → {})",
            signed(part.contribution),
            part.node,
            readable(part.before),
            readable(part.after),
        ));
    }
    lines.push(format!("  residual {}", readable(*residual)));
    lines.join("\n") + "\n"
}

/// `value` to the hundredth, in its shortest form (`131093.6`, not
/// `131093.60000000003`).
fn readable(value: f64) -> String {
    let rounded = (value * 100.0).round() / 100.0;
    number_text(if rounded == 0.0 { 0.0 } else { rounded })
}

fn signed(value: f64) -> String {
    let text = readable(value);
    if value > 0.0 {
        format!("+{text}")
    } else {
        text
    }
}
