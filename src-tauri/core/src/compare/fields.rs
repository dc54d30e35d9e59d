//! Every field of a tree, node or link as a name and a JSON value, and the way
//! back: one place that knows the fields, for the difference, its application and
//! the merges.
//!
//! A field's value is its serde form (the model's, which the window receives too);
//! an unset optional field is `null`. A node's history is not one field but one
//! field per period, `history.2026-03`, whose value is the number or `null`: a
//! changed month reads as one line, not as two copies of a year of values.
//! `pinned` is `false` when not set.

use std::collections::BTreeMap;

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

use crate::model::{HistoryPoint, Link, Node, Period, Tree};

/// The prefix of a history period's field name.
pub const HISTORY: &str = "history.";

/// The fields that identify an item rather than describe it.
const NODE_KEYS: [&str; 2] = ["id", "history"];
const LINK_KEYS: [&str; 3] = ["from", "to", "kind"];

/// Why a field could not be set.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum FieldError {
    #[error("{item}: there is no field {field:?}")]
    Unknown { item: String, field: String },
    #[error("{item}: {field} cannot be {value}: {reason}")]
    BadValue {
        item: String,
        field: String,
        value: String,
        reason: String,
    },
}

/// The fields of `node`, in the model's order, histories one period a field.
pub fn node_fields(node: &Node) -> BTreeMap<String, Value> {
    let mut fields = object_fields(node, &NODE_KEYS);
    for point in &node.history {
        fields.insert(history_field(point.period), number(point.value));
    }
    fields
}

/// The fields of `link` other than its kind, from and to.
pub fn link_fields(link: &Link) -> BTreeMap<String, Value> {
    object_fields(link, &LINK_KEYS)
}

/// The tree's own fields: name, description, period.
pub fn tree_fields(tree: &Tree) -> BTreeMap<String, Value> {
    BTreeMap::from([
        ("name".to_owned(), Value::from(tree.name.clone())),
        ("description".to_owned(), to_value(&tree.description)),
        ("period".to_owned(), Value::from(tree.period.as_str())),
    ])
}

/// `history.PERIOD`.
pub fn history_field(period: Period) -> String {
    format!("{HISTORY}{period}")
}

/// Sets `field` of `node` to `value` (`null` unsets it).
pub fn set_node_field(node: &mut Node, field: &str, value: &Value) -> Result<(), FieldError> {
    let item = format!("node {}", node.id);
    if let Some(period) = field.strip_prefix(HISTORY) {
        let bad = |reason: String| bad_value(&item, field, value, reason);
        let period = Period::parse(period).map_err(|error| bad(error.to_string()))?;
        node.history.retain(|point| point.period != period);
        if !value.is_null() {
            let value = value
                .as_f64()
                .ok_or_else(|| bad("a history value is a number".into()))?;
            node.history.push(HistoryPoint { period, value });
            node.history.sort_by_key(|point| point.period);
        }
        return Ok(());
    }
    if NODE_KEYS.contains(&field) {
        return Err(unknown(&item, field));
    }
    *node = with_field(node, &item, field, value)?;
    Ok(())
}

/// Sets `field` of `link` to `value` (`null` unsets it).
pub fn set_link_field(link: &mut Link, field: &str, value: &Value) -> Result<(), FieldError> {
    let item = format!("link {}", link.key());
    if LINK_KEYS.contains(&field) {
        return Err(unknown(&item, field));
    }
    *link = with_field(link, &item, field, value)?;
    Ok(())
}

/// Sets one of the tree's own fields.
pub fn set_tree_field(tree: &mut Tree, field: &str, value: &Value) -> Result<(), FieldError> {
    let bad = |reason: &str| bad_value("the tree", field, value, reason.to_owned());
    match field {
        "name" => {
            tree.name = value
                .as_str()
                .ok_or_else(|| bad("a name is text"))?
                .to_owned();
        }
        "description" => tree.description = from_value(value).map_err(|e| bad(&e))?,
        "period" => tree.period = from_value(value).map_err(|e| bad(&e))?,
        _ => return Err(unknown("the tree", field)),
    }
    Ok(())
}

/// A number as the model serialises it.
fn number(value: f64) -> Value {
    to_value(&value)
}

fn object_fields<T: Serialize>(item: &T, skip: &[&str]) -> BTreeMap<String, Value> {
    match to_value(item) {
        Value::Object(map) => map
            .into_iter()
            .filter(|(key, _)| !skip.contains(&key.as_str()))
            .collect(),
        _ => BTreeMap::new(),
    }
}

/// `item` with `field` replaced, through its serde form, so that every field rule
/// of the model's types (ids, colours, dates) holds for the new value.
fn with_field<T: Serialize + DeserializeOwned>(
    item: &T,
    label: &str,
    field: &str,
    value: &Value,
) -> Result<T, FieldError> {
    let Value::Object(mut map) = to_value(item) else {
        return Err(unknown(label, field));
    };
    match map.get_mut(field) {
        Some(slot) => *slot = value.clone(),
        None => return Err(unknown(label, field)),
    }
    from_value(&Value::Object(map)).map_err(|reason| bad_value(label, field, value, reason))
}

fn to_value<T: Serialize>(item: &T) -> Value {
    // The model's types serialise to JSON infallibly (string keys, finite numbers).
    integral(serde_json::to_value(item).unwrap_or(Value::Null))
}

/// Whole numbers written as the interchange writes them (`650`, not `650.0`), so
/// that a difference reads like the files it compares.
fn integral(value: Value) -> Value {
    const EXACT: f64 = 9_007_199_254_740_992.0; // 2^53
    match value {
        Value::Number(n) => match n.as_f64() {
            Some(f) if n.is_f64() && f.fract() == 0.0 && f.abs() <= EXACT => Value::from(f as i64),
            _ => Value::Number(n),
        },
        Value::Object(map) => {
            Value::Object(map.into_iter().map(|(k, v)| (k, integral(v))).collect())
        }
        Value::Array(items) => Value::Array(items.into_iter().map(integral).collect()),
        other => other,
    }
}

fn from_value<T: DeserializeOwned>(value: &Value) -> Result<T, String> {
    serde_json::from_value(value.clone()).map_err(|error| error.to_string())
}

fn unknown(item: &str, field: &str) -> FieldError {
    FieldError::Unknown {
        item: item.to_owned(),
        field: field.to_owned(),
    }
}

fn bad_value(item: &str, field: &str, value: &Value, reason: String) -> FieldError {
    FieldError::BadValue {
        item: item.to_owned(),
        field: field.to_owned(),
        value: value.to_string(),
        reason,
    }
}
