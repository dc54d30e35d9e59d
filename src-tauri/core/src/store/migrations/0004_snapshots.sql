-- kpitree store, schema 4: snapshots (SPEC 10). A snapshot is a named, dated,
-- read-only copy of a tree: the tree as an interchange file (structure, values,
-- history), written once and never updated. It goes with its tree (ON DELETE
-- CASCADE); a tree in the trash hides its snapshots. Names are unique per tree.

CREATE TABLE snapshots (
    id INTEGER PRIMARY KEY,
    tree_id INTEGER NOT NULL REFERENCES trees (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    taken_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    body TEXT NOT NULL,
    UNIQUE (tree_id, name)
) STRICT;
