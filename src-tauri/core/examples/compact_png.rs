//! The generated 300-node tree drawn with the compact layout, as SVG and PNG, to
//! look at: `cargo run -p kpitree-core --example compact_png -- [NODES] [DIR]`
//! writes `compact-NODES.svg`, `compact-NODES-fitted.png` (fitted in 1280 × 800)
//! and `compact-NODES-full.png` (at 100%) into DIR (default /tmp).

use kpitree_core::export::png::render_png;
use kpitree_core::export::{write_svg, SvgOptions};
use kpitree_core::layout::LayoutEngine;
use kpitree_core::sample::generated::synthetic;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let nodes: usize = args.next().map_or(Ok(300), |a| a.parse())?;
    let dir = std::path::PathBuf::from(args.next().unwrap_or_else(|| "/tmp".into()));
    let tree = synthetic(&format!("Generated {nodes}"), nodes);
    let options = SvgOptions {
        engine: LayoutEngine::Compact,
        ..SvgOptions::default()
    };
    let svg = write_svg(&tree, &options)?;
    let size = |name: &str| -> f32 {
        let at = svg
            .find(&format!(" {name}=\""))
            .map_or(0, |i| i + name.len() + 3);
        svg[at..]
            .split('"')
            .next()
            .and_then(|s| s.parse().ok())
            .unwrap_or(1.0)
    };
    let (width, height) = (size("width"), size("height"));
    let fit = (1280.0 / width).min(800.0 / height);
    let stem = dir.join(format!("compact-{nodes}"));
    std::fs::write(stem.with_extension("svg"), &svg)?;
    std::fs::write(
        format!("{}-fitted.png", stem.display()),
        render_png(&svg, fit)?,
    )?;
    std::fs::write(
        format!("{}-full.png", stem.display()),
        render_png(&svg, 1.0)?,
    )?;
    println!("{width} × {height}: fitted at {fit:.3}");
    Ok(())
}
