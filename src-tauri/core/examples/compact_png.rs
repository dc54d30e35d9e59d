//! The generated 300-node tree drawn with the compact layout, as SVG and PNG, to
//! look at: `cargo run -p kpitree-core --example compact_png -- [NODES] [DIR]`
//! writes `compact-NODES.svg`, `compact-NODES-fitted.png` (fitted in 1280 × 800),
//! `compact-NODES-full.png` (at 100%) and two close-ups at 100% of 1280 × 800
//! (`-close-left.png`, the page's top left; `-close-middle.png`, the top middle)
//! into DIR (default /tmp).

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
    let raw = |name: &str| -> String {
        let at = svg
            .find(&format!(" {name}=\""))
            .map_or(0, |i| i + name.len() + 3);
        svg[at..].split('"').next().unwrap_or("1").to_owned()
    };
    let (w, h) = (raw("width"), raw("height"));
    let (width, height): (f32, f32) = (w.parse()?, h.parse()?);
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
    let whole = format!("width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\"");
    for (name, x) in [("left", 0.0), ("middle", (width / 2.0 - 640.0).max(0.0))] {
        let part = format!("width=\"1280\" height=\"800\" viewBox=\"{x} 0 1280 800\"");
        let close = svg.replacen(&whole, &part, 1);
        let path = format!("{}-close-{name}.png", stem.display());
        std::fs::write(path, render_png(&close, 1.0)?)?;
    }
    println!("{width} × {height}: fitted at {fit:.3}");
    Ok(())
}
