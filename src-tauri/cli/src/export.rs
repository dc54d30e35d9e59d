//! `kpitree export`: writes a tree of the store. The bytes come from the core's one
//! export pipeline (`kpitree_core::workspace::export_tree`, which the window's
//! Export calls too); this file turns the flags into its options. The output file
//! is written whole or not at all (a temporary file renamed into place), so a
//! failed export never leaves half a file where a good one was.

use std::io::Write;
use std::path::Path;

use kpitree_core::export::{write_atomically, PdfOptions, PdfPage, Theme};
use kpitree_core::layout::{LayoutDirection, LayoutEngine};
use kpitree_core::model::{Period, TreeId};
use kpitree_core::store::{SnapshotId, Store};
use kpitree_core::workspace::{export_snapshot, export_tree, Compare, ExportFormat, TimeChoice};

use super::args::{self, Engine, ExportOptions, Format, Layout, Page};
use super::CliError;

pub fn run(store: &Store, options: &ExportOptions) -> Result<(), CliError> {
    let found = find(store, &options.tree)?;
    if options.format == Format::Png && !(options.scale.is_finite() && options.scale > 0.0) {
        return Err(CliError::Usage(format!(
            "--scale {} is not a positive number",
            options.scale
        )));
    }
    if options.format != Format::Pdf && (options.page.is_some() || options.steps) {
        let flag = if options.steps { "--steps" } else { "--page" };
        return Err(CliError::Usage(format!("{flag} is for --format pdf only")));
    }
    let mut pipeline = pipeline_options(options);
    pipeline.time = time_choice(options)?;
    let bytes = match found {
        (id, None) => export_tree(store, id, &pipeline)?,
        (id, Some(snapshot)) => export_snapshot(store, id, snapshot, &pipeline)?,
    };
    write_output(&options.output, &bytes)
}

/// The tree `NAME_OR_ID`, or the snapshot `NAME_OR_ID@SNAPSHOT` (SPEC 10: a
/// snapshot exports like a tree); a tree named with an `@` is found first.
fn find(store: &Store, text: &str) -> Result<(TreeId, Option<SnapshotId>), CliError> {
    let not_found = match store.find_tree(text) {
        Ok(id) => return Ok((id, None)),
        Err(error) => error,
    };
    match text.rsplit_once('@') {
        Some((tree, snapshot)) => {
            let id = store.find_tree(tree)?;
            Ok((id, Some(store.find_snapshot(id, snapshot)?)))
        }
        None => Err(not_found.into()),
    }
}

/// `--period` and `--compare` as the time an image shows; `None` when neither is
/// given (the export as it always was).
fn time_choice(options: &ExportOptions) -> Result<Option<TimeChoice>, CliError> {
    if options.period.is_none() && options.compare.is_none() {
        return Ok(None);
    }
    let period = match options.period.as_deref() {
        None | Some("latest") => None,
        Some(text) => Some(
            Period::parse(text).map_err(|error| CliError::Usage(format!("--period: {error}")))?,
        ),
    };
    let compare = match options.compare.as_deref() {
        None | Some("previous") => Compare::Previous,
        Some("year-ago") => Compare::YearAgo,
        Some("none") => Compare::None,
        Some(text) => Compare::Period(Period::parse(text).map_err(|error| {
            CliError::Usage(format!(
                "--compare: previous, year-ago, none or a period; {error}"
            ))
        })?),
    };
    Ok(Some(TimeChoice { period, compare }))
}

/// The flags as the pipeline's options: images laid out as `--layout` says
/// (top-down by default), JSON laid out only when `--layout` is given.
fn pipeline_options(options: &ExportOptions) -> kpitree_core::workspace::ExportOptions {
    kpitree_core::workspace::ExportOptions {
        format: match options.format {
            Format::Json => ExportFormat::Json,
            Format::Svg => ExportFormat::Svg,
            Format::Png => ExportFormat::Png,
            Format::Html => ExportFormat::Html,
            Format::Pdf => ExportFormat::Pdf,
        },
        direction: direction(options.layout.unwrap_or(Layout::TopDown)),
        lay_out_json: options.layout.is_some(),
        engine: engine(options.engine),
        theme: match options.theme {
            args::Theme::Light => Theme::Light,
            args::Theme::Dark => Theme::Dark,
        },
        embed_font: !options.no_embed_font,
        png_scale: options.scale,
        pdf: PdfOptions {
            page: match options.page.unwrap_or(Page::Fit) {
                Page::Fit => PdfPage::Fit,
                Page::A4 => PdfPage::A4,
                Page::Letter => PdfPage::Letter,
            },
            steps: options.steps,
        },
        time: None,
        collapsed: false,
    }
}

fn engine(engine: Engine) -> LayoutEngine {
    match engine {
        Engine::Auto => LayoutEngine::Auto,
        Engine::Tidy => LayoutEngine::Tidy,
        Engine::Layered => LayoutEngine::Layered,
    }
}

fn direction(layout: Layout) -> LayoutDirection {
    match layout {
        Layout::TopDown => LayoutDirection::TopDown,
        Layout::LeftRight => LayoutDirection::LeftRight,
    }
}

/// Writes `bytes` to `output` whole (a temporary file renamed into place), or to
/// standard output for `-`.
pub(crate) fn write_output(output: &Path, bytes: &[u8]) -> Result<(), CliError> {
    if output == Path::new("-") {
        let mut stdout = std::io::stdout().lock();
        return stdout
            .write_all(bytes)
            .and_then(|()| stdout.flush())
            .map_err(|error| CliError::io(output, error));
    }
    write_atomically(output, bytes).map_err(|error| CliError::io(output, error))
}
