//! The window opens on a new store, seeds the sample tree and draws it.

use crate::harness::App;

/// Every node and a few links of the sample tree appear on the canvas, and the
/// tree list shows the sample tree.
#[tokio::test(flavor = "multi_thread")]
async fn first_start_shows_the_sample_tree_on_the_canvas() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let store = folder.path().join("first-start.db");
    let app = App::start(&store).await;

    app.wait_for_test_id("canvas").await;
    for id in [
        "arr",
        "paying_customers",
        "churned_customers",
        "csat",
        "sso",
        "average_discount",
    ] {
        app.wait_until_shown(&format!("node-{id}")).await;
    }
    // textContent, not WebDriver's rendered text: WebKitWebDriver's visibility
    // atom drops line-clamped (-webkit-box) text that is plainly on screen.
    let name = app.text_of("node-arr").await;
    assert!(
        name.contains("Annual recurring revenue"),
        "north star shows {name:?}"
    );
    for link in [
        "link-drives-paying_customers-arr",
        "link-impacts-fast_mobile-churned_customers",
        "link-guards-average_discount-acquired_customers",
    ] {
        app.wait_for_test_id(link).await;
    }
    let list = app
        .client
        .find_all(fantoccini::Locator::Css("[data-testid^=\"tree-item-\"]"))
        .await
        .expect("tree list");
    assert_eq!(list.len(), 1, "a first start holds the sample tree only");
    app.screenshot("first-start").await;
    app.close().await;
    assert!(store.exists(), "the store file was created");
}

/// A file that is not a kpitree store is refused: the window says why, and the file
/// is left byte for byte as it was.
#[tokio::test(flavor = "multi_thread")]
async fn a_foreign_file_is_refused_in_the_window_and_left_untouched() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let store = folder.path().join("notes.db");
    let content = "my meeting notes, not a database\n";
    std::fs::write(&store, content).expect("write the file");
    let app = App::start(&store).await;

    let banner = app.wait_until_shown("error-banner").await;
    let message = banner
        .prop("textContent")
        .await
        .expect("text")
        .unwrap_or_default();
    assert!(
        message.contains("not a kpitree store"),
        "banner says {message:?}"
    );
    assert!(
        message.contains("notes.db"),
        "banner does not name the file: {message:?}"
    );
    app.screenshot("foreign-store").await;
    app.close().await;
    assert_eq!(std::fs::read_to_string(&store).expect("read"), content);
}

/// A store on a read-only file system opens read-only: its tree shows, a banner says
/// the store is read-only, and a change is refused with a message naming the file.
/// Needs a tmpfs (root on Linux, as in CI); elsewhere the test says it did not run.
#[tokio::test(flavor = "multi_thread")]
async fn a_read_only_store_shows_its_tree_with_a_banner_and_refuses_changes() {
    use std::process::{Command, Stdio};

    let folder = tempfile::tempdir().expect("a temporary folder");
    let mounted = Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=8m", "tmpfs"])
        .arg(folder.path())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|status| status.success());
    if !mounted {
        eprintln!("note: cannot mount a tmpfs here; the read-only window was not tried");
        return;
    }
    struct Unmount<'a>(&'a std::path::Path);
    impl Drop for Unmount<'_> {
        fn drop(&mut self) {
            let _ = Command::new("umount").arg("-l").arg(self.0).status();
        }
    }
    let _unmount = Unmount(folder.path());
    let store = folder.path().join("read-only.db");
    crate::harness::store_with_laid_out_tree(&store, "Zira", 6);
    let remounted = Command::new("mount")
        .args(["-o", "remount,ro"])
        .arg(folder.path())
        .status()
        .is_ok_and(|status| status.success());
    assert!(remounted, "the tmpfs remounts read-only");

    let app = App::start(&store).await;
    app.wait_until_shown("node-n3").await;
    app.wait_for_text("read-only-banner", "Read-only store")
        .await;
    crate::editor::click_node(&app, "n3").await;
    crate::editor::set_field(&app, "name", "Changed").await;
    let banner = app.wait_for_text("error-banner", "read-only").await;
    assert!(banner.contains("read-only.db"), "{banner}");
    app.screenshot("read-only-store").await;
    assert!(!app.text_of("node-n3").await.contains("Changed"));
    // The window's memory is kept for the session: a branch still collapses.
    crate::editor::click_node(&app, "n1").await;
    app.click("fold-n1").await;
    app.wait_for_text("fold-n1", "+1").await;
    assert!(
        !app.exists("node-n5").await,
        "the collapsed branch is hidden"
    );
}
