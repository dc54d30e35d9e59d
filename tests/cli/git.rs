//! `kpitree merge --base` as git's merge driver, with real git (SPEC 10): two
//! branches editing different fields of one interchange file merge cleanly; the
//! same field edited on both is a conflict git reports, the file left as ours.

use std::path::Path;
use std::process::Command;

use super::common::*;

fn git(repo: &Path, args: &[&str]) -> std::process::Output {
    Command::new("git")
        .args(args)
        .current_dir(repo)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("KPITREE_DB", repo.join("no-store.db"))
        .output()
        .expect("git runs")
}

fn ok(repo: &Path, args: &[&str]) {
    let output = git(repo, args);
    assert!(output.status.success(), "git {args:?}: {}", stderr(&output));
}

/// A repository holding `zira.kpitree.json` on branch main, with the driver set
/// up as the README says.
fn repo() -> tempfile::TempDir {
    let folder = tempfile::tempdir().expect("temp folder");
    let repo = folder.path();
    ok(repo, &["init", "-q", "-b", "main"]);
    ok(repo, &["config", "user.email", "test@example.com"]);
    ok(repo, &["config", "user.name", "Test"]);
    let driver = format!(
        "{} merge --base %O %A %B -o %A",
        env!("CARGO_BIN_EXE_kpitree")
    );
    ok(repo, &["config", "merge.kpitree.driver", &driver]);
    std::fs::write(
        repo.join(".gitattributes"),
        "*.kpitree.json merge=kpitree\n",
    )
    .expect("write");
    std::fs::copy(data("zira.json"), repo.join("zira.kpitree.json")).expect("copy");
    ok(repo, &["add", "."]);
    ok(repo, &["commit", "-q", "-m", "zira"]);
    folder
}

/// Commits the file with `from` replaced by `to` on the current branch.
fn edit(repo: &Path, from: &str, to: &str) {
    let file = repo.join("zira.kpitree.json");
    let text = std::fs::read_to_string(&file).expect("read");
    assert_eq!(text.matches(from).count(), 1, "{from}");
    std::fs::write(&file, text.replace(from, to)).expect("write");
    ok(repo, &["commit", "-q", "-am", to]);
}

const OWNER: &str = "\"owner\": \"Leadership\"";
const TARGET: &str = "\"target\": 1800000";

#[test]
fn git_merges_two_branches_that_edit_different_fields() {
    let folder = repo();
    let repo = folder.path();
    ok(repo, &["checkout", "-q", "-b", "squad"]);
    edit(repo, OWNER, "\"owner\": \"Growth squad\"");
    ok(repo, &["checkout", "-q", "main"]);
    edit(repo, TARGET, "\"target\": 2000000");
    let merge = git(repo, &["merge", "-q", "--no-edit", "squad"]);
    assert!(
        merge.status.success(),
        "{}{}",
        stdout(&merge),
        stderr(&merge)
    );
    let merged = std::fs::read_to_string(repo.join("zira.kpitree.json")).expect("read");
    assert!(merged.contains("\"owner\": \"Growth squad\""), "{merged}");
    assert!(merged.contains("\"target\": 2000000"), "{merged}");
    // Diff-friendly: the merge result differs from the base by those two lines.
    let base = std::fs::read_to_string(data("zira.json")).expect("read");
    let changed = base
        .lines()
        .zip(merged.lines())
        .filter(|(a, b)| a != b)
        .count();
    assert_eq!((changed, base.lines().count()), (2, merged.lines().count()));
}

#[test]
fn git_reports_a_conflict_when_both_branches_edit_one_field() {
    let folder = repo();
    let repo = folder.path();
    ok(repo, &["checkout", "-q", "-b", "squad"]);
    edit(repo, TARGET, "\"target\": 1900000");
    ok(repo, &["checkout", "-q", "main"]);
    edit(repo, TARGET, "\"target\": 2000000");
    let ours = std::fs::read_to_string(repo.join("zira.kpitree.json")).expect("read");
    let merge = git(repo, &["merge", "-q", "--no-edit", "squad"]);
    assert!(!merge.status.success());
    let said = format!("{}{}", stdout(&merge), stderr(&merge));
    assert!(said.contains("CONFLICT"), "{said}");
    assert!(said.contains("node arr, field target: 2000000"), "{said}");
    let after = std::fs::read_to_string(repo.join("zira.kpitree.json")).expect("read");
    assert_eq!(after, ours, "the driver leaves the file untouched");
}
