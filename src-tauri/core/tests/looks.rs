//! The UI's copy of the look table ([`kpitree_core::model::look`]): rendered here as
//! `ui/src/model/looks.generated.ts` (the whole table, for the canvas's components)
//! and `ui/src/styles/looks.generated.css` (custom properties for `canvas.css`).
//! The test fails when the committed files differ from the table; `scripts/looks`
//! (which sets UPDATE_LOOKS=1) rewrites them.

use std::path::Path;

use kpitree_core::model::look::{code_dash, OKABE_ITO, TOL_MUTED};
use kpitree_core::model::{LinkKind, NodeKind, Strength};
use serde::Serialize;

const TYPESCRIPT_PATH: &str = "../../ui/src/model/looks.generated.ts";
const CSS_PATH: &str = "../../ui/src/styles/looks.generated.css";

const HEADER: &str = "Generated from the look table (src-tauri/core/src/model/look.rs) by
src-tauri/core/tests/looks.rs: do not edit, run scripts/looks.";

/// `{ "KEY": VALUE, … }` over `entries`, values as pretty JSON.
fn record<T: Serialize>(entries: impl IntoIterator<Item = (&'static str, T)>) -> String {
    let mut out = String::from("{\n");
    for (key, value) in entries {
        let json = serde_json::to_string_pretty(&value).expect("looks serialise");
        out.push_str(&format!("  {key}: {},\n", json.replace('\n', "\n  ")));
    }
    out.push('}');
    out
}

/// The class suffix of a kind's card (`kt-node--north-star`).
fn shape(kind: NodeKind) -> String {
    kind.as_str().replace('_', "-")
}

fn typescript() -> String {
    let comment: String = HEADER.lines().map(|l| format!("// {l}\n")).collect();
    let nodes = record(NodeKind::ALL.iter().map(|k| (k.as_str(), k.look())));
    let links = record(LinkKind::ALL.iter().map(|k| (k.as_str(), k.look())));
    let widths = record(Strength::ALL.iter().map(|s| (s.as_str(), s.width())));
    let shapes = record(NodeKind::ALL.iter().map(|k| (k.as_str(), shape(*k))));
    let order: Vec<&str> = NodeKind::ALL.iter().map(|k| k.as_str()).collect();
    let codes = |set: &[kpitree_core::model::look::CodeColor]| {
        serde_json::to_string_pretty(set)
            .expect("code colours serialise")
            .replace('\n', "\n  ")
    };
    let (first, second) = (codes(&OKABE_ITO), codes(&TOL_MUTED));
    let dashes: Vec<String> = (0..4).map(code_dash).collect();
    format!(
        "{comment}
import type {{ LinkKind, NodeKind, Strength }} from \"../ipc/api\";
import type {{ LinkLook, NodeLook }} from \"./lookTypes\";

/** Each kind of node's look. */
export const NODE_LOOKS = {nodes} as const satisfies Readonly<Record<NodeKind, NodeLook>>;

/** Each kind of link's look (light theme colours are the canvas's). */
export const LINK_LOOKS = {links} as const satisfies Readonly<Record<LinkKind, LinkLook>>;

/** The stroke width of an `impacts` link by strength, px. */
export const STRENGTH_WIDTHS = {widths} as const satisfies Readonly<Record<Strength, number>>;

/** The class of a kind's card on the canvas: `kt-node--SHAPE`. */
export const NODE_SHAPES = {shapes} as const satisfies Readonly<Record<NodeKind, string>>;

/** The kinds in the core's order (legends, palettes). */
export const NODE_KIND_ORDER: readonly NodeKind[] = {order:?};

/**
 * The colours KPIs are given as colour codes, in the order the core hands them
 * out: the Okabe–Ito set, then (past seven coded KPIs) Paul Tol's muted set.
 */
export const CODE_COLORS = {{
  okabeIto: {first},
  tolMuted: {second},
}} as const satisfies Readonly<
  Record<string, readonly {{ readonly color: string; readonly name: string }}[]>
>;

/**
 * The dashes of an `impacts` link by its code's dash variant (0: the kind's own),
 * the first few; the core sends those it uses in `TreeView.link_dashes`.
 */
export const CODE_DASHES: readonly string[] = {dashes:?};
"
    )
}

fn css() -> String {
    let mut out = format!("/* {} */\n:root {{\n", HEADER.replace('\n', "\n   "));
    for kind in NodeKind::ALL {
        let look = kind.look();
        out.push_str(&format!(
            "  --kt-look-{}-radius: {}px;\n",
            shape(*kind),
            look.radius
        ));
        if let Some(color) = look.mark.color {
            out.push_str(&format!(
                "  --kt-look-{}-mark-color: {color};\n",
                shape(*kind)
            ));
        }
    }
    out.push_str("}\n");
    out
}

fn check(relative: &str, generated: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(relative);
    if std::env::var_os("UPDATE_LOOKS").is_some() {
        std::fs::write(&path, generated).expect("looks written");
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "{} is stale: run scripts/looks and commit the result",
        path.display()
    );
}

#[test]
fn the_ui_reads_the_look_table_of_the_core() {
    check(TYPESCRIPT_PATH, &typescript());
    check(CSS_PATH, &css());
}
