//! Sharing from the window (SPEC 11): the header's Export writes the open tree as a
//! self-contained HTML page and as a PDF through the same save dialog as SVG and
//! PNG (answered by `KPITREE_DIALOG_ANSWER`, as a test cannot click a native
//! dialog). What the page and the PDF hold is tested in tests/html and tests/cli.

use crate::harness::App;

/// Starts the window on `store`, its save dialog answering `file`; exports the
/// open tree as `format` from the header's menu and waits for the notice.
async fn export_through_the_dialog(store: &std::path::Path, file: &std::path::Path, format: &str) {
    let answer = file.display().to_string();
    let app = App::start_with_env(store, &[("KPITREE_DIALOG_ANSWER", &answer)]).await;
    app.wait_until_shown("node-arr").await;
    app.click("action-export").await;
    app.click(&format!("action-export-{format}")).await;
    app.wait_for_text("notice", "Exported").await;
    app.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_open_tree_is_exported_as_a_page_and_a_pdf_through_the_dialog() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let store = folder.path().join("share.db");

    let page = folder.path().join("sample.html");
    export_through_the_dialog(&store, &page, "html").await;
    let html = std::fs::read_to_string(&page).expect("the page was written");
    assert!(
        html.starts_with("<!DOCTYPE html>"),
        "{}",
        &html[..80.min(html.len())]
    );
    assert!(
        html.contains("Content-Security-Policy"),
        "a CSP in the page"
    );
    assert!(
        html.contains("Annual recurring revenue"),
        "the cards' text is text"
    );
    assert!(
        !html.contains("src=\"http") && !html.contains("href=\"http"),
        "nothing to fetch"
    );

    let pdf = folder.path().join("sample.pdf");
    export_through_the_dialog(&store, &pdf, "pdf").await;
    let bytes = std::fs::read(&pdf).expect("the PDF was written");
    assert!(bytes.starts_with(b"%PDF-"), "a PDF file");
    assert!(
        bytes.len() > 10_000,
        "a page with its fonts: {} bytes",
        bytes.len()
    );
}
