//! Handing out the colour codes: which KPIs get one, the colours the user fixed
//! (on the node or on a link to it), and the automatic codes of the rest, kept
//! from what the store remembers while still free and never too close (CIE76 ΔE)
//! to a colour the user chose.

use std::collections::HashSet;

use crate::model::{Color, LinkKind, Node, NodeId, NodeKind, Tree};

use super::{impacts_targets, Code, CodeMemory, ColorSource, KpiColor, PALETTE};

/// A palette colour closer than this (CIE76 ΔE) to a colour a tree already uses
/// explicitly is skipped: the first set's own closest pair (blue and sky blue) is
/// 26 apart, so anything nearer would be the weakest pair of the legend; every
/// colour of the second set is at least 21 from each of the first.
pub(super) const TOO_CLOSE: f64 = 20.0;

/// The colour of each coded node: fixed by the user, else its remembered code while
/// that is still free, else the first free code. Nodes with bets come first, so
/// that the codes drawn on links get the first colours and keep theirs.
pub(super) fn kpi_codes(tree: &Tree, memory: &CodeMemory) -> Vec<KpiColor> {
    let coded = coded_nodes(tree);
    let targets = impacts_targets(tree);
    let fixed = fixed_colors(tree, &coded);
    let mut book = CodeBook::new(fixed.iter().flatten().map(|(color, _)| color));
    let automatic = |bet_on: bool| {
        let (coded, fixed, targets) = (&coded, &fixed, &targets);
        (0..coded.len())
            .filter(move |&i| fixed[i].is_none() && targets.contains(&coded[i].id) == bet_on)
    };
    let order: Vec<usize> = automatic(true).chain(automatic(false)).collect();
    let mut codes: Vec<Option<Code>> = vec![None; coded.len()];
    for &i in &order {
        codes[i] = memory
            .0
            .get(&coded[i].id)
            .filter(|code| book.take(code))
            .cloned();
    }
    for &i in &order {
        if codes[i].is_none() {
            codes[i] = Some(book.next());
        }
    }
    coded
        .into_iter()
        .zip(fixed.into_iter().zip(codes))
        .map(|(node, fixed)| {
            let (color, source, dash) = match fixed {
                (Some((color, source)), _) => (color, source, 0),
                (None, Some(code)) => (code.color, ColorSource::Palette, code.dash),
                (None, None) => unreachable!("every automatic node was given a code"),
            };
            KpiColor {
                id: node.id.clone(),
                color,
                source,
                dash,
            }
        })
        .collect()
}

/// Business KPIs and the metrics `impacts` links point at, in tree order; with a
/// duplicate id, the first node wins (as everywhere in the core).
fn coded_nodes(tree: &Tree) -> Vec<&Node> {
    let targets = impacts_targets(tree);
    let mut seen = HashSet::new();
    tree.nodes
        .iter()
        .filter(|node| {
            node.kind == NodeKind::BusinessKpi
                || (node.kind.is_metric() && targets.contains(&node.id))
        })
        .filter(|node| seen.insert(&node.id))
        .collect()
}

/// The colours the user chose for `coded`: a node's own, else that of the first
/// `impacts` link to it with a colour (so that hand-coloured links and the legend
/// agree) that is not already another node's (ΔE under 20 from a node's own
/// colour, or from a colour taken from links to a node before it).
fn fixed_colors(tree: &Tree, coded: &[&Node]) -> Vec<Option<(Color, ColorSource)>> {
    let mut claimed: Vec<(&NodeId, [f64; 3])> = coded
        .iter()
        .filter_map(|node| Some((&node.id, lab(node.color.as_ref()?))))
        .collect();
    coded
        .iter()
        .map(|node| {
            if let Some(color) = &node.color {
                return Some((color.clone(), ColorSource::Own));
            }
            let free = |color: &Color| {
                let lab = lab(color);
                claimed
                    .iter()
                    .all(|(id, other)| *id == &node.id || delta_e(&lab, other) >= TOO_CLOSE)
            };
            let color = tree
                .links
                .iter()
                .filter(|link| link.kind == LinkKind::Impacts && link.to == node.id)
                .find_map(|link| link.color.clone().filter(|color| free(color)))?;
            claimed.push((&node.id, lab(&color)));
            Some((color, ColorSource::Link))
        })
        .collect()
}

/// A node's fill: its own colour or its kind's.
pub(super) fn fill(node: &Node) -> Option<Color> {
    Color::new(node.drawn_color()).ok()
}

/// The codes handed out so far. A code is free when no other node has it and, for
/// one drawn with the kind's own dash (variant 0), when its colour is not too
/// close to a colour the user chose (drawn with that dash too).
struct CodeBook {
    chosen: Vec<[f64; 3]>,
    taken: HashSet<Code>,
}

impl CodeBook {
    fn new<'c>(chosen: impl Iterator<Item = &'c Color>) -> CodeBook {
        CodeBook {
            chosen: chosen.map(lab).collect(),
            taken: HashSet::new(),
        }
    }

    /// Takes `code` when it is free; says whether it was.
    fn take(&mut self, code: &Code) -> bool {
        if code.dash == 0 {
            let lab = lab(&code.color);
            if self.chosen.iter().any(|c| delta_e(&lab, c) < TOO_CLOSE) {
                return false;
            }
        }
        self.taken.insert(code.clone())
    }

    /// The first free code: each palette colour in order with the kind's dash, then
    /// each with the next dash variant, and so on (never two alike, at any count).
    fn next(&mut self) -> Code {
        for dash in 0.. {
            for hex in PALETTE {
                let Ok(color) = Color::new(hex) else { continue };
                let code = Code { color, dash };
                if self.take(&code) {
                    return code;
                }
            }
        }
        unreachable!("a tree has fewer KPIs than dash variants")
    }
}

/// CIE76 colour difference: the distance between two CIELAB colours.
fn delta_e(a: &[f64; 3], b: &[f64; 3]) -> f64 {
    a.iter()
        .zip(b)
        .map(|(x, y)| (x - y).powi(2))
        .sum::<f64>()
        .sqrt()
}

/// An sRGB colour in CIELAB (D65 white), where distances follow what eyes see far
/// better than in RGB.
fn lab(color: &Color) -> [f64; 3] {
    let channel = |i: usize| {
        let byte = color
            .as_str()
            .get(i..i + 2)
            .and_then(|hex| u8::from_str_radix(hex, 16).ok())
            .unwrap_or(0);
        let c = f64::from(byte) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    let (r, g, b) = (channel(1), channel(3), channel(5));
    let x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
    let y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    let z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
    let f = |t: f64| {
        if t > 0.008856 {
            t.cbrt()
        } else {
            7.787 * t + 16.0 / 116.0
        }
    };
    let (fx, fy, fz) = (f(x), f(y), f(z));
    [116.0 * fy - 16.0, 500.0 * (fx - fy), 200.0 * (fy - fz)]
}

/// The CIE76 distance between two colours.
pub(in crate::alignment) fn distance(a: &Color, b: &Color) -> f64 {
    delta_e(&lab(a), &lab(b))
}
