//! Texts made by changing seed texts: a seed from the corpus with a few changes
//! (tokens of the format inserted or swapped in, spans deleted, repeated or copied
//! from another seed). Without coverage feedback (no nightly, no libFuzzer), seeds
//! that already pass the first checks of a parser are how random inputs reach its
//! deeper code. Changes work on characters, so every text is valid UTF-8, as every
//! text the core reads is (files are read with `read_to_string`, the window sends
//! strings). Proptest shrinks a failing text by dropping changes one by one.

use proptest::prelude::*;
use proptest::sample::{select, Index};

/// The longest text made (characters); repeats stop there.
const MAX_CHARS: usize = 200_000;

/// One change to a text; positions are taken modulo the text's length.
#[derive(Debug, Clone)]
enum Change {
    Insert {
        at: Index,
        text: String,
    },
    Delete {
        at: Index,
        len: usize,
    },
    Replace {
        at: Index,
        len: usize,
        text: String,
    },
    /// The span at `at` repeated `times` times (deep nesting, long names).
    Repeat {
        at: Index,
        len: usize,
        times: usize,
    },
    /// A span of another seed put in at `at`.
    Splice {
        at: Index,
        seed: Index,
        from: Index,
        len: usize,
    },
}

/// A seed of `seeds` with up to eight changes, drawing new text from `tokens` (the
/// format's own words and marks) or from arbitrary characters.
pub fn mutated(
    seeds: Vec<String>,
    tokens: &'static [&'static str],
) -> impl Strategy<Value = String> {
    let seeds: Vec<Vec<char>> = seeds.iter().map(|s| s.chars().collect()).collect();
    let count = seeds.len();
    let change = prop_oneof![
        3 => (any::<Index>(), piece(tokens)).prop_map(|(at, text)| Change::Insert { at, text }),
        2 => (any::<Index>(), 1..16usize).prop_map(|(at, len)| Change::Delete { at, len }),
        3 => (any::<Index>(), 1..8usize, piece(tokens))
            .prop_map(|(at, len, text)| Change::Replace { at, len, text }),
        1 => (any::<Index>(), 1..8usize, 2..400usize)
            .prop_map(|(at, len, times)| Change::Repeat { at, len, times }),
        1 => (any::<Index>(), any::<Index>(), any::<Index>(), 1..200usize)
            .prop_map(|(at, seed, from, len)| Change::Splice { at, seed, from, len }),
    ];
    (0..count, prop::collection::vec(change, 0..8)).prop_map(move |(seed, changes)| {
        let mut text = seeds[seed].clone();
        for change in &changes {
            apply(&mut text, change, &seeds);
        }
        text.into_iter().collect()
    })
}

/// A piece of new text: a token of the format, a few arbitrary characters, or
/// control characters and line breaks.
fn piece(tokens: &'static [&'static str]) -> impl Strategy<Value = String> {
    prop_oneof![
        4 => select(tokens).prop_map(str::to_owned),
        2 => "\\PC{1,6}",
        1 => prop::collection::vec(prop::char::range('\0', '\u{1f}'), 1..3)
            .prop_map(|chars| chars.into_iter().collect()),
        1 => prop::collection::vec(any::<char>(), 1..4).prop_map(|chars| chars.into_iter().collect()),
    ]
}

fn apply(text: &mut Vec<char>, change: &Change, seeds: &[Vec<char>]) {
    let at = |index: &Index, text: &Vec<char>| index.index(text.len() + 1);
    let span = |start: usize, len: usize, text: &Vec<char>| start..(start + len).min(text.len());
    match change {
        Change::Insert { at: i, text: new } => {
            let i = at(i, text);
            text.splice(i..i, new.chars());
        }
        Change::Delete { at: i, len } => {
            let range = span(at(i, text), *len, text);
            text.drain(range);
        }
        Change::Replace {
            at: i,
            len,
            text: new,
        } => {
            let range = span(at(i, text), *len, text);
            text.splice(range, new.chars());
        }
        Change::Repeat { at: i, len, times } => {
            let range = span(at(i, text), *len, text);
            let piece: Vec<char> = text[range.clone()].to_vec();
            let room = MAX_CHARS.saturating_sub(text.len()) / piece.len().max(1);
            let copies = (*times).min(room);
            let repeated: Vec<char> = piece
                .iter()
                .copied()
                .cycle()
                .take(piece.len() * copies)
                .collect();
            text.splice(range.end..range.end, repeated);
        }
        Change::Splice {
            at: i,
            seed,
            from,
            len,
        } => {
            let donor = &seeds[seed.index(seeds.len())];
            let start = from.index(donor.len() + 1);
            let piece = &donor[span(start, *len, donor)];
            let i = at(i, text);
            text.splice(i..i, piece.iter().copied());
        }
    }
}
