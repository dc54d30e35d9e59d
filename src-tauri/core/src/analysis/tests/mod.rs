//! Tests of the numbers behind a tree, one file per concern: [`status`] against
//! targets, [`leverage`], [`what_if`], and the target and unit [`checks`]. The
//! trees come from [`crate::test_trees`]; the ones several files use are here.

use crate::model::Tree;
use crate::test_trees::kpi_tree;

mod checks;
mod explain;
mod leverage;
mod status;
mod what_if;

/// arr = customers * seats * price; customers = acquired - churned.
fn arr_tree() -> Tree {
    kpi_tree(
        &[
            "arr:customers * seats * price",
            "customers:acquired - churned",
            "seats=20",
            "price=100",
            "acquired=50",
            "churned=10",
        ],
        &[
            "customers>arr",
            "seats>arr",
            "price>arr",
            "acquired>customers",
            "churned>customers",
        ],
    )
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * b.abs().max(1.0)
}
