//! The one export pipeline: a tree of the store as JSON, SVG, PNG, HTML or PDF
//! bytes. The
//! window's Export and `kpitree export` both call [`export_tree`]; they differ only
//! in the options they pass (the window: the tree's remembered direction; the
//! command line: its flags) and where they write the bytes.
//!
//! Images are always laid out (the export draws its own layout, pinned nodes
//! staying); JSON keeps the stored positions unless asked to lay the tree out. The
//! statuses on cards follow the tree's own thresholds (stored with the tree). An
//! image wears the colour codes the window shows, and the codes it gives KPIs never
//! shown are remembered as if the window had shown them.

use serde::{Deserialize, Serialize};

use super::arrange::lay_out;
use super::drafts::end_drafts;
use super::settings::{color_codes, remember_color_codes};
use super::time::{svg_time, TimeChoice};
use super::WorkspaceError;
use crate::alignment::ColorCodes;
use crate::export::png::{render_png, DEFAULT_SCALE};
use crate::export::{write_html, write_pdf, write_svg_timed, PdfOptions, SvgOptions, Theme};
use crate::interchange;
use crate::layout::{LayoutDirection, LayoutEngine, LayoutOptions};
use crate::model::{Tree, TreeId};
use crate::store::Store;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum ExportFormat {
    Json,
    Svg,
    Png,
    /// A self-contained page with present mode's walk-through (SPEC 11).
    Html,
    /// A vector PDF, one page or one per present step (SPEC 11).
    Pdf,
}

impl ExportFormat {
    /// The file name extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Json => "json",
            ExportFormat::Svg => "svg",
            ExportFormat::Png => "png",
            ExportFormat::Html => "html",
            ExportFormat::Pdf => "pdf",
        }
    }

    /// What a file dialog calls files of this format.
    pub fn description(self) -> &'static str {
        match self {
            ExportFormat::Json => "kpitree JSON",
            ExportFormat::Svg => "SVG image",
            ExportFormat::Png => "PNG image",
            ExportFormat::Html => "HTML page",
            ExportFormat::Pdf => "PDF document",
        }
    }
}

/// How to export a tree.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ExportOptions {
    pub format: ExportFormat,
    /// The direction images are laid out in (and JSON, with `lay_out_json`).
    pub direction: LayoutDirection,
    /// JSON: write laid-out positions instead of the stored ones.
    pub lay_out_json: bool,
    pub engine: LayoutEngine,
    pub theme: Theme,
    /// SVG and HTML: embed the subset of Inter the text uses (the PDF always
    /// embeds its fonts).
    pub embed_font: bool,
    /// PNG: pixels per SVG unit.
    pub png_scale: f32,
    /// PDF: the page size, and one page per present step or one for the tree.
    pub pdf: PdfOptions,
    /// Images: show this period's values and statuses, each card's change against
    /// the compared period with its sparkline (SPEC 8). `None`, or a tree without
    /// history: the single values, as before time existed.
    pub time: Option<TimeChoice>,
}

impl ExportOptions {
    /// `format` with the defaults: top-down, stored JSON positions, the automatic
    /// engine, light, font embedded, PNG at twice the SVG's size.
    pub fn new(format: ExportFormat) -> Self {
        ExportOptions {
            format,
            direction: LayoutDirection::TopDown,
            lay_out_json: false,
            engine: LayoutEngine::Auto,
            theme: Theme::Light,
            embed_font: true,
            png_scale: DEFAULT_SCALE,
            pdf: PdfOptions::default(),
            time: None,
        }
    }
}

/// Tree `id` of `store` in `options.format`: the bytes of the file to write.
pub fn export_tree(
    store: &Store,
    id: TreeId,
    options: &ExportOptions,
) -> Result<Vec<u8>, WorkspaceError> {
    let mut tree = store.load_tree(id)?;
    // Its ids are seen now: none follows its name any more (SPEC 6).
    end_drafts(store, id)?;
    // An image: the colour codes the window shows, the options, the time shown.
    let picture = |tree: &Tree| -> Result<_, WorkspaceError> {
        let memory = color_codes(store, id)?;
        let codes = ColorCodes::new(tree, &memory);
        remember_color_codes(store, id, &memory, &codes.memory())?;
        let svg_options = SvgOptions {
            direction: options.direction,
            engine: options.engine,
            theme: options.theme,
            embed_font: options.embed_font,
            thresholds: tree.thresholds,
        };
        let time = options.time.and_then(|choice| svg_time(tree, choice));
        Ok((codes, svg_options, time))
    };
    let svg = |tree: &Tree| -> Result<String, WorkspaceError> {
        let (codes, svg_options, time) = picture(tree)?;
        Ok(write_svg_timed(tree, &svg_options, &codes, time.as_ref())?)
    };
    Ok(match options.format {
        ExportFormat::Json => {
            if options.lay_out_json {
                let layout = LayoutOptions {
                    direction: options.direction,
                    engine: options.engine,
                };
                lay_out(&mut tree, &layout)?;
            }
            interchange::write(&tree).into_bytes()
        }
        ExportFormat::Svg => svg(&tree)?.into_bytes(),
        ExportFormat::Png => render_png(&svg(&tree)?, options.png_scale)?,
        ExportFormat::Html => {
            let (codes, svg_options, time) = picture(&tree)?;
            write_html(&tree, &svg_options, &codes, time.as_ref())?.into_bytes()
        }
        ExportFormat::Pdf => {
            let (codes, svg_options, time) = picture(&tree)?;
            write_pdf(&tree, &svg_options, &codes, time.as_ref(), &options.pdf)?
        }
    })
}
