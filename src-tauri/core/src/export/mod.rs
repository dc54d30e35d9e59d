//! Export of a tree as a picture (SPEC 5): a standalone SVG 1.1 file drawn from the
//! same faces and layout as the canvas ([`svg::write_svg`]), and a PNG rendered
//! from that SVG with resvg ([`png::render_png`]); for sharing (SPEC 11), a
//! self-contained HTML page with present mode's walk-through ([`html::write_html`])
//! and a vector PDF, one page or one per present step ([`pdf::write_pdf`]), both
//! made of the same SVG drawing.
//!
//! The SVG is deterministic: same tree, same options, same bytes (no hash-map
//! order, numbers rounded to 0.01 and written without trailing zeros).

pub mod bridge;
mod codes;
mod embed;
mod file;
mod format;
pub mod html;
pub mod pdf;
pub mod png;
pub mod svg;

pub use bridge::{bridge, Bridge, BridgeKind, BridgeRow, BARS_SHOWN};
pub use file::write_atomically;
pub use format::{
    format_change, format_date, format_number, format_period, format_value, format_values_apart,
    status, Status,
};
pub use html::write_html;
pub use pdf::{write_pdf, PdfOptions, PdfPage};
pub use svg::{
    bridge_svg, write_svg, write_svg_coded, write_svg_shown, write_svg_timed, NodeTime, SvgOptions,
    SvgTime, Theme,
};

use crate::layout::LayoutError;

/// Why an export failed.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("cannot lay the tree out: {0}")]
    Layout(#[from] LayoutError),
    #[error("cannot embed the font: {0}")]
    Font(String),
    #[error("cannot render the SVG: {0}")]
    Render(String),
}
