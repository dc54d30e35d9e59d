//! Tests of the crossing reduction: inversion counting, medians, transposition
//! and the user's sibling order in forests and DAGs.

use super::*;

#[test]
fn inversions() {
    let ones = |v: &[usize]| v.iter().map(|&x| (x, 1)).collect::<Vec<_>>();
    assert_eq!(count_inversions(&ones(&[0, 1, 2]), 3), 0);
    assert_eq!(count_inversions(&ones(&[2, 1, 0]), 3), 3);
    assert_eq!(count_inversions(&ones(&[1, 0, 1, 0]), 2), 3);
    assert_eq!(count_inversions(&[], 0), 0);
    assert_eq!(count_inversions(&[(1, 2), (0, 3)], 2), 6);
}

/// Two parents a, b over children c, d with a → d, b → c: one crossing that
/// the sweep removes.
#[test]
fn a_crossing_is_removed() {
    let mut layers = Layers {
        rows: vec![vec![0, 1], vec![2, 3]],
        up: vec![vec![], vec![], vec![1], vec![0]],
        down: vec![vec![3], vec![2], vec![], vec![]],
        sibling_key: vec![None, None, Some((1, 0)), Some((0, 0))],
        weight: vec![1; 4],
        ..Layers::default()
    };
    assert_eq!(layers.reduce_crossings(true), 0);
    assert_eq!(layers.rows[1], vec![3, 2]);
}

/// In a DAG, siblings move when their order costs crossings: roots L, a, R
/// over l, c, d, r (c then d under a), and x under c and r, y under d and l.
#[test]
fn dag_siblings_move_when_their_order_costs_crossings() {
    let layers = || Layers {
        rows: vec![vec![0, 1, 2], vec![3, 4, 5, 6], vec![7, 8]],
        up: vec![
            vec![],
            vec![],
            vec![],
            vec![0],
            vec![1],
            vec![1],
            vec![2],
            vec![4, 6],
            vec![5, 3],
        ],
        down: vec![
            vec![3],
            vec![4, 5],
            vec![6],
            vec![8],
            vec![7],
            vec![8],
            vec![7],
            vec![],
            vec![],
        ],
        sibling_key: vec![
            None,
            None,
            None,
            Some((0, 0)),
            Some((1, 0)),
            Some((1, 1)),
            Some((2, 0)),
            None,
            None,
        ],
        weight: vec![1; 9],
        ..Layers::default()
    };
    let mut kept = layers();
    assert_eq!(kept.reduce_crossings(true), 1);
    assert_eq!(kept.rows[1], vec![3, 4, 5, 6]);
    let mut free = layers();
    assert_eq!(free.reduce_crossings(false), 0);
    assert_eq!(free.rows[1], vec![3, 5, 4, 6]);
}

#[test]
fn medians() {
    assert_eq!(weighted_median(&[(3, 1)]), 3.0);
    assert_eq!(weighted_median(&[(1, 1), (2, 1), (9, 1)]), 2.0);
    assert_eq!(weighted_median(&[(1, 1), (3, 1)]), 2.0);
    // Places 0 1 | 5 9: packed closer on the left, so nearer 1.
    assert_eq!(weighted_median(&[(0, 1), (1, 1), (5, 1), (9, 1)]), 1.8);
    // A group of three counts three times.
    assert_eq!(weighted_median(&[(0, 1), (4, 3)]), 4.0);
}

/// In a forest, siblings keep the user's order even when it costs a crossing.
#[test]
fn sibling_order_is_kept() {
    // Parent 0 has children 1 then 2; 1 drives 4, 2 drives 3 on the row below.
    let mut layers = Layers {
        rows: vec![vec![0], vec![1, 2], vec![3, 4]],
        up: vec![vec![], vec![0], vec![0], vec![2], vec![1]],
        down: vec![vec![1, 2], vec![4], vec![3], vec![], vec![]],
        sibling_key: vec![None, Some((0, 0)), Some((0, 1)), Some((2, 0)), Some((1, 0))],
        weight: vec![1; 5],
        ..Layers::default()
    };
    assert_eq!(layers.reduce_crossings(true), 0);
    assert_eq!(layers.rows[1], vec![1, 2]);
    assert_eq!(layers.rows[2], vec![4, 3]);
}
