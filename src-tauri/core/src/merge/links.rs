//! The links of a merged tree: united by (kind, from, to), their fields merged
//! like a node's, and a `drives` link that would close a cycle left out as a
//! conflict. Links are tried in priority order (the preferred source's first),
//! and kept in the order they first appear in the sources.

use std::collections::BTreeMap;

use serde_json::Value;

use super::resolve::{set_in, Resolver};
use super::Conflict;
use crate::compare::fields::{link_fields, set_link_field};
use crate::model::{Link, LinkKey, LinkKind, Tree};

/// Sets the links of `tree` (which holds the merged nodes) to `merged`, each
/// with the index of the source it comes from, leaving out a `drives` link that
/// would close a cycle (a conflict unless settled).
pub(super) fn add_links(
    tree: &mut Tree,
    merged: Vec<(LinkKey, usize, Link)>,
    resolver: &mut Resolver,
) {
    // Which drives links stay: tried in priority order against the kept ones.
    let mut order: Vec<usize> = (0..merged.len()).collect();
    let rank = |owner: usize| (Some(owner) != resolver.preferred(), owner);
    order.sort_by_key(|&i| rank(merged[i].1));
    let mut keep = vec![true; merged.len()];
    let mut probe = tree.clone();
    probe.links.clear();
    for i in order {
        let (key, owner, link) = &merged[i];
        if key.kind == LinkKind::Drives {
            if let Some(path) = crate::graph::drives_path(&probe, &key.to, &key.from) {
                let id = format!("cycle {key}");
                if resolver.chosen(&id).is_none() {
                    resolver.conflicts.push(Conflict::Cycle {
                        id,
                        link: key.clone(),
                        source: resolver.names[*owner].clone(),
                        path,
                    });
                }
                keep[i] = false;
                continue;
            }
        }
        probe.links.push(link.clone());
    }
    tree.links = merged
        .into_iter()
        .zip(keep)
        .filter_map(|((_, _, link), kept)| kept.then_some(link))
        .collect();
}

/// One link from the sources' versions of it, its fields merged.
pub(super) fn merge_link(
    key: &LinkKey,
    versions: &[(usize, Link)],
    resolver: &mut Resolver,
) -> Link {
    let mut out = versions[0].1.clone();
    let fields: Vec<(usize, BTreeMap<String, Value>)> = versions
        .iter()
        .map(|(source, link)| (*source, link_fields(link)))
        .collect();
    for name in link_fields(&out).keys() {
        let value = resolver.field(None, Some(key), name, &set_in(&fields, name));
        // Every value came from a link of the same model type: it fits.
        let _ = set_link_field(&mut out, name, &value);
    }
    out
}
