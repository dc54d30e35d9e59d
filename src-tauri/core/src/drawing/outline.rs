//! An outline pasted as nodes: indented text from a document, a note or a
//! spreadsheet column becomes nodes with `drives` links from each line to the line
//! it is indented under.
//!
//! What is read:
//! - one node a line; blank lines are skipped;
//! - depth from the indentation: tabs (a spreadsheet's empty leading cells paste as
//!   tabs) or spaces, any width, compared as in Python's offside rule: a line
//!   indented deeper than the one before is its child; a line indented less goes
//!   back to the nearest line indented no deeper (a dedent that matches no earlier
//!   level attaches to the nearest shallower one);
//! - list markers are dropped: `-`, `*`, `+`, `•`, `◦`, `▪`, `‣`, `–`, and numbers
//!   such as `1.` or `2)`;
//! - `kind: name` sets the kind (`kpi:`, `metric:`, `intent:`, `initiative:`,
//!   `health:`, `north star:` and the kinds' own names); a prefix that names no kind
//!   is part of the name (`Goal: grow` is a node named so);
//! - after the name, a tab-separated cell with a number (as spreadsheets write
//!   them, see [`crate::model::parse_number_text`]) is the node's value.
//!
//! Kinds not given follow the parent's ([`super::child_kind`]); top-level lines
//! take `top_kind` (the child kind of the node pasted under, or the North Star for
//! a new tree). Ids come from names ([`super::id_from_name`]), free in the tree
//! pasted into. Invariant: an outline either parses whole or is refused with the
//! line and what is wrong; nothing is half-read.

use std::collections::BTreeSet;

use crate::model::{
    control_character, parse_number_text, Link, LinkKind, Node, NodeKind, Tree, MAX_NAME_CHARS,
};

use super::{child_kind, id_from_name};

/// The most lines one paste makes into nodes: a safeguard against pasting a whole
/// document by mistake (the canvas would fill with thousands of cards).
pub const MAX_OUTLINE_LINES: usize = 2_000;

/// Why an outline was refused. `line` counts from 1, blank lines included.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum OutlineError {
    #[error("the pasted text has no line to make a node of")]
    Empty,
    #[error("the pasted text has {lines} lines; at most {MAX_OUTLINE_LINES} are made into nodes at once")]
    TooLong { lines: usize },
    #[error("line {line}: the name has {chars} characters; at most {MAX_NAME_CHARS} are allowed")]
    NameTooLong { line: usize, chars: usize },
    #[error("line {line}: the name holds a control character ({code}); is this text an outline?")]
    ControlCharacter { line: usize, code: String },
    #[error("line {line}: \"{text}\" after the name is not a number (only a value may follow a name, after a tab)")]
    NotANumber { line: usize, text: String },
    #[error("line {line}: a kind is given but no name (\"{text}\")")]
    NoName { line: usize, text: String },
    #[error("node \"{id}\" to paste under is not in the tree")]
    UnknownParent { id: String },
    #[error("the pasted nodes could not be laid out: {0}")]
    Layout(String),
}

/// One line of an outline, read.
#[derive(Debug, Clone, PartialEq)]
pub struct OutlineLine {
    /// The line's number in the pasted text, from 1.
    pub line: usize,
    /// The index of the line it is indented under, in [`Outline::lines`].
    pub parent: Option<usize>,
    pub name: String,
    pub kind: Option<NodeKind>,
    pub value: Option<f64>,
}

/// An outline's lines in the order pasted; parents come before their children.
#[derive(Debug, Clone, PartialEq)]
pub struct Outline {
    pub lines: Vec<OutlineLine>,
}

/// Reads `text` as an outline.
pub fn parse_outline(text: &str) -> Result<Outline, OutlineError> {
    let mut lines = Vec::new();
    // The open levels: (indent width, index in `lines`), shallowest first.
    let mut open: Vec<(usize, usize)> = Vec::new();
    for (number, raw) in text.lines().enumerate().map(|(i, l)| (i + 1, l)) {
        if raw.trim().is_empty() {
            continue;
        }
        if lines.len() == MAX_OUTLINE_LINES {
            let lines = text.lines().filter(|l| !l.trim().is_empty()).count();
            return Err(OutlineError::TooLong { lines });
        }
        let (width, rest) = indentation(raw);
        while open
            .last()
            .is_some_and(|(open_width, _)| *open_width >= width)
        {
            open.pop();
        }
        let parent = open.last().map(|(_, index)| *index);
        let mut read = read_line(number, rest)?;
        read.parent = parent;
        open.push((width, lines.len()));
        lines.push(read);
    }
    if lines.is_empty() {
        return Err(OutlineError::Empty);
    }
    Ok(Outline { lines })
}

/// The indentation width of `line` (a tab counts as 4 columns, so a tab and four
/// spaces agree) and the text after it.
fn indentation(line: &str) -> (usize, &str) {
    let mut width = 0;
    for (at, c) in line.char_indices() {
        match c {
            ' ' | '\u{a0}' => width += 1,
            '\t' => width += 4,
            _ => return (width, &line[at..]),
        }
    }
    (width, "")
}

/// The name, kind and value of a line's text (indentation removed).
fn read_line(line: usize, text: &str) -> Result<OutlineLine, OutlineError> {
    let mut cells = text.split('\t').map(str::trim).filter(|c| !c.is_empty());
    let first = cells.next().unwrap_or_default();
    let value = match cells.next() {
        None => None,
        Some(cell) => Some(
            parse_number_text(cell).ok_or_else(|| OutlineError::NotANumber {
                line,
                text: cell.to_owned(),
            })?,
        ),
    };
    if let Some(extra) = cells.next() {
        return Err(OutlineError::NotANumber {
            line,
            text: extra.to_owned(),
        });
    }
    let unmarked = without_marker(first);
    let (kind, name) = match kind_prefix(unmarked) {
        Some((_, "")) => {
            return Err(OutlineError::NoName {
                line,
                text: unmarked.to_owned(),
            });
        }
        Some((kind, name)) => (Some(kind), name),
        None => (None, unmarked),
    };
    let chars = name.chars().count();
    if chars > MAX_NAME_CHARS {
        return Err(OutlineError::NameTooLong { line, chars });
    }
    if let Some(code) = control_character(name) {
        return Err(OutlineError::ControlCharacter { line, code });
    }
    Ok(OutlineLine {
        line,
        parent: None,
        name: name.to_owned(),
        kind,
        value,
    })
}

/// `text` without a leading list marker (and the space after it).
fn without_marker(text: &str) -> &str {
    const BULLETS: [char; 8] = ['-', '*', '+', '•', '◦', '▪', '‣', '–'];
    if let Some(rest) = text.strip_prefix(BULLETS) {
        if rest.starts_with(char::is_whitespace) {
            return rest.trim_start();
        }
    }
    let digits = text.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 && digits <= 3 {
        let rest = &text[digits..];
        if let Some(after) = rest.strip_prefix(['.', ')']) {
            if after.starts_with(char::is_whitespace) {
                return after.trim_start();
            }
        }
    }
    text
}

/// The kind a `kind:` prefix names, and the name after it.
fn kind_prefix(text: &str) -> Option<(NodeKind, &str)> {
    let (prefix, name) = text.split_once(':')?;
    let key: String = prefix
        .trim()
        .to_lowercase()
        .chars()
        .map(|c| if c == ' ' || c == '-' { '_' } else { c })
        .collect();
    let kind = match key.as_str() {
        "north_star" | "northstar" | "ns" => NodeKind::NorthStar,
        "business_kpi" | "kpi" => NodeKind::BusinessKpi,
        "product_metric" | "metric" => NodeKind::ProductMetric,
        "strategic_intent" | "intent" => NodeKind::StrategicIntent,
        "initiative" | "bet" => NodeKind::Initiative,
        "health_metric" | "health" | "tripwire" | "guardrail" => NodeKind::HealthMetric,
        _ => return None,
    };
    Some((kind, name.trim()))
}

/// The outline as a tree fragment: its nodes (ids from names, none of `taken`,
/// kinds given or following the parent's, top-level lines of `top_kind`), and a
/// `drives` link from each line to its parent line. Nodes have no position yet.
/// The fragment's top-level node ids come back too, to link under a parent.
pub fn outline_fragment(
    outline: &Outline,
    top_kind: NodeKind,
    taken: &BTreeSet<String>,
) -> (Tree, Vec<crate::model::NodeId>) {
    let mut taken = taken.clone();
    let mut fragment = Tree::new("outline");
    let mut tops = Vec::new();
    for line in &outline.lines {
        let parent = line.parent.map(|index| &fragment.nodes[index]);
        let kind = line
            .kind
            .unwrap_or_else(|| parent.map_or(top_kind, |p| child_kind(p.kind)));
        let id = id_from_name(&line.name, kind, &taken);
        taken.insert(id.to_string());
        let mut node = Node::new(id.clone(), kind, line.name.clone());
        node.value = line.value;
        match parent {
            Some(parent) => {
                let link = Link::new(LinkKind::Drives, id, parent.id.clone());
                fragment.links.push(link);
            }
            None => tops.push(id),
        }
        fragment.nodes.push(node);
    }
    (fragment, tops)
}

#[cfg(test)]
#[path = "outline_tests.rs"]
mod tests;
