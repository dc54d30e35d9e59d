//! Where the store lives when the user does not say: `$KPITREE_DB` if set, else
//! `kpitree/kpitree.db` in the per-user data folder (`~/.local/share` on Linux,
//! `~/Library/Application Support` on macOS, `%APPDATA%` on Windows).

use std::path::PathBuf;

use super::StoreError;

/// The environment variable that overrides the default store path.
pub const DB_ENV_VAR: &str = "KPITREE_DB";

pub fn default_store_path() -> Result<PathBuf, StoreError> {
    let from_env = std::env::var_os(DB_ENV_VAR).filter(|value| !value.is_empty());
    if let Some(path) = from_env {
        return Ok(PathBuf::from(path));
    }
    let data = dirs::data_dir().ok_or(StoreError::NoDataDir)?;
    Ok(data.join("kpitree").join("kpitree.db"))
}
