//! Who reaches whom along `drives` and `impacts` links, the two kinds that say "this
//! moves that". Built once per analysis; every walk is breadth-first over a visited
//! set, so cycles and dangling links (which `validate` reports) cannot hang it.

use std::collections::{HashMap, HashSet, VecDeque};

use crate::model::{Link, LinkKind, NodeId, NodeKind, Tree};

pub(super) struct Reach<'t> {
    /// Each id's kind; with a duplicate id, the first node's.
    kinds: HashMap<&'t NodeId, NodeKind>,
    /// `from → to` of every `drives` and `impacts` link between two nodes.
    up: HashMap<&'t NodeId, Vec<&'t NodeId>>,
    /// The same links, `to → from`.
    down: HashMap<&'t NodeId, Vec<&'t NodeId>>,
}

impl<'t> Reach<'t> {
    pub fn new(tree: &'t Tree) -> Reach<'t> {
        let mut kinds = HashMap::new();
        for node in &tree.nodes {
            kinds.entry(&node.id).or_insert(node.kind);
        }
        let mut reach = Reach {
            kinds,
            up: HashMap::new(),
            down: HashMap::new(),
        };
        for link in &tree.links {
            let moves = matches!(link.kind, LinkKind::Drives | LinkKind::Impacts);
            let ends_exist = reach.kind(&link.from).is_some() && reach.kind(&link.to).is_some();
            if moves && ends_exist && link.from != link.to {
                reach.up.entry(&link.from).or_default().push(&link.to);
                reach.down.entry(&link.to).or_default().push(&link.from);
            }
        }
        reach
    }

    pub fn kind(&self, id: &NodeId) -> Option<NodeKind> {
        self.kinds.get(id).copied()
    }

    /// The nodes some node of kind `kinds` moves, through one link or more.
    pub fn moved_by(&self, kinds: &[NodeKind]) -> HashSet<&'t NodeId> {
        walk(&self.up, self.of_kind(kinds))
    }

    /// The nodes that move some node of kind `kinds`, through one link or more.
    pub fn moving(&self, kinds: &[NodeKind]) -> HashSet<&'t NodeId> {
        walk(&self.down, self.of_kind(kinds))
    }

    /// The links of `kind` between two distinct nodes of the tree, in tree order
    /// (dangling and self links are errors that `validate` reports; they align
    /// nothing).
    pub fn links<'r>(
        &'r self,
        tree: &'t Tree,
        kind: LinkKind,
    ) -> impl Iterator<Item = &'t Link> + 'r
    where
        't: 'r,
    {
        tree.links.iter().filter(move |link| {
            link.kind == kind
                && link.from != link.to
                && self.kind(&link.from).is_some()
                && self.kind(&link.to).is_some()
        })
    }

    fn of_kind(&self, kinds: &[NodeKind]) -> Vec<&'t NodeId> {
        self.kinds
            .iter()
            .filter(|(_, kind)| kinds.contains(kind))
            .map(|(&id, _)| id)
            .collect()
    }
}

/// Every node reached from `starts` by one edge or more (a start is in the result
/// only when another start, or itself through a cycle, leads to it).
fn walk<'t>(
    edges: &HashMap<&'t NodeId, Vec<&'t NodeId>>,
    starts: Vec<&'t NodeId>,
) -> HashSet<&'t NodeId> {
    let mut seen = HashSet::new();
    let mut queue: VecDeque<&NodeId> = starts.into();
    while let Some(id) = queue.pop_front() {
        for &next in edges.get(id).into_iter().flatten() {
            if seen.insert(next) {
                queue.push_back(next);
            }
        }
    }
    seen
}
