//! PNG export: the SVG rendered by resvg, with the bundled Inter loaded so that
//! text renders in the canvas's font (other fonts of the system for characters
//! Inter lacks).

use resvg::{tiny_skia, usvg};

use super::ExportError;
use crate::layout::{INTER_BOLD, INTER_REGULAR, INTER_SEMI_BOLD};

/// The default scale of a PNG export (2 device pixels per SVG pixel).
pub const DEFAULT_SCALE: f32 = 2.0;

/// `svg` rendered at `scale`: a PNG of `ceil(width × scale)` by
/// `ceil(height × scale)` pixels.
pub fn render_png(svg: &str, scale: f32) -> Result<Vec<u8>, ExportError> {
    if !scale.is_finite() || scale <= 0.0 {
        return Err(ExportError::Render(format!(
            "the scale must be a positive number, not {scale}"
        )));
    }
    let mut options = usvg::Options::default();
    {
        let fonts = options.fontdb_mut();
        for data in [INTER_REGULAR, INTER_SEMI_BOLD, INTER_BOLD] {
            fonts.load_font_data(data.to_vec());
        }
        fonts.load_system_fonts();
        fonts.set_sans_serif_family("Inter");
    }
    let tree =
        usvg::Tree::from_str(svg, &options).map_err(|e| ExportError::Render(e.to_string()))?;
    let size = tree.size();
    let width = (f64::from(size.width()) * f64::from(scale)).ceil() as u32;
    let height = (f64::from(size.height()) * f64::from(scale)).ceil() as u32;
    let mut pixmap = tiny_skia::Pixmap::new(width, height).ok_or_else(|| {
        ExportError::Render(format!(
            "cannot make a picture of {width} × {height} pixels"
        ))
    })?;
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    pixmap
        .encode_png()
        .map_err(|e| ExportError::Render(e.to_string()))
}
