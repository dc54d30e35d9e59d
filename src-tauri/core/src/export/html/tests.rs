use super::*;
use crate::alignment::{CodeMemory, ColorCodes};
use crate::sample;

fn html_of(tree: &Tree) -> String {
    let codes = ColorCodes::new(tree, &CodeMemory::default());
    write_html(tree, &SvgOptions::default(), &codes, None).expect("an html page")
}

/// The JSON the viewer reads.
fn data_of(html: &str) -> serde_json::Value {
    let start = html.find("id=\"kpitree-data\">").expect("the data block") + 18;
    let end = start + html[start..].find("</script>").expect("its end");
    serde_json::from_str(&html[start..end]).expect("valid JSON")
}

#[test]
fn the_page_refers_to_nothing_outside_and_its_csp_allows_only_its_own_script_and_style() {
    let tree = sample::saas_arr();
    let html = html_of(&tree);
    for outside in [
        "src=",
        "http-equiv=\"refresh\"",
        "@import",
        "url(http",
        "url(//",
        "<link",
        "<iframe",
    ] {
        assert!(!html.contains(outside), "{outside} in the page");
    }
    // Every href and url() points inside the page or is data.
    for (i, _) in html.match_indices("href=\"") {
        let rest = &html[i + 6..];
        assert!(
            rest.starts_with('#') || rest.starts_with("data:"),
            "{}",
            &rest[..40]
        );
    }
    for (i, _) in html.match_indices("url(") {
        let rest = &html[i + 4..];
        assert!(
            rest.starts_with('#') || rest.starts_with("data:"),
            "{}",
            &rest[..40]
        );
    }
    let style_start = html.find("<style>").unwrap() + 7;
    let style = &html[style_start..style_start + html[style_start..].find("</style>").unwrap()];
    let script_start = html.rfind("<script>").unwrap() + 8;
    let script =
        &html[script_start..script_start + html[script_start..].find("</script>").unwrap()];
    let csp = format!(
        "default-src 'none'; script-src '{}'; style-src '{}'; font-src data:;",
        sha256(script),
        sha256(style)
    );
    assert!(html.contains(&csp), "the CSP hashes its script and style");
    assert!(style.contains("@font-face"), "the glyphs are embedded");
    assert_eq!(html.matches("<script>").count(), 1);
    assert_eq!(html.matches("<style>").count(), 1);
    assert!(
        !html.contains(" style=\""),
        "no inline style attribute (the CSP forbids it)"
    );
}

#[test]
fn markup_in_names_stays_text_and_cannot_leave_the_data_block() {
    let mut tree = sample::saas_arr();
    tree.name = "<b>Board</b> & co".into();
    tree.nodes[0].name = "</script><script>alert(1)</script><img src=x onerror=alert(2)>".into();
    let html = html_of(&tree);
    assert!(!html.contains("<script>alert"));
    assert!(!html.contains("<img"));
    assert!(html.contains("<title>&lt;b&gt;Board&lt;/b&gt; &amp; co</title>"));
    assert_eq!(
        html.matches("</script>").count(),
        2,
        "the data block and the script"
    );
    let data = data_of(&html);
    assert_eq!(
        data["nodes"][0]["name"],
        "</script><script>alert(1)</script><img src=x onerror=alert(2)>"
    );
}

#[test]
fn the_data_has_every_card_with_its_step_and_every_drawn_link() {
    let tree = sample::saas_arr();
    let html = html_of(&tree);
    let data = data_of(&html);
    let steps = PresentSteps::new(&tree);
    assert_eq!(data["levels"], steps.level_count());
    let nodes = data["nodes"].as_array().unwrap();
    assert_eq!(nodes.len(), tree.nodes.len());
    for node in nodes {
        let id = node["id"].as_str().unwrap();
        assert_eq!(
            node["step"],
            steps.step_of(&NodeId::new(id).unwrap()).unwrap()
        );
        assert!(html.contains(&format!("id=\"node-{id}\"")), "{id} drawn");
    }
    for link in data["links"].as_array().unwrap() {
        let id = link["id"].as_str().unwrap();
        assert!(html.contains(&format!("id=\"{id}\"")), "{id} drawn");
    }
    // Both themes are in the page, the dark one waiting in its template.
    assert!(html.contains("class=\"kpitree light\""));
    assert!(html.contains("<template id=\"kt-theme-dark\">\n<svg"));
    assert_eq!(html, html_of(&tree), "same tree, same bytes");
}

#[test]
fn an_empty_tree_is_a_page_and_a_pdf_page() {
    let tree = crate::test_trees::kpi_tree(&[], &[]);
    let html = html_of(&tree);
    assert_eq!(data_of(&html)["levels"], 1);
    let codes = ColorCodes::new(&tree, &CodeMemory::default());
    let pdf = super::super::write_pdf(
        &tree,
        &SvgOptions::default(),
        &codes,
        None,
        &super::super::PdfOptions {
            page: super::super::PdfPage::A4,
            steps: true,
        },
    )
    .expect("a pdf");
    assert!(pdf.starts_with(b"%PDF-"));
}
