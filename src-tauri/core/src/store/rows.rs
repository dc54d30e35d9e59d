//! Nodes and links to and from table rows. Writing borrows the model's fields;
//! reading goes through the model's checked constructors, so a row edited behind
//! kpitree's back (a bad id, kind or colour) is reported, never trusted.

use rusqlite::{Row, ToSql};

use crate::model::{
    Color, Direction, Indicator, Link, LinkKind, Node, NodeId, NodeKind, Position, Strength,
    TargetDate, ValueError,
};

/// The node columns, in the order of [`NodeRow::params`] and [`read_node`].
pub(super) const NODE_COLUMNS: &str = "id, kind, name, description, unit, value, target, \
     target_date, direction, indicator, owner, formula, color, x, y, pinned";

/// How many columns [`NODE_COLUMNS`] names.
pub(super) const NODE_COLUMN_COUNT: usize = 16;

/// The link columns, in the order of [`LinkRow::params`] and [`read_link`].
pub(super) const LINK_COLUMNS: &str = "kind, from_id, to_id, color, strength, note";

/// How many columns [`LINK_COLUMNS`] names.
pub(super) const LINK_COLUMN_COUNT: usize = 6;

/// A node's column values, borrowed from the node.
pub(super) struct NodeRow<'n> {
    node: &'n Node,
    target_date: Option<&'n str>,
    direction: Option<&'static str>,
    indicator: Option<&'static str>,
    color: Option<&'n str>,
    x: Option<f64>,
    y: Option<f64>,
}

impl<'n> NodeRow<'n> {
    pub(super) fn new(node: &'n Node) -> Self {
        NodeRow {
            node,
            target_date: node.target_date.as_ref().map(TargetDate::as_str),
            direction: node.direction.map(Direction::as_str),
            indicator: node.indicator.map(Indicator::as_str),
            color: node.color.as_ref().map(Color::as_str),
            x: node.position.map(|p| p.x),
            y: node.position.map(|p| p.y),
        }
    }

    pub(super) fn params(&self) -> [&dyn ToSql; NODE_COLUMN_COUNT] {
        let n = self.node;
        [
            &n.id,
            &n.kind,
            &n.name,
            &n.description,
            &n.unit,
            &n.value,
            &n.target,
            &self.target_date,
            &self.direction,
            &self.indicator,
            &n.owner,
            &n.formula,
            &self.color,
            &self.x,
            &self.y,
            &n.pinned,
        ]
    }
}

/// A link's column values, borrowed from the link.
pub(super) struct LinkRow<'l> {
    link: &'l Link,
    color: Option<&'l str>,
    strength: Option<&'static str>,
}

impl<'l> LinkRow<'l> {
    pub(super) fn new(link: &'l Link) -> Self {
        LinkRow {
            link,
            color: link.color.as_ref().map(Color::as_str),
            strength: link.strength.map(Strength::as_str),
        }
    }

    pub(super) fn params(&self) -> [&dyn ToSql; LINK_COLUMN_COUNT] {
        let l = self.link;
        [
            &l.kind,
            &l.from,
            &l.to,
            &self.color,
            &self.strength,
            &l.note,
        ]
    }
}

impl ToSql for NodeId {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        self.as_str().to_sql()
    }
}

impl ToSql for NodeKind {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        self.as_str().to_sql()
    }
}

impl ToSql for LinkKind {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        self.as_str().to_sql()
    }
}

/// A row as read, before the model's checks: `Ok(Err(reason))` is a bad value.
pub(super) type Checked<T> = rusqlite::Result<Result<T, String>>;

/// Reads the columns of [`NODE_COLUMNS`].
pub(super) fn read_node(row: &Row) -> Checked<Node> {
    let id: String = row.get(0)?;
    let kind: String = row.get(1)?;
    let text = |i: usize| row.get::<_, Option<String>>(i);
    let (date, direction, indicator, color) = (text(7)?, text(8)?, text(9)?, text(12)?);
    let position = match (
        row.get::<_, Option<f64>>(13)?,
        row.get::<_, Option<f64>>(14)?,
    ) {
        (Some(x), Some(y)) => Some(Position { x, y }),
        _ => None,
    };
    let mut node = match (NodeId::new(&id), parse_kind(NodeKind::parse, &kind)) {
        (Ok(node_id), Ok(kind)) => Node::new(node_id, kind, row.get::<_, String>(2)?),
        (Err(error), _) => return Ok(Err(error.to_string())),
        (_, Err(reason)) => return Ok(Err(format!("node \"{id}\": {reason}"))),
    };
    node.description = text(3)?;
    node.unit = text(4)?;
    node.value = row.get(5)?;
    node.target = row.get(6)?;
    node.owner = text(10)?;
    node.formula = text(11)?;
    node.position = position;
    node.pinned = row.get(15)?;
    Ok(fill_node(node, date, direction, indicator, color))
}

/// The optional vocabulary and value fields, checked.
fn fill_node(
    mut node: Node,
    date: Option<String>,
    direction: Option<String>,
    indicator: Option<String>,
    color: Option<String>,
) -> Result<Node, String> {
    let context = |reason: String| format!("node \"{}\": {reason}", node.id);
    node.target_date = optional(date, TargetDate::new).map_err(context)?;
    node.direction = optional(direction, |t| parse_kind(Direction::parse, t)).map_err(context)?;
    node.indicator = optional(indicator, |t| parse_kind(Indicator::parse, t)).map_err(context)?;
    node.color = optional(color, Color::new).map_err(context)?;
    Ok(node)
}

/// Reads the columns of [`LINK_COLUMNS`].
pub(super) fn read_link(row: &Row) -> Checked<Link> {
    let kind: String = row.get(0)?;
    let (from, to): (String, String) = (row.get(1)?, row.get(2)?);
    let color: Option<String> = row.get(3)?;
    let strength: Option<String> = row.get(4)?;
    let note: Option<String> = row.get(5)?;
    let link = || -> Result<Link, String> {
        let kind = parse_kind(LinkKind::parse, &kind)?;
        let mut link = Link::new(
            kind,
            checked(NodeId::new(&from))?,
            checked(NodeId::new(&to))?,
        );
        link.color = optional(color, Color::new)?;
        link.strength = optional(strength, |t| parse_kind(Strength::parse, t))?;
        link.note = note;
        Ok(link)
    };
    Ok(link().map_err(|reason| format!("link {kind}-{from}-{to}: {reason}")))
}

fn parse_kind<T>(parse: fn(&str) -> Option<T>, text: &str) -> Result<T, String> {
    parse(text).ok_or_else(|| format!("\"{text}\" is not a known value"))
}

fn checked<T>(result: Result<T, ValueError>) -> Result<T, String> {
    result.map_err(|error| error.to_string())
}

fn optional<T, E: ToString>(
    text: Option<String>,
    parse: impl Fn(&str) -> Result<T, E>,
) -> Result<Option<T>, String> {
    text.map(|text| parse(&text).map_err(|error| error.to_string()))
        .transpose()
}
