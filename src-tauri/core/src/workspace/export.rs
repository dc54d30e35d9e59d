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
use super::settings::{collapsed, color_codes, remember_color_codes};
use super::snapshots::snapshot_as_shown;
use super::time::{svg_time, TimeChoice};
use super::WorkspaceError;
use crate::alignment::ColorCodes;
use crate::export::png::{render_png, DEFAULT_SCALE};
use crate::export::{write_html, write_pdf, write_svg_shown, PdfOptions, SvgOptions, Theme};
use crate::graph::{visibility, Visibility};
use crate::interchange;
use crate::layout::{LayoutDirection, LayoutEngine, LayoutOptions};
use crate::model::{Tree, TreeId};
use crate::store::{SnapshotId, Store};

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
    /// Images: leave out what the tree's collapsed nodes hide (as the window shows
    /// it), each collapsed card with a "+N" badge of the nodes it hides.
    pub collapsed: bool,
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
            collapsed: false,
        }
    }
}

/// Tree `id` of `store` in `options.format`: the bytes of the file to write.
pub fn export_tree(
    store: &Store,
    id: TreeId,
    options: &ExportOptions,
) -> Result<Vec<u8>, WorkspaceError> {
    let tree = store.load_tree(id)?;
    // Its ids are seen now: none follows its name any more (SPEC 6).
    end_drafts(store, id)?;
    export_loaded(store, id, tree, options, true)
}

/// Snapshot `snapshot` of tree `id` in `options.format` (SPEC 10: a snapshot
/// exports like a tree). Drawn with its tree's colour codes and thresholds;
/// nothing is written to the store.
pub fn export_snapshot(
    store: &Store,
    id: TreeId,
    snapshot: SnapshotId,
    options: &ExportOptions,
) -> Result<Vec<u8>, WorkspaceError> {
    let tree = snapshot_as_shown(store, id, snapshot)?;
    export_loaded(store, id, tree, options, false)
}

/// The export of `tree`, which is tree `id` or a snapshot of it; `remember`:
/// whether the colour codes it shows are kept for the tree.
fn export_loaded(
    store: &Store,
    id: TreeId,
    mut tree: Tree,
    options: &ExportOptions,
    remember: bool,
) -> Result<Vec<u8>, WorkspaceError> {
    // An image: the colour codes the window shows, the options, the time shown.
    let picture = |tree: &Tree| -> Result<_, WorkspaceError> {
        let memory = color_codes(store, id)?;
        let codes = ColorCodes::new(tree, &memory);
        if remember {
            remember_color_codes(store, id, &memory, &codes.memory())?;
        }
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
        let shown = if options.collapsed {
            visibility(tree, &collapsed(store, id)?)
        } else {
            Visibility::default()
        };
        Ok(write_svg_shown(
            tree,
            &svg_options,
            &codes,
            time.as_ref(),
            &shown,
        )?)
    };
    Ok(match options.format {
        ExportFormat::Json => {
            if options.lay_out_json {
                let layout = LayoutOptions {
                    direction: options.direction,
                    engine: options.engine,
                    aspect: None,
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
