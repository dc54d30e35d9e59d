//! Values CSV benchmarks (SPEC 8): reading and validating a wide CSV of 1,000
//! nodes by 36 months against its tree (goal < 100 ms), and writing the long
//! form of the same 36,000 values.
//!
//! The tree is `sample::synthetic(1000)`; the CSV names nodes by id in the first
//! half and by name in the second, and writes values as a spreadsheet exports
//! them: one in three quoted with thousands separators (`"12,345.6"`), one in
//! ten a percentage, one in twenty blank.
//! Run: `cargo bench -p kpitree-core --bench values`.

use std::time::Duration;

use criterion::Criterion;
use kpitree_core::model::{Granularity, HistoryPoint, Period, Tree};
use kpitree_core::sample::generated::Lcg;
use kpitree_core::sample::synthetic;
use kpitree_core::values::{read_values_csv, values_csv};

const PERIODS: i32 = 36;

fn first_period() -> Period {
    Period::new(Granularity::Month, 2024, 1).expect("January 2024 is a month")
}

fn wide_csv(tree: &Tree) -> String {
    let mut random = Lcg(36_000);
    let mut text = String::from("node");
    for i in 0..PERIODS {
        text.push(',');
        text.push_str(&first_period().offset(i).expect("a month").to_string());
    }
    text.push_str("\r\n");
    for (index, node) in tree.nodes.iter().enumerate() {
        if index < tree.nodes.len() / 2 {
            text.push_str(node.id.as_str());
        } else {
            text.push_str(&node.name);
        }
        for _ in 0..PERIODS {
            text.push(',');
            let whole = 1_000 + random.next(90_000);
            match random.next(60) {
                0..=19 => text.push_str(&format!(
                    "\"{},{:03}.{}\"",
                    whole / 1000,
                    whole % 1000,
                    whole % 10
                )),
                20..=25 => text.push_str(&format!("{}.{}%", whole % 100, whole % 10)),
                26..=28 => {}
                _ => text.push_str(&format!("{whole}.{}", whole % 7)),
            }
        }
        text.push_str("\r\n");
    }
    text
}

fn main() {
    let mut c = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .configure_from_args();
    let mut group = c.benchmark_group("values");
    let mut tree = synthetic("Values", 1_000);
    let csv = wide_csv(&tree);
    let table = read_values_csv(csv.as_bytes(), "bench.csv", &tree).expect("the CSV reads");
    assert_eq!(table.cells.len(), 36_000);
    group.bench_function("read_wide_csv/1000x36", |b| {
        b.iter(|| read_values_csv(csv.as_bytes(), "bench.csv", &tree))
    });
    for cell in &table.cells {
        if let (Some(node), Some(value)) = (
            tree.nodes.iter_mut().find(|n| n.id == cell.node),
            cell.value,
        ) {
            node.history.push(HistoryPoint {
                period: cell.period,
                value,
            });
        }
    }
    group.bench_function("write_long_csv/1000x36", |b| b.iter(|| values_csv(&tree)));
    group.finish();
    c.final_summary();
}
