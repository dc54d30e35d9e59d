//! Target `interchange`: the JSON import of SPEC 3 ([`read`], what `kpitree
//! import` and the window's Import call through `workspace::import_file`).
//!
//! Properties, besides "no panic":
//! - a refusal has at least one message, each starting with the file label;
//! - a tree read is valid ([`validate::is_valid`]) and exports back to itself:
//!   `read(write(t)) == t`, and `write` of that is the same text;
//! - a tree built at random that `validate` accepts is imported as itself (and one
//!   it refuses is refused on import too).
//!
//! Strategies: corpus texts changed as text, corpus files changed as JSON (a field
//! dropped, replaced by any JSON value, or added), and trees built from parts.

use kpitree_core::interchange::{read, write};
use kpitree_core::model::{
    Color, Direction, Indicator, Link, LinkKind, Node, NodeId, NodeKind, Position, Strength,
    TargetDate, Tree,
};
use kpitree_core::validate;
use proptest::prelude::*;
use proptest::sample::{select, Index};
use serde_json::Value;

use crate::engine::{check_corpus, Budget, Verdict};
use crate::formula::{grammar, print};
use crate::mutate::mutated;

pub const TARGET: &str = "interchange";

const LABEL: &str = "fuzz.json";

const TOKENS: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    "\"",
    ":",
    ",",
    "null",
    "true",
    "false",
    "0",
    "-0",
    "1e999",
    "1.5e308",
    "-1",
    "\"\"",
    "\"kpitree\"",
    "\"nodes\"",
    "\"links\"",
    "\"id\"",
    "\"kind\"",
    "\"name\"",
    "\"formula\"",
    "\"position\"",
    "\"from\"",
    "\"to\"",
    "\"value\"",
    "\"target_date\"",
    "\"color\"",
    "\\u0000",
    "\\ud800",
    "\\\"",
    "\"north_star\"",
    "\"drives\"",
    "\u{feff}",
    "\n",
];

/// The field names of SPEC 3, and a few that are not.
const KEYS: &[&str] = &[
    "kpitree",
    "name",
    "description",
    "nodes",
    "links",
    "id",
    "kind",
    "unit",
    "value",
    "target",
    "target_date",
    "direction",
    "indicator",
    "owner",
    "formula",
    "color",
    "position",
    "x",
    "y",
    "pinned",
    "from",
    "to",
    "strength",
    "note",
    "colour",
    "",
];

/// The properties for one file's text.
pub fn check_text(text: &str) -> Verdict {
    let tree = match read(text, LABEL) {
        Ok(tree) => tree,
        Err(error) => {
            let messages = error.messages();
            if messages.is_empty() {
                return Err("refused without a message".into());
            }
            if let Some(bad) = messages.iter().find(|m| !m.starts_with(LABEL)) {
                return Err(format!("message does not name the file: {bad:?}"));
            }
            return Ok(());
        }
    };
    if !validate::is_valid(&tree) {
        return Err(format!(
            "read a tree that is not valid: {:?}",
            validate::check(&tree)
        ));
    }
    check_round_trip(&tree)
}

/// `read(write(tree)) == tree`, and writing it again gives the same text.
fn check_round_trip(tree: &Tree) -> Verdict {
    let written = write(tree);
    let back =
        read(&written, LABEL).map_err(|e| format!("its export is refused: {e}\n{written}"))?;
    if &back != tree {
        return Err(format!("its export reads as another tree:\n{written}"));
    }
    if write(&back) != written {
        return Err("written twice, the texts differ".into());
    }
    Ok(())
}

/// One change to a JSON value, at a node picked in pre-order.
#[derive(Debug, Clone)]
enum JsonChange {
    Replace(Index, Value),
    Remove(Index),
    Add(Index, &'static str, Value),
    Duplicate(Index),
}

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        prop_oneof![Just(-0.0), Just(1e308), Just(5e-324), Just(0.5)].prop_map(Value::from),
        "\\PC{0,12}".prop_map(Value::String),
        select(vec![
            "north_star",
            "drives",
            "#aabbcc",
            "2027-02-29",
            "2028-02-29",
            "a",
            "up",
            "strong",
            "sum(a)",
            "a / 0"
        ])
        .prop_map(Value::from),
        Just(Value::String("x".repeat(300))),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::vec((select(KEYS), inner), 0..4).prop_map(|fields| {
                Value::Object(fields.into_iter().map(|(k, v)| (k.to_owned(), v)).collect())
            }),
        ]
    })
}

fn json_change() -> impl Strategy<Value = JsonChange> {
    prop_oneof![
        3 => (any::<Index>(), json_value()).prop_map(|(at, v)| JsonChange::Replace(at, v)),
        2 => any::<Index>().prop_map(JsonChange::Remove),
        2 => (any::<Index>(), select(KEYS), json_value()).prop_map(|(at, k, v)| JsonChange::Add(at, k, v)),
        1 => any::<Index>().prop_map(JsonChange::Duplicate),
    ]
}

/// The number of values in `value`, itself included.
fn count(value: &Value) -> usize {
    1 + match value {
        Value::Array(items) => items.iter().map(count).sum(),
        Value::Object(map) => map.values().map(count).sum(),
        _ => 0,
    }
}

/// The `n`th value of `value` in pre-order (0 is `value` itself).
fn nth(value: &mut Value, mut n: usize) -> &mut Value {
    if n == 0 {
        return value;
    }
    n -= 1;
    let children: Vec<&mut Value> = match value {
        Value::Array(items) => items.iter_mut().collect(),
        Value::Object(map) => map.values_mut().collect(),
        _ => unreachable!("n is below the count"),
    };
    for child in children {
        let size = count(child);
        if n < size {
            return nth(child, n);
        }
        n -= size;
    }
    unreachable!("n is below the count")
}

fn apply_json(root: &mut Value, change: &JsonChange) {
    let at = |index: &Index, root: &Value| index.index(count(root));
    match change {
        JsonChange::Replace(i, new) => *nth(root, at(i, root)) = new.clone(),
        JsonChange::Remove(i) => match nth(root, at(i, root)) {
            Value::Object(map) if !map.is_empty() => {
                let key = map
                    .keys()
                    .nth(i.index(map.len()))
                    .cloned()
                    .unwrap_or_default();
                map.remove(&key);
            }
            Value::Array(items) if !items.is_empty() => {
                items.remove(i.index(items.len()));
            }
            _ => {}
        },
        JsonChange::Add(i, key, new) => {
            if let Value::Object(map) = nth(root, at(i, root)) {
                map.insert((*key).to_owned(), new.clone());
            }
        }
        JsonChange::Duplicate(i) => {
            if let Value::Array(items) = nth(root, at(i, root)) {
                if let Some(first) = items.get(i.index(items.len().max(1))).cloned() {
                    items.push(first);
                }
            }
        }
    }
}

fn json_changed(seeds: &[String]) -> impl Strategy<Value = String> {
    let values: Vec<Value> = seeds
        .iter()
        .filter_map(|s| serde_json::from_str(s).ok())
        .collect();
    (
        select(values),
        prop::collection::vec(json_change(), 1..5),
        any::<bool>(),
    )
        .prop_map(|(mut value, changes, pretty)| {
            for change in &changes {
                apply_json(&mut value, change);
            }
            if pretty {
                serde_json::to_string_pretty(&value).expect("a Value serializes")
            } else {
                value.to_string()
            }
        })
}

/// Trees from parts: 1 to 20 nodes with every field drawn, formulas from the
/// grammar over the tree's ids, links from later nodes to earlier ones (a DAG).
fn tree() -> impl Strategy<Value = Tree> {
    let finite = prop_oneof![
        (-1e6f64..1e6),
        any::<f64>().prop_filter("finite", |n| n.is_finite()),
        Just(0.0),
        Just(-0.0)
    ];
    let text = prop_oneof!["\\PC{1,30}", "[a-zA-Z ]{1,12}", Just("x".repeat(200))];
    let optional_text = prop::option::of(prop_oneof!["\\PC{0,30}", "[a-z]{1,8}"]);
    let node = (
        (
            select(NodeKind::ALL.to_vec()),
            text.clone(),
            optional_text.clone(),
            optional_text.clone(),
        ),
        (
            prop::option::of(finite.clone()),
            prop::option::of(finite.clone()),
        ),
        (
            prop::option::of((1900u32..2100, 1u32..13, 1u32..32)),
            prop::option::of(select(vec![Direction::Up, Direction::Down])),
        ),
        (
            prop::option::of(select(vec![Indicator::Leading, Indicator::Lagging])),
            optional_text.clone(),
            prop::option::of(grammar()),
        ),
        (
            prop::option::of("#[0-9a-fA-F]{6}"),
            prop::option::of((finite.clone(), finite.clone())),
            any::<bool>(),
        ),
    );
    let link = (
        any::<Index>(),
        any::<Index>(),
        select(LinkKind::ALL.to_vec()),
        prop::option::of(select(Strength::ALL.to_vec())),
        optional_text.clone(),
        prop::option::of("#[0-9a-f]{6}"),
    );
    (
        text,
        optional_text,
        prop::collection::vec(node, 1..20),
        prop::collection::vec(link, 0..30),
    )
        .prop_map(|(name, description, nodes, links)| {
            let mut tree = Tree::new(name);
            tree.description = description;
            for (i, parts) in nodes.into_iter().enumerate() {
                let (
                    (kind, name, description, unit),
                    (value, target),
                    (date, direction),
                    (indicator, owner, formula),
                    (color, position, pinned),
                ) = parts;
                let id = NodeId::new(&format!("n{i}")).expect("an id");
                let mut node = Node::new(id, kind, name);
                node.description = description;
                node.unit = unit;
                node.value = value;
                node.target = target;
                node.target_date = date
                    .and_then(|(y, m, d)| TargetDate::new(&format!("{y:04}-{m:02}-{d:02}")).ok());
                node.direction = direction;
                node.indicator = indicator;
                node.owner = owner;
                node.formula = formula.map(|f| print(&f));
                node.color = color.and_then(|c| Color::new(&c).ok());
                node.position = position.map(|(x, y)| Position { x, y });
                node.pinned = pinned;
                tree.nodes.push(node);
            }
            let n = tree.nodes.len();
            for (a, b, kind, strength, note, color) in links {
                let (a, b) = (a.index(n), b.index(n));
                if a == b {
                    continue;
                }
                let (from, to) = (a.max(b), a.min(b));
                let mut link =
                    Link::new(kind, tree.nodes[from].id.clone(), tree.nodes[to].id.clone());
                link.strength = strength;
                link.note = note;
                link.color = color.and_then(|c| Color::new(&c).ok());
                tree.links.push(link);
            }
            tree
        })
}

/// A built tree that `validate` accepts is imported as itself; one it refuses is
/// refused on import.
fn check_tree(tree: &Tree) -> Verdict {
    let written = write(tree);
    match (validate::is_valid(tree), read(&written, LABEL)) {
        (true, Ok(_)) => check_round_trip(tree),
        (true, Err(e)) => Err(format!("a valid tree is refused: {e}\n{written}")),
        (false, Ok(_)) => Err(format!(
            "an invalid tree is imported: {:?}",
            validate::check(tree)
        )),
        (false, Err(_)) => check_text(&written),
    }
}

/// Runs the target for its budget (see [`crate::engine`]).
pub fn fuzz() {
    let seeds = check_corpus(TARGET, check_text);
    let budget = Budget::from_env(3);
    budget.run(TARGET, "changed json", json_changed(&seeds), |t| {
        check_text(t)
    });
    budget.run(TARGET, "changed corpus", mutated(seeds, TOKENS), |t| {
        check_text(t)
    });
    budget.run(TARGET, "built trees", tree(), check_tree);
}

#[test]
fn fuzz_interchange() {
    fuzz();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nth_walks_in_pre_order() {
        let mut v: Value = serde_json::from_str(r#"{"a": [1, {"b": 2}], "c": 3}"#).unwrap();
        assert_eq!(count(&v), 6);
        assert_eq!(*nth(&mut v, 4), Value::from(2));
        assert_eq!(*nth(&mut v, 5), Value::from(3));
    }
}
