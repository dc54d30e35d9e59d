//! Reading and writing interchange files: every kind of bad input
//! ([`refusals`]) and the byte-identical round trip ([`round_trip`]). The small
//! valid file each test breaks is here.

use serde_json::{json, Value};

use super::*;

mod history;
mod refusals;
mod round_trip;

/// A small valid file as a JSON value, to be broken by each test.
fn valid() -> Value {
    json!({
        "kpitree": 1,
        "name": "Zira growth",
        "nodes": [
            { "id": "arr", "kind": "north_star", "name": "ARR", "formula": "net_new * price" },
            { "id": "net_new", "kind": "business_kpi", "name": "Net new", "value": 120 },
            { "id": "price", "kind": "business_kpi", "name": "Price", "value": 96 },
            { "id": "fast_ux", "kind": "initiative", "name": "Fast UX" }
        ],
        "links": [
            { "from": "net_new", "to": "arr", "kind": "drives" },
            { "from": "price", "to": "arr", "kind": "drives" },
            { "from": "fast_ux", "to": "net_new", "kind": "impacts", "strength": "strong" }
        ]
    })
}

/// The messages of reading `file` as `f.json`; the file must be refused.
fn refused(file: &Value) -> Vec<String> {
    read(&file.to_string(), "f.json").unwrap_err().messages()
}

/// The only message of refusing `file`.
fn one(file: &Value) -> String {
    let messages = refused(file);
    assert_eq!(messages.len(), 1, "{messages:#?}");
    messages[0].clone()
}

fn with(edit: impl FnOnce(&mut Value)) -> Value {
    let mut file = valid();
    edit(&mut file);
    file
}
