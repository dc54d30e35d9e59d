//! The store's schema as numbered SQL migrations; `PRAGMA user_version` holds how
//! many have run. Migrations are only ever appended: a released one is never
//! edited, so every store reaches the same schema by the same steps. `migrate`
//! runs them.

/// The migrations, in order; version N is the store after the first N.
pub(super) const STEPS: &[&str] = &[
    include_str!("migrations/0001_initial.sql"),
    include_str!("migrations/0002_trash.sql"),
    include_str!("migrations/0003_history.sql"),
    include_str!("migrations/0004_snapshots.sql"),
];

/// The newest schema this build knows; a store with a higher `user_version` was
/// written by a newer kpitree and is refused.
pub const SCHEMA_VERSION: i64 = STEPS.len() as i64;

/// `PRAGMA application_id` of a kpitree store ('KPIT'), set by the first migration.
pub(super) const APPLICATION_ID: i64 = 0x4B50_4954;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_run_one_after_the_other_on_an_empty_database() {
        let conn = rusqlite::Connection::open_in_memory().unwrap();
        for step in STEPS {
            conn.execute_batch(step).unwrap();
        }
    }

    #[test]
    fn the_sql_sets_the_application_id() {
        let sql = STEPS[0];
        assert!(sql.contains(&format!("application_id = {APPLICATION_ID};")));
    }
}
