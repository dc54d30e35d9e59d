//! The bundled Inter font and text measurement.
//!
//! The canvas (through `@font-face`) and the SVG export draw node text with these
//! same files, so a width measured here is the width shown there. Widths come from
//! shaping with rustybuzz (a port of HarfBuzz, which WebKit also shapes with), so
//! kerning and the font's default features (`kern`, `liga`, `calt`) are applied as
//! the webview applies them.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use rustybuzz::{Direction, Face, Script, ShapePlan, UnicodeBuffer};

/// Inter Regular (CSS font-weight 400).
pub const INTER_REGULAR: &[u8] = include_bytes!("../../assets/fonts/Inter-Regular.otf");
/// Inter SemiBold (CSS font-weight 600): node names.
pub const INTER_SEMI_BOLD: &[u8] = include_bytes!("../../assets/fonts/Inter-SemiBold.otf");
/// Inter Bold (CSS font-weight 700): the North Star's name.
pub const INTER_BOLD: &[u8] = include_bytes!("../../assets/fonts/Inter-Bold.otf");

/// One of the bundled weights of Inter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FontWeight {
    Regular,
    SemiBold,
    Bold,
}

impl FontWeight {
    /// The CSS `font-weight` of this face.
    pub fn css_weight(self) -> u16 {
        match self {
            FontWeight::Regular => 400,
            FontWeight::SemiBold => 600,
            FontWeight::Bold => 700,
        }
    }

    fn index(self) -> usize {
        match self {
            FontWeight::Regular => 0,
            FontWeight::SemiBold => 1,
            FontWeight::Bold => 2,
        }
    }

    fn face(self) -> Option<&'static Face<'static>> {
        static FACES: OnceLock<[Option<Face<'static>>; 3]> = OnceLock::new();
        let faces = FACES.get_or_init(|| {
            [INTER_REGULAR, INTER_SEMI_BOLD, INTER_BOLD].map(|data| Face::from_slice(data, 0))
        });
        faces[self.index()].as_ref()
    }

    /// A shaping plan per weight, direction and script, compiled once: compiling
    /// it is most of the cost of shaping a short text.
    fn plan(self, face: &Face, direction: Direction, script: Script) -> Arc<ShapePlan> {
        type Plans = Mutex<HashMap<(usize, Direction, Script), Arc<ShapePlan>>>;
        static PLANS: OnceLock<Plans> = OnceLock::new();
        let plans = PLANS.get_or_init(Default::default);
        let key = (self.index(), direction, script);
        let mut plans = plans
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        plans
            .entry(key)
            .or_insert_with(|| Arc::new(ShapePlan::new(face, direction, Some(script), None, &[])))
            .clone()
    }
}

/// The advance width of `text` set on one line in `weight` at `size` px.
pub fn text_width(text: &str, weight: FontWeight, size: f64) -> f64 {
    if text.is_empty() {
        return 0.0;
    }
    let Some(face) = weight.face() else {
        // The font is compiled in and parses (tested); an estimate keeps this total.
        return text.chars().count() as f64 * size * 0.6;
    };
    let mut buffer = UnicodeBuffer::new();
    buffer.push_str(text);
    buffer.guess_segment_properties();
    let plan = weight.plan(face, buffer.direction(), buffer.script());
    let glyphs = rustybuzz::shape_with_plan(face, &plan, buffer);
    let units: i64 = glyphs
        .glyph_positions()
        .iter()
        .map(|position| i64::from(position.x_advance))
        .sum();
    units as f64 * size / f64::from(face.units_per_em())
}

/// Widths already measured, per weight and size, for one job (the faces of a tree,
/// one SVG): names share many words and every card repeats its kind's label and
/// its row texts, while shaping is the costly part of measuring. Looked up by
/// `&str`, so a width already known costs no allocation.
#[derive(Default)]
pub(crate) struct TextWidths(RefCell<HashMap<(FontWeight, u64), HashMap<String, f64>>>);

impl TextWidths {
    /// [`text_width`] of `text`, shaped once per weight and size.
    pub(crate) fn of(&self, text: &str, weight: FontWeight, size: f64) -> f64 {
        let key = (weight, size.to_bits());
        if let Some(&width) = self.0.borrow().get(&key).and_then(|texts| texts.get(text)) {
            return width;
        }
        let width = text_width(text, weight, size);
        self.0
            .borrow_mut()
            .entry(key)
            .or_default()
            .insert(text.to_owned(), width);
        width
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_face_parses() {
        for weight in [FontWeight::Regular, FontWeight::SemiBold, FontWeight::Bold] {
            assert!(weight.face().is_some(), "{weight:?}");
        }
    }

    #[test]
    fn widths_grow_with_text_size_and_weight() {
        let regular = text_width("Annual recurring revenue", FontWeight::Regular, 14.0);
        let bold = text_width("Annual recurring revenue", FontWeight::Bold, 14.0);
        assert!(regular > 100.0 && regular < 250.0, "{regular}");
        assert!(bold > regular);
        let double = text_width("Annual recurring revenue", FontWeight::Regular, 28.0);
        assert!((double - 2.0 * regular).abs() < 1e-9);
        assert_eq!(text_width("", FontWeight::Bold, 14.0), 0.0);
    }

    #[test]
    fn remembered_widths_are_the_measured_ones() {
        let widths = TextWidths::default();
        for (text, weight, size) in [
            ("Annual recurring revenue", FontWeight::SemiBold, 14.0),
            ("Annual recurring revenue", FontWeight::Bold, 14.0),
            ("Annual recurring revenue", FontWeight::SemiBold, 17.0),
            ("", FontWeight::Regular, 11.0),
        ] {
            let measured = text_width(text, weight, size);
            assert_eq!(widths.of(text, weight, size), measured);
            assert_eq!(widths.of(text, weight, size), measured, "{text} again");
        }
    }

    #[test]
    fn kerning_is_applied() {
        // Inter kerns "AV": the pair is narrower than its letters set apart.
        let pair = text_width("AV", FontWeight::SemiBold, 100.0);
        let apart = text_width("A", FontWeight::SemiBold, 100.0)
            + text_width("V", FontWeight::SemiBold, 100.0);
        assert!(pair < apart, "{pair} vs {apart}");
    }
}
