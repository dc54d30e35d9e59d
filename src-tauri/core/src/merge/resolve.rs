//! Settling conflicts as the user chose: one by one (`Choices::settle`), else for
//! the preferred source, else not at all (the conflict is recorded and the first
//! source's value stands in).

use std::collections::BTreeMap;

use serde_json::Value;

use super::conflict::{place, SourceValue};
use super::{Choices, Conflict, MergeError, Source};
use crate::model::{LinkKey, NodeId};

/// The sources that set field `name` (a value that is not null), with their
/// values: what [`Resolver::field`] settles, for a node's or a link's fields.
pub(super) fn set_in(
    fields: &[(usize, BTreeMap<String, Value>)],
    name: &str,
) -> Vec<(usize, Value)> {
    fields
        .iter()
        .filter_map(|(source, map)| {
            let value = map.get(name)?;
            (!value.is_null()).then(|| (*source, value.clone()))
        })
        .collect()
}

pub(super) struct Resolver<'a> {
    pub names: Vec<String>,
    choices: &'a Choices,
    prefer: Option<usize>,
    pub conflicts: Vec<Conflict>,
}

impl<'a> Resolver<'a> {
    pub fn new(sources: &[&Source], choices: &'a Choices) -> Result<Self, MergeError> {
        let names: Vec<String> = sources.iter().map(|s| s.name.clone()).collect();
        let prefer = match &choices.prefer {
            None => None,
            Some(name) => Some(
                names
                    .iter()
                    .position(|n| n == name)
                    .ok_or_else(|| MergeError::UnknownSource(name.clone(), names.join(", ")))?,
            ),
        };
        Ok(Resolver {
            names,
            choices,
            prefer,
            conflicts: Vec::new(),
        })
    }

    /// The index of the preferred source, if any.
    pub fn preferred(&self) -> Option<usize> {
        self.prefer
    }

    /// The source chosen for conflict `id`, or `None` when it is left open.
    pub fn chosen(&self, id: &str) -> Option<usize> {
        let settled = self.choices.settle.get(id);
        settled
            .and_then(|name| self.names.iter().position(|n| n == name))
            .or(self.prefer)
    }

    /// The one value of a field given the values of the sources that set it,
    /// `(source index, value)` in source order; differing values are a conflict.
    pub fn field(
        &mut self,
        node: Option<&NodeId>,
        link: Option<&LinkKey>,
        field: &str,
        values: &[(usize, Value)],
    ) -> Value {
        let Some((_, first)) = values.first() else {
            return Value::Null;
        };
        if values.iter().all(|(_, value)| value == first) {
            return first.clone();
        }
        let id = format!("{}: {field}", place(node, link));
        match self.chosen(&id) {
            Some(source) => values
                .iter()
                .find(|(index, _)| *index == source)
                .map_or(first, |(_, value)| value)
                .clone(),
            None => {
                self.conflicts.push(Conflict::Field {
                    id,
                    node: node.cloned(),
                    link: link.cloned(),
                    field: field.to_owned(),
                    values: values
                        .iter()
                        .map(|(index, value)| SourceValue {
                            source: self.names[*index].clone(),
                            value: value.clone(),
                        })
                        .collect(),
                });
                first.clone()
            }
        }
    }
}
