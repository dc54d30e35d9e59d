//! The command-line grammar (clap derive), exactly as SPEC 4 lists it.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(
    name = "kpitree",
    version,
    about = "A visual editor for KPI trees. With no command, opens the editor window."
)]
pub struct Args {
    /// The store (a SQLite file). Default: kpitree.db in the per-user data directory,
    /// or $KPITREE_DB when set.
    #[arg(long, global = true, value_name = "PATH")]
    pub db: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Open the editor window (the default); with FILE.json, on that file's tree:
    /// imported into the store the first time, shown after that. A window already
    /// open on the store is handed the file and comes to the front.
    Open {
        #[arg(value_name = "FILE.json")]
        file: Option<PathBuf>,
    },
    /// Add the tree of a JSON file to the store; prints the new tree's id.
    Import {
        #[arg(value_name = "FILE.json")]
        file: PathBuf,
    },
    /// Write a tree of the store as JSON, SVG, PNG, a self-contained HTML page with
    /// present mode's walk-through, or a PDF.
    Export(ExportOptions),
    /// Report the errors and warnings of a JSON file or of a tree in the store.
    Check {
        /// The file to check.
        #[arg(
            value_name = "FILE.json",
            required_unless_present = "tree",
            conflicts_with = "tree"
        )]
        file: Option<PathBuf>,
        /// The tree of the store to check (name or id).
        #[arg(long, value_name = "NAME_OR_ID")]
        tree: Option<String>,
        /// Also print the leverage of NODE (by default of each root with a formula):
        /// the leaves below it ranked by elasticity.
        #[arg(long, value_name = "NODE", num_args = 0..=1, default_missing_value = "")]
        leverage: Option<String>,
    },
    /// List the trees in the store (or, with --snapshots, their snapshots).
    List {
        /// List the snapshots instead: ID, tree, name, date.
        #[arg(long)]
        snapshots: bool,
        /// With --snapshots: only this tree's (name or id).
        #[arg(long, value_name = "NAME_OR_ID", requires = "snapshots")]
        tree: Option<String>,
    },
    /// Keep a named, dated, read-only copy of a tree (SPEC 10); prints its id.
    Snapshot {
        /// The tree (name or id).
        #[arg(long, value_name = "NAME_OR_ID")]
        tree: String,
        /// The snapshot's name, e.g. "Q3 review".
        #[arg(long, value_name = "NAME")]
        name: String,
    },
    /// What differs between two trees; each side is a JSON file, a tree of the
    /// store (NAME_OR_ID) or a snapshot (NAME_OR_ID@SNAPSHOT). Exit 0 whether or
    /// not they differ.
    Diff {
        #[arg(value_name = "LEFT")]
        left: String,
        #[arg(value_name = "RIGHT")]
        right: String,
        /// One line a change, or SPEC 10's JSON.
        #[arg(long, value_enum, default_value_t = DiffFormat::Text)]
        format: DiffFormat,
    },
    /// Merge trees into one (SPEC 10). With conflicts nothing is written, each
    /// conflict is printed and the exit code is 1, unless --prefer settles them.
    /// With --base: the three-way merge of OURS and THEIRS, usable as a git merge
    /// driver (`kpitree merge --base %O %A %B -o %A`).
    Merge(MergeOptions),
    /// Values over time (SPEC 8): import a CSV into a tree, or export a tree's values.
    #[command(subcommand)]
    Values(ValuesCommand),
    /// Split the change of a formula node between two periods among the leaves
    /// below it (SPEC 9).
    Explain(ExplainOptions),
}

#[derive(Debug, clap::Args)]
pub struct MergeOptions {
    /// The trees to merge: files, trees of the store or snapshots (TREE@SNAPSHOT);
    /// with --base, OURS and THEIRS.
    #[arg(value_name = "SOURCE", required = true)]
    pub sources: Vec<String>,
    /// The common ancestor of OURS and THEIRS: a three-way merge.
    #[arg(long, value_name = "BASE")]
    pub base: Option<String>,
    /// The merged tree's name (not with --base, which merges the name too).
    #[arg(
        long,
        value_name = "NAME",
        required_unless_present = "base",
        conflicts_with = "base"
    )]
    pub name: Option<String>,
    /// Write the merged tree to this JSON file; without it, add it to the store.
    #[arg(short = 'o', long = "output", value_name = "OUT.json")]
    pub output: Option<PathBuf>,
    /// Settle every conflict in favour of this source (as named on the command line).
    #[arg(long, value_name = "SOURCE")]
    pub prefer: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiffFormat {
    Text,
    Json,
}

#[derive(Debug, Subcommand)]
pub enum ValuesCommand {
    /// Add or replace the values of a CSV file (long `node,period,value` or wide
    /// `node,2026-01,…`; comma or tab) in a tree; prints how many it stored.
    Import {
        #[arg(value_name = "FILE.csv")]
        file: PathBuf,
        /// The tree (name or id).
        #[arg(long, value_name = "NAME_OR_ID")]
        tree: String,
    },
    /// Write a tree's values as CSV (the long form: nodes in tree order, periods
    /// ascending).
    Export {
        /// The tree (name or id).
        #[arg(long, value_name = "NAME_OR_ID")]
        tree: String,
        /// The file to write; `-` writes to standard output.
        #[arg(short = 'o', long = "output", value_name = "OUT.csv")]
        output: PathBuf,
    },
}

#[derive(Debug, clap::Args)]
pub struct ExplainOptions {
    /// The tree (name or id).
    #[arg(long, value_name = "NAME_OR_ID")]
    pub tree: String,
    /// The node whose change is split (its id); it needs a formula.
    #[arg(long, value_name = "ID")]
    pub node: String,
    /// The period the change starts from (2026-01, 2026-Q1, 2026-W01).
    #[arg(long, value_name = "PERIOD")]
    pub from: String,
    /// The period the change ends at.
    #[arg(long, value_name = "PERIOD")]
    pub to: String,
    /// Text or JSON (SPEC 9), or the bridge chart as an SVG or PNG image.
    #[arg(long, value_enum, default_value_t = ExplainFormat::Text)]
    pub format: ExplainFormat,
    /// The file to write (`-`: standard output, the default).
    #[arg(short = 'o', long = "output", value_name = "OUT", default_value = "-")]
    pub output: PathBuf,
    /// The bridge chart's colours.
    #[arg(long, value_enum, default_value_t = Theme::Light)]
    pub theme: Theme,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExplainFormat {
    Text,
    Json,
    Svg,
    Png,
}

#[derive(Debug, clap::Args)]
pub struct ExportOptions {
    /// The tree to export (name or id).
    #[arg(long, value_name = "NAME_OR_ID")]
    pub tree: String,
    #[arg(long, value_enum)]
    pub format: Format,
    /// Lay the tree out before writing it. SVG and PNG are always laid out (top-down
    /// unless this says otherwise); JSON keeps the stored positions unless given.
    #[arg(long, value_enum)]
    pub layout: Option<Layout>,
    /// The layout engine: tidy for pure trees and layered (layout-rs) for trees where
    /// a node drives several parents, or either one on request.
    #[arg(long, value_enum, default_value_t = Engine::Auto)]
    pub engine: Engine,
    #[arg(long, value_enum, default_value_t = Theme::Light)]
    pub theme: Theme,
    /// SVG and HTML: leave out the embedded subset of the Inter font (text then uses
    /// the viewer's fonts).
    #[arg(long)]
    pub no_embed_font: bool,
    /// PNG: pixels per SVG unit (2 gives crisp slides).
    #[arg(long, default_value_t = 2.0, value_name = "FACTOR")]
    pub scale: f32,
    /// PDF: the page size; `fit` is the size of the drawing, A4 and Letter turn
    /// landscape for a drawing wider than tall.
    #[arg(long, value_enum, value_name = "PAGE")]
    pub page: Option<Page>,
    /// PDF: one page per present step (each level, then the whole tree) instead of
    /// one page.
    #[arg(long)]
    pub steps: bool,
    /// The file to write; `-` writes to standard output.
    #[arg(short = 'o', long = "output", value_name = "OUT")]
    pub output: PathBuf,
    /// SVG, PNG, HTML and PDF of a tree with history: show the values of this period
    /// (`2026-11`, or `latest`) with each card's change and sparkline (SPEC 8).
    #[arg(long, value_name = "PERIOD")]
    pub period: Option<String>,
    /// What the shown period is compared with: `previous` (the default),
    /// `year-ago`, `none` or a period.
    #[arg(long, value_name = "COMPARE")]
    pub compare: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Json,
    Svg,
    Png,
    Html,
    Pdf,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Page {
    Fit,
    A4,
    Letter,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Layout {
    TopDown,
    LeftRight,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Theme {
    Light,
    Dark,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Engine {
    Auto,
    Tidy,
    Layered,
}
