//! `kpitree export`: writes a tree of the store. The output file is written whole
//! or not at all (a temporary file renamed into place), so a failed export never
//! leaves half a file where a good one was.

use std::io::Write;
use std::path::Path;

use std::collections::BTreeMap;

use kpitree_core::export::png::render_png;
use kpitree_core::export::{write_atomically, write_svg, ExportError, SvgOptions, Theme};
use kpitree_core::interchange;
use kpitree_core::layout::{self, LayoutDirection, LayoutEngine, LayoutOptions};
use kpitree_core::model::{Tree, TreeId};
use kpitree_core::store::Store;

use super::args::{self, Engine, ExportOptions, Format, Layout};
use super::CliError;

pub fn run(store: &Store, options: &ExportOptions) -> Result<(), CliError> {
    let id = store.find_tree(&options.tree)?;
    let mut tree = store.load_tree(id)?;
    let bytes = match options.format {
        Format::Json => {
            if let Some(layout) = options.layout {
                lay_out(&mut tree, layout, options.engine)?;
            }
            interchange::write(&tree).into_bytes()
        }
        Format::Svg => svg(store, id, &tree, options)?.into_bytes(),
        Format::Png => {
            if !(options.scale.is_finite() && options.scale > 0.0) {
                return Err(CliError::Usage(format!(
                    "--scale {} is not a positive number",
                    options.scale
                )));
            }
            render_png(&svg(store, id, &tree, options)?, options.scale).map_err(export_error)?
        }
    };
    write_output(&options.output, &bytes)
}

/// The SVG of the tree, laid out as `--layout` says (top-down by default), its
/// statuses by the tree's own thresholds.
fn svg(
    store: &Store,
    id: TreeId,
    tree: &Tree,
    options: &ExportOptions,
) -> Result<String, CliError> {
    let svg_options = SvgOptions {
        direction: direction(options.layout.unwrap_or(Layout::TopDown)),
        engine: engine(options.engine),
        theme: match options.theme {
            args::Theme::Light => Theme::Light,
            args::Theme::Dark => Theme::Dark,
        },
        embed_font: !options.no_embed_font,
        thresholds: store.status_thresholds(id)?,
    };
    write_svg(tree, &svg_options).map_err(export_error)
}

fn export_error(error: ExportError) -> CliError {
    CliError::Invalid(format!("the export failed: {error}"))
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

/// Moves every node to its laid-out place (pinned nodes stay where they are).
fn lay_out(tree: &mut Tree, layout: Layout, engine_choice: Engine) -> Result<(), CliError> {
    let options = LayoutOptions {
        direction: direction(layout),
        engine: engine(engine_choice),
    };
    let laid_out = layout::layout(tree, &BTreeMap::new(), &options)
        .map_err(|error| CliError::Invalid(error.to_string()))?;
    for node in &mut tree.nodes {
        if let Some(position) = laid_out.positions.get(&node.id) {
            node.position = Some(*position);
        }
    }
    Ok(())
}

fn write_output(output: &Path, bytes: &[u8]) -> Result<(), CliError> {
    if output == Path::new("-") {
        let mut stdout = std::io::stdout().lock();
        return stdout
            .write_all(bytes)
            .and_then(|()| stdout.flush())
            .map_err(|error| CliError::io(output, error));
    }
    write_atomically(output, bytes).map_err(|error| CliError::io(output, error))
}
