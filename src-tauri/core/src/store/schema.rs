//! The store's schema as numbered SQL migrations (rusqlite_migration keeps the
//! number in `PRAGMA user_version`). Migrations are only ever appended: a released
//! one is never edited, so every store reaches the same schema by the same steps.

use rusqlite_migration::{Migrations, M};

const STEPS: &[M<'static>] = &[
    M::up(include_str!("migrations/0001_initial.sql")),
    M::up(include_str!("migrations/0002_trash.sql")),
];

/// The migrations, in order; version N is the store after the first N.
pub(super) const MIGRATIONS: Migrations<'static> = Migrations::from_slice(STEPS);

/// The newest schema this build knows; a store with a higher `user_version` was
/// written by a newer kpitree and is refused.
pub const SCHEMA_VERSION: i64 = STEPS.len() as i64;

/// `PRAGMA application_id` of a kpitree store ('KPIT'), set by the first migration.
pub(super) const APPLICATION_ID: i64 = 0x4B50_4954;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_valid() {
        MIGRATIONS.validate().unwrap();
    }

    #[test]
    fn the_sql_sets_the_application_id() {
        let sql = include_str!("migrations/0001_initial.sql");
        assert!(sql.contains(&format!("application_id = {APPLICATION_ID};")));
    }
}
