//! The sharing exports (SPEC 11) of a 1,000-node tree against the SVG export, in
//! one run: the goal is HTML and PDF each within 2× the SVG's time.
//!
//! `cargo bench -p kpitree-core --bench share` times, with criterion, the core's
//! whole export of `sample::synthetic("Bench 1000", 1000)` (light theme, font
//! embedded where the format embeds it): `write_svg` (faces, layout, drawing, font
//! subset), `write_html` (the same drawing in both themes, the viewer's data, the
//! font rules, CSP hashes) and `write_pdf` (the drawing parsed by usvg and written
//! by svg2pdf with Inter embedded), one page and with `--steps` (one page per
//! level, then the overview). The PDF's font database is loaded once per process,
//! before timing, as it is after a first export.

use criterion::Criterion;
use kpitree_core::alignment::{CodeMemory, ColorCodes};
use kpitree_core::export::{write_html, write_pdf, write_svg, PdfOptions, PdfPage, SvgOptions};
use kpitree_core::sample;

fn main() {
    let tree = sample::synthetic("Bench 1000", 1_000);
    let options = SvgOptions::default();
    let codes = ColorCodes::new(&tree, &CodeMemory::default());
    let one_page = PdfOptions {
        page: PdfPage::Fit,
        steps: false,
    };
    let steps = PdfOptions {
        page: PdfPage::A4,
        steps: true,
    };
    // Sizes, and the font database loaded before timing.
    let svg = write_svg(&tree, &options).expect("svg");
    let html = write_html(&tree, &options, &codes, None).expect("html");
    let pdf = write_pdf(&tree, &options, &codes, None, &one_page).expect("pdf");
    println!(
        "1,000 nodes: SVG {} KB, HTML {} KB, PDF {} KB",
        svg.len() / 1024,
        html.len() / 1024,
        pdf.len() / 1024
    );

    let mut criterion = Criterion::default().sample_size(10).configure_from_args();
    let mut group = criterion.benchmark_group("share_1000");
    group.bench_function("svg", |b| {
        b.iter(|| write_svg(&tree, &options).expect("svg"))
    });
    group.bench_function("html", |b| {
        b.iter(|| write_html(&tree, &options, &codes, None).expect("html"))
    });
    group.bench_function("pdf", |b| {
        b.iter(|| write_pdf(&tree, &options, &codes, None, &one_page).expect("pdf"))
    });
    group.bench_function("pdf_steps_a4", |b| {
        b.iter(|| write_pdf(&tree, &options, &codes, None, &steps).expect("pdf"))
    });
    group.finish();
    criterion.final_summary();
}
