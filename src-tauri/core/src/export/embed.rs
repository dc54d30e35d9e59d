//! The bundled Inter, cut down to the glyphs an SVG uses and embedded as
//! `@font-face` rules with `data:` URIs. allsorts subsets the CFF outlines and
//! writes a Unicode `cmap`, which browsers need to use the font (typst's
//! `subsetter` drops the `cmap`: it is made for PDF).
//!
//! The CFF global subroutines are kept whole (about 27 KB a weight), so a subset
//! is about 30 KB whatever it holds, against 270 KB for a whole weight.
//!
//! The subset has no `GSUB`/`GPOS` tables, so no kerning nor ligatures: a line may
//! come out a little wider than measured, well within a card's padding.

use std::collections::BTreeSet;

use allsorts::binary::read::ReadScope;
use allsorts::font_data::FontData;
use allsorts::subset::{subset, CmapTarget, SubsetProfile};
use base64::Engine;
use rustybuzz::ttf_parser;

use super::ExportError;
use crate::layout::{FontWeight, INTER_BOLD, INTER_REGULAR, INTER_SEMI_BOLD};

fn font_data(weight: FontWeight) -> &'static [u8] {
    match weight {
        FontWeight::Regular => INTER_REGULAR,
        FontWeight::SemiBold => INTER_SEMI_BOLD,
        FontWeight::Bold => INTER_BOLD,
    }
}

/// Inter of `weight` reduced to the glyphs of `chars` it has, as an OpenType file;
/// `None` when it has none of them.
pub fn subset_font(
    weight: FontWeight,
    chars: &BTreeSet<char>,
) -> Result<Option<Vec<u8>>, ExportError> {
    let data = font_data(weight);
    let face = ttf_parser::Face::parse(data, 0).map_err(|e| ExportError::Font(e.to_string()))?;
    let mut glyphs: BTreeSet<u16> = chars
        .iter()
        .filter_map(|&c| face.glyph_index(c))
        .map(|g| g.0)
        .filter(|&g| g != 0)
        .collect();
    if glyphs.is_empty() {
        return Ok(None);
    }
    glyphs.insert(0);
    let glyph_ids: Vec<u16> = glyphs.into_iter().collect();
    let font_file = ReadScope::new(data)
        .read::<FontData<'_>>()
        .map_err(|e| ExportError::Font(e.to_string()))?;
    let provider = font_file
        .table_provider(0)
        .map_err(|e| ExportError::Font(e.to_string()))?;
    let bytes = subset(
        &provider,
        &glyph_ids,
        &SubsetProfile::Minimal,
        CmapTarget::Unicode,
    )
    .map_err(|e| ExportError::Font(e.to_string()))?;
    Ok(Some(bytes))
}

/// The `@font-face` rule of one weight, its font as a base64 `data:` URI.
pub fn font_face(
    weight: FontWeight,
    chars: &BTreeSet<char>,
) -> Result<Option<String>, ExportError> {
    let Some(bytes) = subset_font(weight, chars)? else {
        return Ok(None);
    };
    let encoded = base64::engine::general_purpose::STANDARD.encode(bytes);
    Ok(Some(format!(
        "@font-face{{font-family:\"Inter\";font-style:normal;font-weight:{};src:url(data:font/otf;base64,{encoded}) format(\"opentype\");}}",
        weight.css_weight()
    )))
}

/// The vertical metrics of Inter (ascender, descender as positive), in ems.
pub fn vertical_metrics() -> (f64, f64) {
    match ttf_parser::Face::parse(INTER_REGULAR, 0) {
        Ok(face) => {
            let em = f64::from(face.units_per_em());
            (
                f64::from(face.ascender()) / em,
                -f64::from(face.descender()) / em,
            )
        }
        Err(_) => (0.96875, 0.2421875),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_subset_is_small_and_keeps_its_characters() {
        let chars: BTreeSet<char> = "Annual recurring revenue €1.8M".chars().collect();
        let bytes = subset_font(FontWeight::SemiBold, &chars)
            .expect("subset")
            .expect("some glyphs");
        // The outlines of the glyphs kept, plus the CFF subroutines they share
        // (kept whole): about 30 KB against 270 KB for the whole weight.
        assert!(bytes.len() < 40_000, "{}", bytes.len());
        let face = ttf_parser::Face::parse(&bytes, 0).expect("the subset parses");
        for c in chars {
            assert!(face.glyph_index(c).is_some(), "{c:?} lost");
        }
        assert!(face.glyph_index('Z').is_none());
    }
}
