//! `kpitree export --format html|pdf` (SPEC 11): a self-contained page, and a
//! vector PDF whose text is read back (its pages and their text), one page or one
//! per present step; the flags that only a PDF takes; a failed export writes
//! nothing.

use super::common::*;

/// Each page's text as pdf-extract reads it. It reads svg2pdf's glyph-by-glyph
/// text letter-spaced (`A n n u a l   r e c u r r i n g`), so single spaces are
/// dropped and runs of them made one.
fn pdf_pages(pdf: &[u8]) -> Vec<String> {
    let pages = pdf_extract::extract_text_from_mem_by_pages(pdf).expect("a readable PDF");
    pages
        .iter()
        .map(|page| {
            let lines: Vec<String> = page
                .lines()
                .map(|line| {
                    let words: Vec<String> = line
                        .split("  ")
                        .map(|word| word.replace(' ', ""))
                        .filter(|word| !word.is_empty())
                        .collect();
                    words.join(" ")
                })
                .filter(|line| !line.is_empty())
                .collect();
            lines.join("\n")
        })
        .collect()
}

/// The page size of each page (its MediaBox), in points.
fn page_sizes(pdf: &[u8]) -> Vec<(f64, f64)> {
    let text = String::from_utf8_lossy(pdf);
    text.match_indices("/MediaBox [")
        .map(|(i, found)| {
            let rest = &text[i + found.len()..];
            let numbers: Vec<f64> = rest[..rest.find(']').expect("a closed box")]
                .split_whitespace()
                .map(|n| n.parse().expect("a number"))
                .collect();
            (numbers[2] - numbers[0], numbers[3] - numbers[1])
        })
        .collect()
}

#[test]
fn export_html_writes_one_self_contained_page() {
    let (folder, db) = store_with("zira_history.json");
    let out = folder.path().join("zira.html");
    let output = export(
        &db,
        "Zira growth",
        "html",
        out.to_str().expect("path"),
        &["--period", "latest", "--theme", "dark"],
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let html = std::fs::read_to_string(&out).expect("the page");
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<html lang=\"en\" data-theme=\"dark\">"));
    assert!(html.contains("http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'"));
    assert!(html.contains("id=\"node-arr\""), "the drawing is inline");
    assert!(html.contains("class=\"period\">May 2026 vs Apr 2026</text>"));
    assert!(html.contains("<script type=\"application/json\" id=\"kpitree-data\">"));
    assert!(!html.contains("src=") && !html.contains("<link"));
    // The same bytes to standard output.
    let piped = export(
        &db,
        "Zira growth",
        "html",
        "-",
        &["--period", "latest", "--theme", "dark"],
    );
    assert_eq!(piped.stdout, html.as_bytes());
}

#[test]
fn export_pdf_one_page_or_one_per_step_with_its_text() {
    let (folder, db) = store_with_zira();
    let one = folder.path().join("zira.pdf");
    let output = export(&db, "Zira growth", "pdf", one.to_str().expect("path"), &[]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let pdf = std::fs::read(&one).expect("the pdf");
    assert!(pdf.starts_with(b"%PDF-"));
    let pages = pdf_pages(&pdf);
    assert_eq!(pages.len(), 1);
    for text in [
        "Zira growth",
        "Annual recurring revenue",
        "Paying customers",
        "SSO integration",
    ] {
        assert!(pages[0].contains(text), "{text} in {}", pages[0]);
    }
    let fit = page_sizes(&pdf);
    assert_eq!(fit.len(), 1);

    // One page per level, then the overview; each level shows what it reveals.
    let steps = folder.path().join("steps.pdf");
    let output = export(
        &db,
        "Zira growth",
        "pdf",
        steps.to_str().expect("path"),
        &["--steps", "--page", "a4"],
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let pdf = std::fs::read(&steps).expect("the pdf");
    let pages = pdf_pages(&pdf);
    let levels = {
        let json = stdout(&export(&db, "Zira growth", "json", "-", &[]));
        let tree = kpitree_core::interchange::read(&json, "zira").expect("the tree");
        kpitree_core::graph::PresentSteps::new(&tree).level_count() as usize
    };
    assert_eq!(pages.len(), levels + 1);
    assert!(pages[0].contains("Annual recurring revenue"));
    assert!(!pages[0].contains("Paying customers"), "{}", pages[0]);
    assert!(pages[1].contains("Paying customers"));
    assert!(!pages[0].contains("SSO integration") && pages[levels].contains("SSO integration"));
    assert_eq!(
        pages[levels],
        pdf_pages(&std::fs::read(&one).expect("pdf"))[0]
    );
    let a4 = page_sizes(&pdf);
    assert_eq!(a4.len(), levels + 1);
    let (w, h) = a4[0];
    let landscape = fit[0].0 > fit[0].1;
    let (short, long) = if w < h { (w, h) } else { (h, w) };
    assert!(
        (short - 595.28).abs() < 0.01 && (long - 841.89).abs() < 0.01,
        "{w} × {h}"
    );
    assert_eq!(
        w > h,
        landscape,
        "landscape exactly when the drawing is wider"
    );

    let letter = export(&db, "Zira growth", "pdf", "-", &["--page", "letter"]);
    assert_eq!(letter.status.code(), Some(0), "{}", stderr(&letter));
    let (w, h) = page_sizes(&letter.stdout)[0];
    assert_eq!((w.min(h), w.max(h)), (612.0, 792.0));
}

#[test]
fn page_and_steps_are_for_pdf_only_and_a_bad_page_is_a_usage_error() {
    let (folder, db) = store_with_zira();
    let out = folder.path().join("zira.html");
    let path = out.to_str().expect("path");
    for extra in [&["--steps"][..], &["--page", "a4"][..]] {
        let output = export(&db, "Zira growth", "html", path, extra);
        assert_eq!(output.status.code(), Some(2), "{extra:?}");
        assert!(
            stderr(&output).contains("--format pdf only"),
            "{}",
            stderr(&output)
        );
    }
    let bad = export(&db, "Zira growth", "pdf", path, &["--page", "a3"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("a3"), "{}", stderr(&bad));
    let unknown = export(&db, "No such tree", "pdf", path, &[]);
    assert_eq!(unknown.status.code(), Some(1));
    assert!(!out.exists(), "a failed export writes nothing");
    for entry in std::fs::read_dir(folder.path()).expect("folder") {
        let name = entry.expect("an entry").file_name();
        let name = name.to_string_lossy();
        assert!(name.starts_with("store.db"), "{name} left behind");
    }
}
