//! The SVG export (SPEC 5): snapshots of every built-in template in both themes,
//! well-formed XML whatever the names hold, no active content, byte-identical
//! output, a group per node and link, no overlapping boxes, and a PNG of the
//! expected size.

use kpitree_core::export::png::render_png;
use kpitree_core::export::{write_svg, SvgOptions, Theme};
use kpitree_core::layout::LayoutDirection;
use kpitree_core::model::{Link, LinkKind, Node, NodeId, NodeKind, Strength, Tree};
use kpitree_core::sample::{saas_arr, Template};

fn options(theme: Theme, embed_font: bool) -> SvgOptions {
    SvgOptions {
        direction: LayoutDirection::TopDown,
        theme,
        embed_font,
        ..SvgOptions::default()
    }
}

fn id(text: &str) -> NodeId {
    NodeId::new(text).expect("valid id")
}

/// A tree whose user text is full of markup, quotes, right-to-left text and emoji.
fn hostile_tree() -> Tree {
    let mut tree = Tree::new("<script>alert(\"x\")</script> & 'quotes' 🚀");
    tree.description = Some("Notes with <b>tags</b> & \"quotes\" — مرحبا بالعالم".to_owned());
    let mut root = Node::new(
        id("root"),
        NodeKind::NorthStar,
        "<script>alert(\"x\")</script> & 'quotes'",
    );
    root.value = Some(1_200_000.0);
    root.target = Some(1_000_000.0);
    root.unit = Some("<EUR>".to_owned());
    root.owner = Some("O'Brien & \"Sons\" <team>".to_owned());
    root.description = Some("onload=alert(1) <img src=x onerror=alert(1)>".to_owned());
    let mut arabic = Node::new(
        id("arabic"),
        NodeKind::BusinessKpi,
        "الإيرادات السنوية المتكررة للعملاء",
    );
    arabic.value = Some(42.0);
    arabic.target = Some(45.0);
    let hebrew = Node::new(
        id("hebrew"),
        NodeKind::ProductMetric,
        "שביעות רצון לקוחות 😀👍🏽",
    );
    let mut emoji = Node::new(
        id("emoji"),
        NodeKind::Initiative,
        "🚀 Launch 🎉 faster 👩‍💻 onboarding",
    );
    emoji.owner = Some("Squad 🦄".to_owned());
    let guard = Node::new(
        id("guard"),
        NodeKind::HealthMetric,
        "Error rate \u{202e}reversed\u{202c} ]]> --> <!--",
    );
    tree.nodes = vec![root, arabic, hebrew, emoji, guard];
    let mut impacts = Link::new(LinkKind::Impacts, id("emoji"), id("arabic"));
    impacts.strength = Some(Strength::Weak);
    impacts.note = Some("</title><script>alert('note')</script>".to_owned());
    tree.links = vec![
        Link::new(LinkKind::Drives, id("arabic"), id("root")),
        Link::new(LinkKind::Drives, id("hebrew"), id("root")),
        Link::new(LinkKind::Drives, id("emoji"), id("hebrew")),
        impacts,
        Link::new(LinkKind::Guards, id("guard"), id("arabic")),
    ];
    tree
}

fn svg_of(tree: &Tree, options: &SvgOptions) -> String {
    write_svg(tree, options).expect("the export succeeds")
}

/// Parses `svg` as XML, failing the test with the parser's message.
fn parse(svg: &str) -> roxmltree::Document<'_> {
    roxmltree::Document::parse(svg).unwrap_or_else(|e| panic!("not well-formed XML: {e}"))
}

fn attr(node: roxmltree::Node<'_, '_>, name: &str) -> f64 {
    node.attribute(name)
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| panic!("no numeric {name} on {node:?}"))
}

/// One snapshot per template and theme, named `SLUG_THEME` (`svg__marketplace_dark.snap`).
#[test]
fn template_snapshots() {
    for template in Template::ALL {
        for theme in [Theme::Light, Theme::Dark] {
            let name = format!("{}_{}", template.slug(), theme.as_str());
            insta::assert_snapshot!(name, svg_of(&template.tree(), &options(theme, false)));
        }
    }
}

#[test]
fn markup_quotes_rtl_and_emoji_stay_well_formed_and_inert() {
    let tree = hostile_tree();
    for embed_font in [false, true] {
        for theme in [Theme::Light, Theme::Dark] {
            let svg = svg_of(&tree, &options(theme, embed_font));
            let doc = parse(&svg);
            let lower = svg.to_lowercase();
            assert!(!lower.contains("<script"), "a script element");
            for element in doc.descendants().filter(|n| n.is_element()) {
                assert!(!element.has_tag_name("script"), "a script element");
                for attribute in element.attributes() {
                    let name = attribute.name().to_lowercase();
                    assert!(!name.starts_with("on"), "an event attribute {name}");
                    assert!(!attribute.value().contains("http"), "a reference {name}");
                }
            }
            assert!(!lower.contains("href=\"http"), "an external reference");
            assert!(!lower.contains("<image"), "an image");
            // The texts come back as written.
            let texts: Vec<String> = doc
                .descendants()
                .filter(|n| n.has_tag_name("text"))
                .filter_map(|n| n.text().map(str::to_owned))
                .collect();
            let all = texts.join(" ");
            for word in [
                "<script>alert(\"x\")</script>",
                "'quotes'",
                "الإيرادات",
                "שביעות",
                "🚀",
                "🦄",
            ] {
                assert!(all.contains(word), "{word} missing from {all}");
            }
            let title = doc
                .root_element()
                .children()
                .find(|n| n.has_tag_name("title"));
            assert_eq!(
                title.and_then(|t| t.text()),
                Some("<script>alert(\"x\")</script> & 'quotes' 🚀")
            );
        }
    }
}

#[test]
fn same_tree_same_bytes() {
    for embed_font in [false, true] {
        let options = options(Theme::Light, embed_font);
        for template in Template::ALL {
            assert_eq!(
                svg_of(&template.tree(), &options),
                svg_of(&template.tree(), &options)
            );
        }
        assert_eq!(
            svg_of(&hostile_tree(), &options),
            svg_of(&hostile_tree(), &options)
        );
    }
}

#[test]
fn standalone_svg_with_size_and_view_box() {
    for template in Template::ALL {
        let tree = template.tree();
        for theme in [Theme::Light, Theme::Dark] {
            let svg = svg_of(&tree, &options(theme, true));
            let doc = parse(&svg);
            let root = doc.root_element();
            assert_eq!(root.tag_name().name(), "svg");
            assert_eq!(root.attribute("version"), Some("1.1"));
            let (w, h) = (attr(root, "width"), attr(root, "height"));
            assert_eq!(
                root.attribute("viewBox"),
                Some(format!("0 0 {w} {h}").as_str())
            );
            assert!(root
                .attribute("font-family")
                .is_some_and(|f| f.starts_with("Inter,") && f.ends_with("sans-serif")));
            let title = root.children().find(|n| n.has_tag_name("title"));
            assert_eq!(title.and_then(|t| t.text()), Some(tree.name.as_str()));
            // The embedded font is a subset: a few kilobytes per weight, not the whole file.
            assert!(svg.contains("@font-face{font-family:\"Inter\""));
            assert!(svg.contains("data:font/otf;base64,"));
            assert!(
                svg.len() < 200_000,
                "{}: {} bytes",
                template.slug(),
                svg.len()
            );
            let bare = svg_of(&tree, &options(theme, false));
            parse(&bare);
            assert!(!bare.contains("@font-face"));
            assert!(!bare.contains("data:"));
        }
    }
}

/// Every text of a template fits its card whole: names wrap, and no owner, value
/// or target is cut with an ellipsis. (The SaaS sample predates the templates: two
/// of its owners, "Collaboration squad" and "Onboarding squad" on a product metric,
/// are cut.)
#[test]
fn template_texts_fit_their_cards() {
    for template in Template::ALL {
        if template == Template::SaasArr {
            continue;
        }
        let svg = svg_of(&template.tree(), &options(Theme::Light, false));
        let doc = parse(&svg);
        for text in doc.descendants().filter(|n| n.has_tag_name("text")) {
            let content = text.text().unwrap_or_default();
            assert!(!content.contains('…'), "{}: {content}", template.slug());
        }
    }
}

#[test]
fn every_node_and_link_has_its_group() {
    for (template, direction) in Template::ALL.into_iter().flat_map(|template| {
        [LayoutDirection::TopDown, LayoutDirection::LeftRight].map(|d| (template, d))
    }) {
        let tree = template.tree();
        let svg = svg_of(
            &tree,
            &SvgOptions {
                direction,
                theme: Theme::Light,
                embed_font: false,
                ..SvgOptions::default()
            },
        );
        let doc = parse(&svg);
        let group = |id: &str| {
            doc.descendants()
                .find(|n| n.has_tag_name("g") && n.attribute("id") == Some(id))
        };
        for node in &tree.nodes {
            let g = group(&format!("node-{}", node.id))
                .unwrap_or_else(|| panic!("no group for {}", node.id));
            assert_eq!(
                g.attribute("class"),
                Some(format!("node {}", node.kind).as_str())
            );
        }
        for link in &tree.links {
            let key = link.key().to_string();
            let g = group(&format!("link-{key}")).unwrap_or_else(|| panic!("no group for {key}"));
            assert_eq!(
                g.attribute("class"),
                Some(format!("link {}", link.kind).as_str())
            );
            let path = g
                .children()
                .find(|n| n.has_tag_name("path"))
                .expect("a path");
            let stroke = path.attribute("stroke").expect("a stroke");
            if let Some(color) = &link.color {
                assert_eq!(stroke, color.as_str());
            }
            let marker = path.attribute("marker-end").expect("an arrowhead");
            let marker_id = marker.trim_start_matches("url(#").trim_end_matches(')');
            assert!(doc
                .descendants()
                .any(|n| n.has_tag_name("marker") && n.attribute("id") == Some(marker_id)));
        }
        // The legend names the KPI each colour points at.
        let legend = group("legend").expect("a legend");
        let legend_text: String = legend
            .descendants()
            .filter_map(|n| n.text())
            .collect::<Vec<_>>()
            .join("|");
        let impacted = tree
            .links
            .iter()
            .filter(|l| l.kind == LinkKind::Impacts)
            .filter_map(|l| tree.node(&l.to));
        for node in impacted {
            let name = node.name.as_str();
            assert!(legend_text.contains(name), "{name} not in {legend_text}");
        }
        if template == Template::SaasArr {
            for name in [
                "Churned customers per month",
                "New customers per month",
                "Seats per customer",
            ] {
                assert!(legend_text.contains(name), "{name} not in {legend_text}");
            }
        }
    }
}

#[test]
fn no_two_node_boxes_overlap_and_children_sit_below() {
    for template in Template::ALL {
        let tree = template.tree();
        let svg = svg_of(&tree, &options(Theme::Light, false));
        let doc = parse(&svg);
        let mut boxes = Vec::new();
        for g in doc.descendants().filter(|n| {
            n.has_tag_name("g") && n.attribute("class").is_some_and(|c| c.starts_with("node "))
        }) {
            let transform = g.attribute("transform").expect("a placed node");
            let inner = transform
                .trim_start_matches("translate(")
                .trim_end_matches(')');
            let (x, y) = inner.split_once(' ').expect("x y");
            let (x, y): (f64, f64) = (x.parse().expect("x"), y.parse().expect("y"));
            let card = g
                .children()
                .find(|n| n.attribute("class") == Some("card"))
                .expect("a card");
            let id = g
                .attribute("id")
                .expect("an id")
                .trim_start_matches("node-")
                .to_owned();
            boxes.push((id, x, y, attr(card, "width"), attr(card, "height")));
        }
        assert_eq!(boxes.len(), tree.nodes.len());
        for (i, a) in boxes.iter().enumerate() {
            for b in &boxes[i + 1..] {
                let apart =
                    a.1 + a.3 <= b.1 || b.1 + b.3 <= a.1 || a.2 + a.4 <= b.2 || b.2 + b.4 <= a.2;
                assert!(apart, "{}: {} overlaps {}", template.slug(), a.0, b.0);
            }
        }
        let top = |id: &str| {
            boxes
                .iter()
                .find(|b| b.0 == id)
                .map(|b| (b.2, b.2 + b.4))
                .expect("a box")
        };
        for link in tree.links.iter().filter(|l| l.kind == LinkKind::Drives) {
            assert!(
                top(link.from.as_str()).0 >= top(link.to.as_str()).1,
                "{}: {} above {}",
                template.slug(),
                link.from,
                link.to
            );
        }
    }
}

#[test]
fn odd_trees_still_export() {
    // Empty, a cycle of `drives`, a dangling link, a duplicate id, a huge value.
    let empty = Tree::new("Empty");
    parse(&svg_of(&empty, &options(Theme::Dark, true)));
    let mut odd = Tree::new("Odd");
    let mut a = Node::new(id("a"), NodeKind::BusinessKpi, "A");
    a.value = Some(1e300);
    a.target = Some(-5.0);
    odd.nodes = vec![
        a,
        Node::new(id("b"), NodeKind::BusinessKpi, "B"),
        Node::new(id("b"), NodeKind::Initiative, "B again"),
    ];
    odd.links = vec![
        Link::new(LinkKind::Drives, id("a"), id("b")),
        Link::new(LinkKind::Drives, id("b"), id("a")),
        Link::new(LinkKind::Impacts, id("b"), id("nowhere")),
    ];
    let svg = svg_of(&odd, &options(Theme::Light, true));
    let doc = parse(&svg);
    let groups = doc
        .descendants()
        .filter(|n| n.attribute("class").is_some_and(|c| c.starts_with("node ")))
        .count();
    assert_eq!(groups, 2);
}

#[test]
fn png_has_the_size_of_the_svg_times_the_scale() {
    let svg = svg_of(&saas_arr(), &options(Theme::Light, false));
    let doc = parse(&svg);
    let (w, h) = (
        attr(doc.root_element(), "width"),
        attr(doc.root_element(), "height"),
    );
    for scale in [1.0_f32, 2.0, 1.5] {
        let bytes = render_png(&svg, scale).expect("renders");
        let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
        let reader = decoder.read_info().expect("a PNG");
        let info = reader.info();
        assert_eq!(info.width, (w * f64::from(scale)).ceil() as u32);
        assert_eq!(info.height, (h * f64::from(scale)).ceil() as u32);
    }
    assert!(render_png(&svg, 0.0).is_err());
}

/// Writes every template as SVG and PNG to `target/svg-export/` for a look
/// (`cargo test -p kpitree-core --test svg -- --ignored`).
#[test]
#[ignore]
fn write_previews() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/svg-export");
    std::fs::create_dir_all(&dir).expect("a directory");
    let templates = Template::ALL.map(|template| (template.slug(), template.tree()));
    for (name, tree) in templates.into_iter().chain([("hostile", hostile_tree())]) {
        for theme in [Theme::Light, Theme::Dark] {
            for direction in [LayoutDirection::TopDown, LayoutDirection::LeftRight] {
                let options = SvgOptions {
                    direction,
                    theme,
                    embed_font: true,
                    ..SvgOptions::default()
                };
                let svg = svg_of(&tree, &options);
                let stem = format!("{name}-{}-{:?}", theme.as_str(), direction);
                std::fs::write(dir.join(format!("{stem}.svg")), &svg).expect("written");
                let png = render_png(&svg, 1.0).expect("renders");
                std::fs::write(dir.join(format!("{stem}.png")), png).expect("written");
            }
        }
    }
}
