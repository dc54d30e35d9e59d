//! `kpitree explain --tree T --node ID --from A --to B [--format text|json]`
//! (SPEC 9): the core's attribution (`kpitree_core::analysis::explain`), printed as
//! one line per leaf, largest contribution first, or as SPEC 9's JSON, or drawn as
//! its bridge chart (`--format svg|png`, the core's `bridge_svg`).

use kpitree_core::analysis::{explain, Explanation};
use kpitree_core::export::png::render_png;
use kpitree_core::export::{bridge_svg, Theme};
use kpitree_core::model::{NodeId, Period, Tree};
use kpitree_core::store::Store;
use kpitree_core::values::number_text;

use super::args::{self, ExplainFormat, ExplainOptions};
use super::export::write_output;
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
    let bytes = match options.format {
        ExplainFormat::Json => {
            let json = serde_json::to_string_pretty(&explanation)
                .map_err(|error| CliError::Invalid(error.to_string()))?;
            json + "\n"
        }
        ExplainFormat::Text => text(&explanation),
        ExplainFormat::Svg => chart(&explanation, &tree, options)?,
        ExplainFormat::Png => {
            let svg = chart(&explanation, &tree, options)?;
            let png =
                render_png(&svg, 2.0).map_err(|error| CliError::Invalid(error.to_string()))?;
            return write_output(&options.output, &png);
        }
    };
    write_output(&options.output, bytes.as_bytes())
}

/// The bridge chart of `explanation` as SVG (SPEC 9).
fn chart(
    explanation: &Explanation,
    tree: &Tree,
    options: &ExplainOptions,
) -> Result<String, CliError> {
    let theme = match options.theme {
        args::Theme::Light => Theme::Light,
        args::Theme::Dark => Theme::Dark,
    };
    bridge_svg(explanation, tree, theme).map_err(|error| CliError::Invalid(error.to_string()))
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
