//! Writing an export to a file whole or not at all.

use std::path::Path;

/// Writes `bytes` to `path` through a temporary file renamed into place, so that a
/// failed write never leaves half a file where a good one was.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let file_name = path.file_name().unwrap_or_default().to_string_lossy();
    let partial = path.with_file_name(format!(".{file_name}.partial"));
    std::fs::write(&partial, bytes)
        .and_then(|()| std::fs::rename(&partial, path))
        .inspect_err(|_| {
            let _ = std::fs::remove_file(&partial);
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_is_replaced_whole_and_no_partial_file_stays() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("tree.svg");
        std::fs::write(&path, "old").unwrap();
        write_atomically(&path, b"new").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
        let missing = dir.path().join("no-such-folder").join("tree.svg");
        assert!(write_atomically(&missing, b"x").is_err());
    }
}
