-- kpitree store, schema 1: trees, their nodes and links in the user's order, and
-- a small key/value table of application state.
-- `ord` is the position of a node (link) in its tree's node (link) list, 0..n-1.

PRAGMA application_id = 1263552852; -- 'KPIT': marks the file as a kpitree store

CREATE TABLE trees (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    description TEXT,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;

CREATE TABLE nodes (
    tree_id INTEGER NOT NULL REFERENCES trees (id) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('north_star', 'business_kpi', 'product_metric',
                                       'strategic_intent', 'initiative', 'health_metric')),
    name TEXT NOT NULL,
    description TEXT,
    unit TEXT,
    value REAL,
    target REAL,
    target_date TEXT,
    direction TEXT CHECK (direction IN ('up', 'down')),
    indicator TEXT CHECK (indicator IN ('leading', 'lagging')),
    owner TEXT,
    formula TEXT,
    color TEXT,
    x REAL,
    y REAL,
    pinned INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1)),
    PRIMARY KEY (tree_id, id),
    CHECK ((x IS NULL) = (y IS NULL))
) STRICT;

CREATE INDEX nodes_in_order ON nodes (tree_id, ord);

CREATE TABLE links (
    tree_id INTEGER NOT NULL REFERENCES trees (id) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('drives', 'impacts', 'guards')),
    from_id TEXT NOT NULL,
    to_id TEXT NOT NULL,
    color TEXT,
    strength TEXT CHECK (strength IN ('strong', 'medium', 'weak')),
    note TEXT,
    PRIMARY KEY (tree_id, kind, from_id, to_id),
    FOREIGN KEY (tree_id, from_id) REFERENCES nodes (tree_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tree_id, to_id) REFERENCES nodes (tree_id, id) ON DELETE CASCADE,
    CHECK (from_id <> to_id)
) STRICT;

CREATE INDEX links_in_order ON links (tree_id, ord);
-- The foreign keys' child columns, so deleting a node does not scan every link.
CREATE INDEX links_from ON links (tree_id, from_id);
CREATE INDEX links_to ON links (tree_id, to_id);

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;
