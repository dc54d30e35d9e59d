//! Prints measures of the auto-layout of the Zira tree (`tests/data/zira.json`)
//! and the four templates, for BENCHMARKS.md: crossings between `drives` links,
//! crossings involving `impacts` links, the total length of the `impacts` routes,
//! `impacts` arrows pointing down, and the distance between each guarding health
//! metric and the metric it guards. Run from the repository root:
//! `cargo run -p kpitree-core --example layout_quality`.

use kpitree_core::interchange;
use kpitree_core::layout::{
    downward_impacts, drives_crossings, impacts_crossings, impacts_length, layout, measure_faces,
    LayoutDirection, LayoutEngine, LayoutOptions,
};
use kpitree_core::model::LinkKind;

const FILES: &[&str] = &[
    "tests/data/zira.json",
    "src-tauri/core/src/sample/saas_arr.json",
    "src-tauri/core/src/sample/marketplace.json",
    "src-tauri/core/src/sample/media_streaming.json",
    "src-tauri/core/src/sample/ecommerce.json",
];

fn main() {
    println!("| tree | engine | drives crossings | impacts crossings | impacts length | impacts pointing down | guards length |");
    println!("|---|---|---:|---:|---:|---:|---:|");
    for file in FILES {
        let text = std::fs::read_to_string(file).expect("run from the repository root");
        let tree = interchange::read(&text, file).expect("a valid tree");
        let faces = measure_faces(&tree);
        for engine in [LayoutEngine::Auto, LayoutEngine::Layered] {
            let options = LayoutOptions {
                direction: LayoutDirection::TopDown,
                engine,
                aspect: None,
            };
            let laid = layout(&tree, &faces, &options).expect("a layout");
            let guards: f64 = tree
                .links
                .iter()
                .filter(|l| l.kind == LinkKind::Guards)
                .map(|l| {
                    let (a, b) = (laid.positions[&l.from], laid.positions[&l.to]);
                    (a.x - b.x).hypot(a.y - b.y)
                })
                .sum();
            let name = std::path::Path::new(file)
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            println!(
                "| {name} | {:?} | {} | {} | {:.0} | {} | {:.0} |",
                laid.engine,
                drives_crossings(&laid.routes),
                impacts_crossings(&laid.routes),
                impacts_length(&laid.routes),
                downward_impacts(&tree, &faces, &laid.positions, LayoutDirection::TopDown).len(),
                guards,
            );
        }
    }
}
