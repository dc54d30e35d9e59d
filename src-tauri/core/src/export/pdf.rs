//! PDF export (SPEC 11): pictures of the SVG export made into a vector PDF with
//! real, selectable text by svg2pdf, one page each: the whole tree, or one page per
//! present step (each level, then the overview) for a handout.
//!
//! svg2pdf parses with its own usvg (0.45); the bundled Inter is loaded into its
//! font database (with the system's fonts for characters Inter lacks), so the text
//! is set in the canvas's font and embedded as a subset with a Unicode map. The
//! font database is loaded once per process.
//!
//! A page is the drawing's size (`fit`, 1 SVG unit = 1 pt) or A4 / Letter, turned
//! landscape when the drawing is wider than tall, the drawing scaled to fit inside
//! a margin and centred.

use std::collections::{BTreeSet, HashMap};
use std::sync::{Arc, OnceLock};

use pdf_writer::{Content, Finish, Name, Pdf, Rect, Ref, TextStr};
use serde::{Deserialize, Serialize};
use svg2pdf::usvg;

use super::embed::subset_font;
use super::svg::{draw, SvgOptions, SvgTime, Variant};
use super::ExportError;
use crate::alignment::ColorCodes;
use crate::graph::{PresentSteps, Visibility};
use crate::layout::FontWeight;
use crate::model::Tree;

/// The size of a PDF page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum PdfPage {
    /// The size of the drawing.
    #[default]
    Fit,
    A4,
    Letter,
}

impl PdfPage {
    /// Width and height in points, portrait; `None` for `Fit`.
    fn portrait(self) -> Option<(f32, f32)> {
        match self {
            PdfPage::Fit => None,
            PdfPage::A4 => Some((595.28, 841.89)),
            PdfPage::Letter => Some((612.0, 792.0)),
        }
    }
}

/// How a PDF is made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(default)]
pub struct PdfOptions {
    pub page: PdfPage,
    /// One page per present step (each level, then the overview) instead of one
    /// page for the whole tree.
    pub steps: bool,
}

/// The space around a drawing on an A4 or Letter page, in points.
const PAGE_MARGIN: f32 = 24.0;

/// The system's fonts, for characters Inter lacks; read once per process.
fn system_fonts() -> &'static usvg::fontdb::Database {
    static FONTS: OnceLock<usvg::fontdb::Database> = OnceLock::new();
    FONTS.get_or_init(|| {
        let mut fonts = usvg::fontdb::Database::new();
        fonts.load_system_fonts();
        fonts
    })
}

/// The fonts the text of `svgs` is set in: Inter cut down to the characters they
/// hold (the export's own subsets, as the SVG embeds them), then the system's.
/// The subsets, without Inter's large kerning and ligature tables, make usvg's
/// shaping of a thousand cards several times faster than the whole font.
fn fonts_for(svgs: &[String]) -> Result<Arc<usvg::fontdb::Database>, ExportError> {
    let chars: BTreeSet<char> = svgs.iter().flat_map(|svg| svg.chars()).collect();
    let mut fonts = system_fonts().clone();
    for weight in [FontWeight::Regular, FontWeight::SemiBold, FontWeight::Bold] {
        if let Some(bytes) = subset_font(weight, &chars)? {
            fonts.load_font_data(bytes);
        }
    }
    fonts.set_sans_serif_family("Inter");
    Ok(Arc::new(fonts))
}

/// `tree` as the SVG export draws it (in `options`, showing `time`), as a PDF:
/// one page, or with `pdf.steps` one page per present step (each level revealed
/// on the whole tree's page, then the overview).
pub fn write_pdf(
    tree: &Tree,
    options: &SvgOptions,
    color_codes: &ColorCodes,
    time: Option<&SvgTime>,
    pdf: &PdfOptions,
) -> Result<Vec<u8>, ExportError> {
    let variant = |shown| Variant {
        theme: options.theme,
        shown,
        embed_font: false,
    };
    let mut variants = Vec::new();
    if pdf.steps {
        let steps = PresentSteps::new(tree);
        variants.extend((0..steps.level_count()).map(|step| variant(Some(steps.shown_at(step)))));
    }
    variants.push(variant(None));
    let drawn = draw(
        tree,
        options,
        color_codes,
        time,
        &Visibility::default(),
        &variants,
        false,
    )?;
    pdf_of_svgs(&drawn.svgs, pdf.page, &tree.name)
}

/// `svgs` (standalone SVG documents, without embedded fonts) as the pages of one
/// PDF on `page`, its title `title`.
pub fn pdf_of_svgs(svgs: &[String], page: PdfPage, title: &str) -> Result<Vec<u8>, ExportError> {
    let options = usvg::Options {
        fontdb: fonts_for(svgs)?,
        ..usvg::Options::default()
    };
    let mut next = Ref::new(1);
    let catalog = next.bump();
    let page_tree = next.bump();
    let info = next.bump();
    let mut pdf = Pdf::new();
    let mut pages = Vec::with_capacity(svgs.len());
    let mut parts = Vec::with_capacity(svgs.len());
    for svg in svgs {
        let tree =
            usvg::Tree::from_str(svg, &options).map_err(|e| ExportError::Render(e.to_string()))?;
        let (chunk, drawing) = svg2pdf::to_chunk(&tree, svg2pdf::ConversionOptions::default())
            .map_err(|e| ExportError::Render(e.to_string()))?;
        // The chunk's objects numbered after ours.
        let mut map = HashMap::new();
        let chunk = chunk.renumber(|old| *map.entry(old).or_insert_with(|| next.bump()));
        let drawing = map
            .get(&drawing)
            .copied()
            .ok_or_else(|| ExportError::Render("svg2pdf lost the drawing's object".to_owned()))?;
        let size = tree.size();
        pages.push((next.bump(), next.bump()));
        parts.push((chunk, drawing, size.width(), size.height()));
    }
    pdf.catalog(catalog).pages(page_tree);
    pdf.pages(page_tree)
        .kids(pages.iter().map(|(page, _)| *page))
        .count(pages.len() as i32);
    for ((page_ref, content_ref), (chunk, drawing, width, height)) in pages.iter().zip(&parts) {
        let (page_w, page_h, scale, x, y) = place(page, *width, *height);
        let mut pdf_page = pdf.page(*page_ref);
        pdf_page.media_box(Rect::new(0.0, 0.0, page_w, page_h));
        pdf_page.parent(page_tree);
        pdf_page.contents(*content_ref);
        pdf_page.resources().x_objects().pair(Name(b"D"), *drawing);
        pdf_page.finish();
        let mut content = Content::new();
        // The drawing's XObject is one point square, like an image.
        content
            .save_state()
            .transform([width * scale, 0.0, 0.0, height * scale, x, y])
            .x_object(Name(b"D"))
            .restore_state();
        pdf.stream(*content_ref, &content.finish());
        pdf.extend(chunk);
    }
    pdf.document_info(info)
        .title(TextStr(title))
        .producer(TextStr("kpitree"));
    Ok(pdf.finish())
}

/// Where a drawing of `width` × `height` goes on `page`: the page's width and
/// height, the drawing's scale and its lower-left corner.
fn place(page: PdfPage, width: f32, height: f32) -> (f32, f32, f32, f32, f32) {
    let Some((short, long)) = page.portrait() else {
        return (width, height, 1.0, 0.0, 0.0);
    };
    let (page_w, page_h) = if width > height {
        (long, short)
    } else {
        (short, long)
    };
    let scale = ((page_w - 2.0 * PAGE_MARGIN) / width).min((page_h - 2.0 * PAGE_MARGIN) / height);
    let x = (page_w - width * scale) / 2.0;
    let y = (page_h - height * scale) / 2.0;
    (page_w, page_h, scale, x, y)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wide_drawing_goes_on_a_landscape_page_inside_the_margin() {
        let (w, h, scale, x, y) = place(PdfPage::A4, 2000.0, 500.0);
        assert_eq!((w, h), (841.89, 595.28));
        assert!((2000.0 * scale - (841.89 - 48.0)).abs() < 0.01);
        assert!((x - 24.0).abs() < 0.01 && y > 24.0);
        let (w, h, ..) = place(PdfPage::Letter, 300.0, 900.0);
        assert_eq!((w, h), (612.0, 792.0));
        assert_eq!(
            place(PdfPage::Fit, 300.0, 200.0),
            (300.0, 200.0, 1.0, 0.0, 0.0)
        );
    }

    /// Each page's text as pdf-extract reads it back. It reads svg2pdf's text, set
    /// glyph by glyph, letter-spaced (`F i r s t   p a g e`; poppler's pdftotext
    /// reads `First page`), so single spaces are dropped and runs of them made one.
    pub(crate) fn pages_text(pdf: &[u8]) -> Vec<String> {
        let pages = pdf_extract::extract_text_from_mem_by_pages(pdf).expect("a readable PDF");
        pages
            .iter()
            .map(|page| {
                page.lines()
                    .map(|line| {
                        let words: Vec<String> =
                            line.split("  ").map(|w| w.replace(' ', "")).collect();
                        words
                            .iter()
                            .filter(|w| !w.is_empty())
                            .cloned()
                            .collect::<Vec<_>>()
                            .join(" ")
                    })
                    .filter(|line| !line.is_empty())
                    .collect::<Vec<_>>()
                    .join("\n")
            })
            .collect()
    }

    #[test]
    fn the_subsets_are_found_as_inter_in_their_weights() {
        let fonts = fonts_for(&["Abc".to_owned()]).expect("fonts");
        let mut inter: Vec<u16> = fonts
            .faces()
            .filter(|face| face.families.iter().any(|(name, _)| name == "Inter"))
            .map(|face| face.weight.0)
            .collect();
        inter.sort_unstable();
        assert_eq!(inter, [400, 600, 700]);
    }

    #[test]
    fn each_svg_is_a_page_with_its_text() {
        let svg = |text: &str| {
            format!(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"200\" viewBox=\"0 0 400 200\"><text x=\"10\" y=\"50\" font-family=\"Inter\" font-size=\"20\">{text}</text></svg>"
            )
        };
        let pdf =
            pdf_of_svgs(&[svg("First page"), svg("Second page")], PdfPage::A4, "T").expect("a pdf");
        let pages = pages_text(&pdf);
        assert_eq!(pages.len(), 2);
        assert_eq!(pages, ["First page", "Second page"]);
    }
}
