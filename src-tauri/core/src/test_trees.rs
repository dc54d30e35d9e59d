//! Trees for the unit tests, written the way a test reads: nodes by id and kind, or
//! as a spec (`arr=5`, `arr:customers * price`), `drives` links as `from>to`.
//!
//! One place for the builders that each module's tests used to copy. Everything
//! here panics on a bad id or spec: a test's own literal is wrong, not user data.
//! Nodes are named after their id; a tree keeps nodes and links in the order they
//! were given, which is the order every rule, layout and export follows.
//! (Integration tests in `tests/` cannot see this module: they share
//! `tests/common/mod.rs`.)
#![cfg(test)]

use crate::model::{Link, LinkKind, Node, NodeId, NodeKind, Tree};

/// The id `text`, which must be valid.
pub(crate) fn id(text: &str) -> NodeId {
    NodeId::new(text).unwrap_or_else(|e| panic!("{text:?} is not an id: {e}"))
}

/// The ids `texts`, in order.
pub(crate) fn ids(texts: &[&str]) -> Vec<NodeId> {
    texts.iter().map(|text| id(text)).collect()
}

/// A node of `kind` with id `name`, named `name`, every other field empty.
pub(crate) fn node(name: &str, kind: NodeKind) -> Node {
    Node::new(id(name), kind, name)
}

/// A business KPI from a spec: `id=value`, `id:formula`, or a bare `id` (no value,
/// no formula).
pub(crate) fn kpi(spec: &str) -> Node {
    let (name, value, formula) = if let Some((name, formula)) = spec.split_once(':') {
        (name, None, Some(formula.to_owned()))
    } else if let Some((name, value)) = spec.split_once('=') {
        let value = value
            .parse()
            .unwrap_or_else(|e| panic!("{spec:?}: the value is not a number: {e}"));
        (name, Some(value), None)
    } else {
        (spec, None, None)
    };
    let mut node = node(name, NodeKind::BusinessKpi);
    node.value = value;
    node.formula = formula;
    node
}

/// A link of `kind` from `from` to `to`, every other field empty.
pub(crate) fn link(kind: LinkKind, from: &str, to: &str) -> Link {
    Link::new(kind, id(from), id(to))
}

/// `from` drives `to`.
pub(crate) fn drives(from: &str, to: &str) -> Link {
    link(LinkKind::Drives, from, to)
}

/// A tree of business KPIs given as specs (see [`kpi`]) and `drives` links
/// `from>to`, named "t".
pub(crate) fn kpi_tree(specs: &[&str], drives: &[&str]) -> Tree {
    TreeBuilder::new("t").kpis(specs).drives(drives).build()
}

/// A tree built a piece at a time: `TreeBuilder::new("t").nodes(…).drives(…).build()`.
pub(crate) struct TreeBuilder {
    tree: Tree,
}

impl TreeBuilder {
    /// An empty tree named `name`.
    pub(crate) fn new(name: &str) -> Self {
        TreeBuilder {
            tree: Tree::new(name),
        }
    }

    /// Adds `node` as it is (for a node with fields set).
    pub(crate) fn node(mut self, node: Node) -> Self {
        self.tree.nodes.push(node);
        self
    }

    /// Adds a node of each `(id, kind)`.
    pub(crate) fn nodes(mut self, nodes: &[(&str, NodeKind)]) -> Self {
        for (name, kind) in nodes {
            self.tree.nodes.push(node(name, *kind));
        }
        self
    }

    /// Adds a business KPI of each spec (see [`kpi`]).
    pub(crate) fn kpis(mut self, specs: &[&str]) -> Self {
        self.tree.nodes.extend(specs.iter().map(|spec| kpi(spec)));
        self
    }

    /// Adds `link` as it is (for a link with fields set).
    pub(crate) fn link(mut self, link: Link) -> Self {
        self.tree.links.push(link);
        self
    }

    /// Adds a link of each `(from, to, kind)`.
    pub(crate) fn links(mut self, links: &[(&str, &str, LinkKind)]) -> Self {
        for (from, to, kind) in links {
            self.tree.links.push(link(*kind, from, to));
        }
        self
    }

    /// Adds a `drives` link of each `from>to`.
    pub(crate) fn drives(mut self, links: &[&str]) -> Self {
        for text in links {
            let (from, to) = text
                .split_once('>')
                .unwrap_or_else(|| panic!("{text:?} is not `from>to`"));
            self.tree.links.push(drives(from, to));
        }
        self
    }

    pub(crate) fn build(self) -> Tree {
        self.tree
    }
}
