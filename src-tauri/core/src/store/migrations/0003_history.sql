-- kpitree store, schema 3: values over time (SPEC 8). A tree counts time in
-- months, quarters or ISO weeks; each node holds at most one value per period.
-- A node's history goes with the node (ON DELETE CASCADE), and so with its tree.
-- The primary key leads with the tree, so loading a tree's history reads one
-- range of it; WITHOUT ROWID keeps each row inside that key's b-tree.

ALTER TABLE trees ADD COLUMN period TEXT NOT NULL DEFAULT 'month'
    CHECK (period IN ('month', 'quarter', 'week'));

CREATE TABLE history (
    tree_id INTEGER NOT NULL,
    node_id TEXT NOT NULL,
    period TEXT NOT NULL,
    value REAL NOT NULL,
    PRIMARY KEY (tree_id, node_id, period),
    FOREIGN KEY (tree_id, node_id) REFERENCES nodes (tree_id, id) ON DELETE CASCADE
) STRICT, WITHOUT ROWID;
