-- kpitree store, schema 2: a deleted tree first goes to the trash (`deleted_at` is
-- set), so that the editor can undo the deletion; the trash is emptied when the
-- editor next starts. Trees in the trash are invisible to every reading command.

ALTER TABLE trees ADD COLUMN deleted_at TEXT;
