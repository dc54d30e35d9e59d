//! Reading a file: JSON syntax, the version, the top-level fields, every node and
//! link, then the rules of `validate` on the tree built.

use serde_json::{Map, Value};

use super::fields::{type_name, Fields, Report};
use super::history::granularity_names;
use super::json;
use super::link::{link_label, read_link};
use super::node::{node_label, read_node};
use super::{InterchangeError, VERSION};
use crate::model::{Granularity, StatusThresholds, Tree};
use crate::validate::{self, Category, Place, Severity, Subject};

/// The top-level fields, in the order `write` writes them.
pub(super) const TOP_FIELDS: &[&str] =
    &["kpitree", "name", "description", "period", "nodes", "links"];

/// The top-level fields of version 1: all but `period`.
const V1_TOP_FIELDS: &[&str] = &["kpitree", "name", "description", "nodes", "links"];

/// Reads an interchange file. `file_label` (usually the path as the user typed
/// it) starts every message of the error, which lists every problem found.
pub fn read(text: &str, file_label: &str) -> Result<Tree, InterchangeError> {
    let mut report = Report::new(file_label);
    let tree = read_tree(text, &mut report);
    match tree {
        Some(tree) if report.is_empty() => Ok(tree),
        _ => Err(report.into_error()),
    }
}

/// The tree as read, with the position in the file of each node and link kept.
struct Built<'a> {
    tree: Tree,
    /// `node_at[i]` is the position in the file of `tree.nodes[i]`.
    node_at: Vec<usize>,
    link_at: Vec<usize>,
    has_name: bool,
    /// Whether the name and every node and link could be read.
    complete: bool,
    nodes: &'a [Value],
    links: &'a [Value],
}

fn read_tree(text: &str, report: &mut Report) -> Option<Tree> {
    let value = parse_json(text, report)?;
    let Some(map) = value.as_object() else {
        let detail = format!(
            "the file must hold a JSON object, not {}",
            type_name(&value)
        );
        report.add_file(detail);
        return None;
    };
    let version = version(map, report)?;
    let built = build(map, version, report);
    check_rules(&built, report);
    Some(built.tree)
}

fn parse_json(text: &str, report: &mut Report) -> Option<Value> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        report.add_file("the file is empty");
        return None;
    }
    match json::parse(text) {
        Ok(value) => Some(value),
        Err(error) => {
            let full = error.to_string();
            let place = format!(" at line {} column {}", error.line(), error.column());
            let what = full.strip_suffix(&place).unwrap_or(&full);
            let kind = if error.is_data() {
                "bad JSON"
            } else {
                "malformed JSON"
            };
            let detail = format!(
                "{kind} at line {}, column {}: {what}",
                error.line(),
                error.column()
            );
            report.add_file(detail);
            None
        }
    }
}

/// The versions this build reads, for a message: `1 and 2` (`word` "and").
fn versions(word: &str) -> String {
    let all: Vec<String> = (1..=VERSION).map(|v| v.to_string()).collect();
    match all.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} {word} {last}", rest.join(", ")),
        None => String::new(),
    }
}

/// The file's format version, 1 to [`VERSION`].
fn version(map: &Map<String, Value>, report: &mut Report) -> Option<u32> {
    let detail = match map.get("kpitree") {
        Some(value) => match (1..=VERSION).find(|v| value.as_f64() == Some(f64::from(*v))) {
            Some(version) => return Some(version),
            None => match value {
                Value::Number(n) => format!(
                    "\"kpitree\" is {n}, but this version of kpitree reads versions {}",
                    versions("and")
                ),
                other => format!(
                    "\"kpitree\" must be the number {}, not {}",
                    versions("or"),
                    type_name(other)
                ),
            },
        },
        None => "\"kpitree\" is missing; a kpitree file starts with \"kpitree\": 1".to_owned(),
    };
    report.add_file(detail);
    None
}

fn build<'a>(map: &'a Map<String, Value>, version: u32, report: &mut Report) -> Built<'a> {
    let mut f = Fields::new(map, "", &Subject::Tree, report);
    match version {
        1 => f.unknown_in(V1_TOP_FIELDS, &["period"], 1, "top-level"),
        _ => f.unknown(TOP_FIELDS, "top-level"),
    }
    let name = f.owned("name", true);
    let description = f.owned("description", false);
    let period = match version {
        1 => None,
        _ => f.choice("period", false, Granularity::parse, granularity_names),
    };
    let period = period.unwrap_or_default();
    let nodes = f.array("nodes");
    let links = f.array("links");
    let has_name = name.is_some();
    let complete = has_name && nodes.is_some() && links.is_some();
    let mut built = Built {
        tree: Tree {
            name: name.unwrap_or_default(),
            description,
            nodes: Vec::new(),
            links: Vec::new(),
            period,
            thresholds: StatusThresholds::default(),
        },
        node_at: Vec::new(),
        link_at: Vec::new(),
        has_name,
        complete,
        nodes: nodes.map_or(&[], Vec::as_slice),
        links: links.map_or(&[], Vec::as_slice),
    };
    for (i, value) in built.nodes.iter().enumerate() {
        match read_node(i, value, report, version, period) {
            Some(node) => {
                built.tree.nodes.push(node);
                built.node_at.push(i);
            }
            None => built.complete = false,
        }
    }
    for (i, value) in built.links.iter().enumerate() {
        match read_link(i, value, report) {
            Some(link) => {
                built.tree.links.push(link);
                built.link_at.push(i);
            }
            None => built.complete = false,
        }
    }
    built
}

/// Reports the errors of `validate` on the tree read, named by position in the
/// file. When some node or link could not be read, only single-field rules are
/// applied: the others (dangling links, formula drivers) would mislead.
fn check_rules(built: &Built, report: &mut Report) {
    for finding in validate::findings(&built.tree) {
        if finding.severity != Severity::Error {
            continue;
        }
        if !built.complete && finding.category != Category::Field {
            continue;
        }
        if !built.has_name && finding.place == Place::Tree {
            continue;
        }
        let subject = finding.subject(&built.tree);
        let label = file_label(built, finding.place);
        report.add(&subject, finding.category, &label, &finding.detail);
    }
}

fn file_label(built: &Built, place: Place) -> String {
    match place {
        Place::Tree => validate::tree_label(&built.tree.name),
        Place::Node(i) => {
            let at = built.node_at.get(i).copied().unwrap_or(i);
            built
                .nodes
                .get(at)
                .map_or_else(|| format!("node {}", at + 1), |v| node_label(at, v))
        }
        Place::Link(i) => {
            let at = built.link_at.get(i).copied().unwrap_or(i);
            built
                .links
                .get(at)
                .map_or_else(|| format!("link {}", at + 1), |v| link_label(at, v))
        }
    }
}
