//! Target `outline`: text pasted on the canvas as an outline ([`parse_outline`], and
//! [`outline_edit`], which makes it nodes under a node of a real tree).
//!
//! Properties, besides "no panic":
//! - each line read has a name that is the line's own text (non-empty, trimmed, at
//!   most [`MAX_NAME_CHARS`] characters, found in that line), a line number inside
//!   the text and a parent read before it;
//! - a refusal names a line inside the text;
//! - pasted under a node of a valid tree, the edit applies and the tree stays
//!   valid, with one new node per line, named as the line;
//! - an outline written from a forest of lines (tabs or spaces, list markers,
//!   `kind:` prefixes, value cells) reads back as that forest.

use kpitree_core::drawing::{outline_edit, parse_outline, OutlineError, OutlineLine};
use kpitree_core::edit::apply;
use kpitree_core::layout::LayoutDirection;
use kpitree_core::model::{NodeKind, Position, Tree, MAX_NAME_CHARS};
use kpitree_core::validate;
use proptest::prelude::*;

use crate::engine::{check_corpus, Budget, Verdict};
use crate::mutate::mutated;

pub const TARGET: &str = "outline";

/// Outlines longer than this are only parsed: laying out thousands of pasted
/// nodes per case would leave little time for anything else.
const MAX_LINES_PASTED: usize = 60;

const TOKENS: &[&str] = &[
    "\n",
    "\r\n",
    "\r",
    "\t",
    "  ",
    "    ",
    "\u{a0}",
    "- ",
    "* ",
    "• ",
    "–",
    "1. ",
    "12) ",
    "kpi:",
    "north star: ",
    "Metric :",
    "health:",
    "bet:",
    ":",
    "\t1,200",
    "\t41.5%",
    "\t\"12,5\"",
    "\tx",
    "\t\t",
    "Goal: ",
    "\u{200b}",
    "\u{2028}",
    "\u{feff}",
];

/// The pasted tree: a valid sample with a North Star to paste under.
fn base_tree() -> Tree {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/corpus/interchange/saas_arr.json"
    ))
    .expect("the sample is in the corpus");
    kpitree_core::interchange::read(&text, "saas_arr.json").expect("the sample reads")
}

/// The properties for one pasted text.
pub fn check_text(text: &str) -> Verdict {
    let raw_lines: Vec<&str> = text.lines().collect();
    let outline = match parse_outline(text) {
        Ok(outline) => outline,
        Err(error) => return check_refusal(&error, raw_lines.len()),
    };
    for (index, line) in outline.lines.iter().enumerate() {
        check_line(index, line, &raw_lines)?;
    }
    if outline.lines.len() > MAX_LINES_PASTED {
        return Ok(());
    }
    let mut tree = base_tree();
    let under = tree.nodes[0].id.clone();
    let before = tree.nodes.len();
    let (edit, ids) = outline_edit(
        &tree,
        text,
        Some(&under),
        Position::default(),
        LayoutDirection::TopDown,
    )
    .map_err(|e| format!("a text that parses was not pasted: {e}"))?;
    apply(&mut tree, &edit).map_err(|e| format!("the paste's edit does not apply: {e}"))?;
    if ids.len() != outline.lines.len() || tree.nodes.len() != before + ids.len() {
        return Err(format!(
            "{} lines made {} new ids and {} nodes",
            outline.lines.len(),
            ids.len(),
            tree.nodes.len() - before
        ));
    }
    for (id, line) in ids.iter().zip(&outline.lines) {
        let node = tree
            .nodes
            .iter()
            .find(|n| &n.id == id)
            .ok_or(format!("no node {id}"))?;
        if node.name != line.name {
            return Err(format!(
                "node {id} is named {:?}, its line {:?}",
                node.name, line.name
            ));
        }
    }
    let errors: Vec<String> = validate::check(&tree)
        .into_iter()
        .filter(|p| p.severity == validate::Severity::Error)
        .map(|p| p.message)
        .collect();
    if errors.is_empty() {
        Ok(())
    } else {
        Err(format!("the tree pasted into is invalid: {errors:?}"))
    }
}

fn check_line(index: usize, line: &OutlineLine, raw_lines: &[&str]) -> Verdict {
    let Some(raw) = line.line.checked_sub(1).and_then(|i| raw_lines.get(i)) else {
        return Err(format!("line {} is not in the text", line.line));
    };
    let name = &line.name;
    let chars = name.chars().count();
    if name.is_empty()
        || name.trim() != name
        || chars > MAX_NAME_CHARS
        || !raw.contains(name.as_str())
    {
        return Err(format!("line {} {raw:?} gave the name {name:?}", line.line));
    }
    if line.parent.is_some_and(|parent| parent >= index) {
        return Err(format!(
            "line {} has parent {:?}, not read before it",
            line.line, line.parent
        ));
    }
    if line.value.is_some_and(|v| !v.is_finite()) {
        return Err(format!("line {} has value {:?}", line.line, line.value));
    }
    Ok(())
}

fn check_refusal(error: &OutlineError, lines: usize) -> Verdict {
    let line = match error {
        OutlineError::NameTooLong { line, .. }
        | OutlineError::NotANumber { line, .. }
        | OutlineError::NoName { line, .. } => *line,
        _ => return Ok(()),
    };
    if line == 0 || line > lines {
        return Err(format!("{error} names line {line} of {lines}"));
    }
    Ok(())
}

/// One line of a built outline: its depth, list marker, kind, name and value.
#[derive(Debug, Clone)]
pub struct BuiltLine {
    depth: usize,
    marker: &'static str,
    kind: Option<(&'static str, NodeKind)>,
    name: String,
    value: Option<(String, f64)>,
}

/// An outline written from lines, and how it is indented.
#[derive(Debug, Clone)]
pub struct Built {
    lines: Vec<BuiltLine>,
    indent: &'static str,
    blank_between: bool,
}

fn built() -> impl Strategy<Value = Built> {
    let kind = prop::option::of(prop::sample::select(vec![
        ("kpi: ", NodeKind::BusinessKpi),
        ("Metric:", NodeKind::ProductMetric),
        ("north star: ", NodeKind::NorthStar),
        ("initiative: ", NodeKind::Initiative),
        ("health: ", NodeKind::HealthMetric),
        ("intent:", NodeKind::StrategicIntent),
    ]));
    let value = prop::option::of(prop_oneof![
        (0u32..100_000).prop_map(|n| (n.to_string(), f64::from(n))),
        (0u32..1000).prop_map(|n| (format!("{n}.5%"), f64::from(n) + 0.5)),
        (1u32..1000).prop_map(|n| (format!("{n},200"), f64::from(n) * 1000.0 + 200.0)),
    ]);
    let line = (
        0usize..4,
        prop::sample::select(vec!["", "- ", "* ", "• ", "1. ", "2) "]),
        kind,
        "[A-Za-zÀ-ÿ][A-Za-z0-9À-ÿ &%/()'.,-]{0,30}[A-Za-z0-9)]|[A-Za-z]",
        value,
    )
        .prop_map(|(depth, marker, kind, name, value)| BuiltLine {
            depth,
            marker,
            kind,
            name,
            value,
        });
    (
        prop::collection::vec(line, 1..30),
        prop::sample::select(vec!["\t", "  ", "    ", "\u{a0}\u{a0}"]),
        any::<bool>(),
    )
        .prop_map(|(mut lines, indent, blank_between)| {
            // A line is at most one level deeper than the one before.
            let mut previous = None;
            for line in &mut lines {
                line.depth = previous.map_or(0, |p: usize| line.depth.min(p + 1));
                previous = Some(line.depth);
            }
            Built {
                lines,
                indent,
                blank_between,
            }
        })
}

fn check_built(built: &Built) -> Verdict {
    let mut text = String::new();
    for line in &built.lines {
        text.push_str(&built.indent.repeat(line.depth));
        text.push_str(line.marker);
        text.push_str(line.kind.map_or("", |(prefix, _)| prefix));
        text.push_str(&line.name);
        if let Some((cell, _)) = &line.value {
            text.push('\t');
            text.push_str(cell);
        }
        text.push_str(if built.blank_between { "\n\n" } else { "\n" });
    }
    let outline = parse_outline(&text).map_err(|e| format!("{text:?} refused: {e}"))?;
    let step = if built.blank_between { 2 } else { 1 };
    for (i, (read, line)) in outline.lines.iter().zip(&built.lines).enumerate() {
        let parent = (line.depth > 0)
            .then(|| {
                (0..i)
                    .rev()
                    .find(|&j| built.lines[j].depth == line.depth - 1)
            })
            .flatten();
        let expected = OutlineLine {
            line: i * step + 1,
            parent,
            name: line.name.clone(),
            kind: line.kind.map(|(_, kind)| kind),
            value: line.value.as_ref().map(|(_, v)| *v),
        };
        if *read != expected {
            return Err(format!(
                "{text:?}: line {} read as {read:?}, written as {expected:?}",
                i + 1
            ));
        }
    }
    if outline.lines.len() != built.lines.len() {
        return Err(format!(
            "{text:?}: {} lines read of {}",
            outline.lines.len(),
            built.lines.len()
        ));
    }
    check_text(&text)
}

/// Runs the target for its budget (see [`crate::engine`]).
pub fn fuzz() {
    let seeds = check_corpus(TARGET, check_text);
    let budget = Budget::from_env(2);
    budget.run(TARGET, "changed corpus", mutated(seeds, TOKENS), |t| {
        check_text(t)
    });
    budget.run(TARGET, "built", built(), check_built);
}

#[test]
fn fuzz_outline() {
    fuzz();
}
