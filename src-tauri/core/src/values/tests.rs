//! Reading and writing values CSV: the forms spreadsheets produce, each error
//! message, and the round trip.

use proptest::prelude::*;

use super::*;
use crate::model::{Granularity, HistoryPoint, Node, NodeId, NodeKind, Period, Tree};

fn id(text: &str) -> NodeId {
    NodeId::new(text).unwrap()
}

fn p(text: &str) -> Period {
    Period::parse(text).unwrap()
}

/// Three nodes; `price` is named "customers", the id of another node, so that an
/// id is seen to win over a name.
fn tree() -> Tree {
    let mut tree = Tree::new("t");
    for (node_id, name) in [
        ("arr", "Annual recurring revenue"),
        ("customers", "Paying customers"),
        ("price", "customers"),
    ] {
        tree.nodes
            .push(Node::new(id(node_id), NodeKind::BusinessKpi, name));
    }
    tree
}

fn read(text: &str) -> Result<ValuesTable, ValuesCsvError> {
    read_values_csv(text.as_bytes(), "v.csv", &tree())
}

fn cells(text: &str) -> Vec<(String, String, Option<f64>)> {
    let table = read(text).unwrap_or_else(|e| panic!("{e}"));
    let mut cells: Vec<_> = (table.cells.iter())
        .map(|c| (c.node.to_string(), c.period.to_string(), c.value))
        .collect();
    cells.sort_by(|a, b| (&a.0, &a.1).cmp(&(&b.0, &b.1)));
    cells
}

fn error(text: &str) -> String {
    match read(text) {
        Ok(table) => panic!("read {table:?}"),
        Err(error) => error.to_string(),
    }
}

fn cell(node: &str, period: &str, value: Option<f64>) -> (String, String, Option<f64>) {
    (node.to_owned(), period.to_owned(), value)
}

#[test]
fn the_long_form_reads_its_cells_and_counts_the_values() {
    let table =
        read("node,period,value\narr,2026-01,100\narr,2026-02,\ncustomers,2026-01,7\n").unwrap();
    assert_eq!(table.form, CsvForm::Long);
    assert_eq!(table.value_count(), 2);
    assert_eq!(
        table.cells[1],
        ValueCell {
            node: id("arr"),
            period: p("2026-02"),
            value: None
        }
    );
}

#[test]
fn the_wide_and_the_long_form_of_one_table_read_the_same() {
    let wide = "node,2026-01,2026-02\narr,100,\nPaying customers,7,8.5\n";
    let long = "Node,Value,Period\narr,100,2026-01\narr,,2026-02\ncustomers,7,2026-01\ncustomers,8.5,2026-02\n";
    assert_eq!(read(wide).unwrap().form, CsvForm::Wide);
    assert_eq!(cells(wide), cells(long));
    assert_eq!(
        cells(wide),
        [
            cell("arr", "2026-01", Some(100.0)),
            cell("arr", "2026-02", None),
            cell("customers", "2026-01", Some(7.0)),
            cell("customers", "2026-02", Some(8.5)),
        ]
    );
}

#[test]
fn what_spreadsheets_produce_reads_as_meant() {
    // A BOM, CRLF, quoted thousands, a percentage, a quoted name with a comma
    // (here an unknown node would fail, so the name is a known one), blank cells,
    // trailing empty columns and rows.
    let excel = "\u{feff}node,2026-01,2026-02,,\r\n\"Annual recurring revenue\",\"1,200\",41.5%,,\r\n customers , 1 200 ,,,\r\n,,,,\r\n,,,,\r\n";
    assert_eq!(
        cells(excel),
        [
            cell("arr", "2026-01", Some(1200.0)),
            cell("arr", "2026-02", Some(41.5)),
            cell("customers", "2026-01", Some(1200.0)),
            cell("customers", "2026-02", None),
        ]
    );
    // Copied from a spreadsheet: tab-separated, a row cut short.
    let pasted = "node\t2026-01\t2026-02\narr\t1,200.50\t3\ncustomers\t9\n\n";
    assert_eq!(
        cells(pasted),
        [
            cell("arr", "2026-01", Some(1200.5)),
            cell("arr", "2026-02", Some(3.0)),
            cell("customers", "2026-01", Some(9.0)),
            cell("customers", "2026-02", None),
        ]
    );
}

#[test]
fn a_node_is_found_by_id_first_then_by_exact_name() {
    // "customers" is the id of one node and the name of another: the id wins.
    assert_eq!(
        cells("node,period,value\ncustomers,2026-01,1\nPaying customers,2026-02,2\n"),
        [
            cell("customers", "2026-01", Some(1.0)),
            cell("customers", "2026-02", Some(2.0)),
        ]
    );
    let mut twins = tree();
    twins.nodes[1].name = "Annual recurring revenue".into();
    let error = read_values_csv(
        b"node,period,value\nAnnual recurring revenue,2026-01,1\n",
        "v.csv",
        &twins,
    )
    .unwrap_err();
    assert_eq!(
        error.to_string(),
        "v.csv: row 2, column \"node\": \"Annual recurring revenue\" is the name of 2 nodes: write the node's id"
    );
}

#[test]
fn each_problem_names_its_row_and_column() {
    let cases = [
        ("", "v.csv: row 1: the file is empty: it needs a header row, node,period,value or node,2026-01,2026-02,…"),
        ("arr,2026-01,100\n", "v.csv: row 1: the first row must be a header, node,period,value or node,2026-01,2026-02,… (comma- or tab-separated); found \"arr,2026-01,100\""),
        ("node;2026-01\narr;1\n", "v.csv: row 1: the first row must be a header, node,period,value or node,2026-01,2026-02,… (comma- or tab-separated); found \"node;2026-01\""),
        ("node,period\narr,2026-01\n", "v.csv: row 1: the long form needs the columns node, period and value; value is missing"),
        ("node,period,value,note\narr,2026-01,1,x\n", "v.csv: row 1, column \"note\": \"note\" is not a column of the long form node,period,value"),
        ("node,,\narr,1,2\n", "v.csv: row 1: the header names no period: write node,2026-01,2026-02,… or node,period,value\nv.csv: row 2, column 2 (no header): \"1\" is in a column without a header\nv.csv: row 2, column 3 (no header): \"2\" is in a column without a header"),
        ("node,period,value\nchurn,2026-01,1\n", "v.csv: row 2, column \"node\": no node has the id or the name \"churn\""),
        ("node,period,value\n,2026-01,1\n", "v.csv: row 2, column \"node\": the row has values but no node"),
        ("node,period,value\narr,2026-13,1\n", "v.csv: row 2, column \"period\": \"2026-13\" is not a period: a month is 01 to 12"),
        ("node,period,value\narr,,1\n", "v.csv: row 2, column \"period\": the row has a value but no period"),
        ("node,2026-Q1\narr,1\n", "v.csv: row 1, column \"2026-Q1\": 2026-Q1 is a quarter, but this tree counts in months"),
        ("node,period,value\narr,2026-01,1\narr,2026-W02,1\n", "v.csv: row 3, column \"period\": 2026-W02 is a week, but 2026-01 (row 2) is a month: one file holds periods of one kind"),
        ("node,2026-01\narr,n/a\n", "v.csv: row 2, column \"2026-01\": \"n/a\" is not a number (write 1200, 1,200.50 or 41.5%)"),
        ("node,2026-01\narr,1e999\n", "v.csv: row 2, column \"2026-01\": \"1e999\" is not a number (write 1200, 1,200.50 or 41.5%)"),
        ("node,period,value\narr,2026-01,1\n\"Annual recurring revenue\",2026-01,2\n", "v.csv: row 3, column \"period\": the value of arr in 2026-01 is given twice (also row 2)"),
        ("node,2026-01,2026-01\narr,1,2\n", "v.csv: row 1, column \"2026-01\": 2026-01 is a column twice (also column 2)"),
        ("node,2026-01\narr,1\n\narr,2\n", "v.csv: row 4, column \"node\": node arr has a row already (row 2)"),
    ];
    for (text, message) in cases {
        // Windows line ends give the same rows.
        assert_eq!(error(&text.replace('\n', "\r\n")), message, "{text:?}");
        assert_eq!(error(text), message, "{text:?}");
    }
    let not_utf8 = |bytes: &[u8]| read_values_csv(bytes, "v.csv", &tree()).unwrap_err();
    assert_eq!(
        not_utf8(b"node,2026-01\narr,\xff1\n").to_string(),
        "v.csv: row 2: the text is not UTF-8: save the file as CSV UTF-8"
    );
    // A header that cannot be read is the only problem: the rows need it.
    assert_eq!(
        not_utf8(b"n\xf6de,2026-01\narr,1\n").to_string(),
        "v.csv: row 1: the text is not UTF-8: save the file as CSV UTF-8"
    );
}

#[test]
fn rows_are_lines_of_the_file_whatever_the_line_ends_and_blank_lines() {
    let problem = "column \"2026-01\": \"x\" is not a number (write 1200, 1,200.50 or 41.5%)";
    for (text, row) in [
        ("\n\nnode,2026-01\n\narr,1\n\n\ncustomers,x\n", 8),
        (
            "\r\n\r\nnode,2026-01\r\n\r\narr,1\r\n\r\n\r\ncustomers,x\r\n",
            8,
        ),
        ("node,2026-01\rarr,1\rcustomers,x\r", 3),
        ("node,2026-01\n\"arr\",\"1\n\"\ncustomers,x\n", 4),
        ("\t\nnode\t2026-01\n arr\t1\ncustomers\tx", 4),
    ] {
        assert_eq!(
            error(text),
            format!("v.csv: row {row}, {problem}"),
            "{text:?}"
        );
    }
}

#[test]
fn a_quarterly_tree_takes_quarters() {
    let mut quarterly = tree();
    quarterly.period = Granularity::Quarter;
    let table = read_values_csv(b"node,2026-Q1,2026-Q2\narr,1,2\n", "v.csv", &quarterly).unwrap();
    assert_eq!(table.value_count(), 2);
}

#[test]
fn many_problems_are_cut_to_the_limit_and_counted() {
    let mut text = String::from("node,period,value\n");
    for _ in 0..30 {
        text.push_str("nobody,2026-01,1\n");
    }
    let error = read(&text).unwrap_err();
    assert_eq!(error.problems().len(), ValuesCsvError::LIMIT);
    assert_eq!(error.more(), 10);
    assert!(error.to_string().ends_with("v.csv: and 10 more problems"));
}

#[test]
fn the_long_form_is_written_in_tree_order_with_periods_ascending() {
    let mut tree = tree();
    tree.nodes[0].history = vec![
        HistoryPoint {
            period: p("2025-12"),
            value: 0.1,
        },
        HistoryPoint {
            period: p("2026-01"),
            value: 1_200_000.0,
        },
    ];
    tree.nodes[2].history = vec![HistoryPoint {
        period: p("2026-01"),
        value: -0.0000001,
    }];
    assert_eq!(
        values_csv(&tree),
        "node,period,value\narr,2025-12,0.1\narr,2026-01,1200000\nprice,2026-01,-0.0000001\n"
    );
    assert_eq!(values_csv(&Tree::new("empty")), "node,period,value\n");
}

/// Reads `tree`'s own CSV back against it, as (node, period, value) in file order.
fn read_back(tree: &Tree) -> Vec<(NodeId, Period, Option<f64>)> {
    let table = read_values_csv(values_csv(tree).as_bytes(), "back.csv", tree).unwrap();
    table
        .cells
        .into_iter()
        .map(|c| (c.node, c.period, c.value))
        .collect()
}

fn history_cells(tree: &Tree) -> Vec<(NodeId, Period, Option<f64>)> {
    (tree.nodes.iter())
        .flat_map(|n| {
            n.history
                .iter()
                .map(|h| (n.id.clone(), h.period, Some(h.value)))
        })
        .collect()
}

#[test]
fn extreme_numbers_read_back_exactly() {
    let mut tree = tree();
    let values = [
        f64::MAX,
        f64::MIN_POSITIVE,
        5e-324,
        -1e300,
        0.1 + 0.2,
        123_456_789.123_456_78,
    ];
    tree.nodes[0].history = (values.iter().enumerate())
        .map(|(i, v)| HistoryPoint {
            period: p("2026-01").offset(i as i32).unwrap(),
            value: *v,
        })
        .collect();
    assert_eq!(read_back(&tree), history_cells(&tree));
}

proptest! {
    #[test]
    fn writing_then_reading_gives_the_same_cells(
        values in prop::collection::vec(
            prop::collection::vec(prop::option::of(prop::num::f64::NORMAL | prop::num::f64::ZERO | prop::num::f64::SUBNORMAL), 0..6),
            3,
        ),
        start in 0i32..2000,
    ) {
        let mut tree = tree();
        for (node, row) in tree.nodes.iter_mut().zip(&values) {
            node.history = (row.iter().enumerate())
                .filter_map(|(i, v)| v.map(|value| HistoryPoint {
                    period: p("1900-01").offset(start + i as i32).unwrap(),
                    value,
                }))
                .collect();
        }
        prop_assert_eq!(read_back(&tree), history_cells(&tree));
    }
}

proptest! {
    #[test]
    fn the_wide_and_the_long_form_of_any_table_read_the_same(
        table in prop::collection::vec(
            (any::<bool>(), prop::collection::vec(prop::option::of(-1e9f64..1e9), 4)),
            1..=3,
        ),
        tabs in any::<bool>(),
    ) {
        let tree = tree();
        let separator = if tabs { "\t" } else { "," };
        let periods = ["2025-11", "2025-12", "2026-01", "2026-02"];
        let mut wide = format!("node{separator}{}\n", periods.join(separator));
        let mut long = format!("node{separator}period{separator}value\n");
        for (node, (by_name, values)) in tree.nodes.iter().zip(&table) {
            // "price" is named "customers", an id: by name it would be the other node.
            let name = if *by_name && node.id.as_str() != "price" {
                node.name.clone()
            } else {
                node.id.to_string()
            };
            wide.push_str(&name);
            for (period, value) in periods.iter().zip(values) {
                let value = value.map(number_text).unwrap_or_default();
                wide.push_str(&format!("{separator}{value}"));
                long.push_str(&format!("{name}{separator}{period}{separator}{value}\n"));
            }
            wide.push('\n');
        }
        let read = |text: &str| read_values_csv(text.as_bytes(), "p.csv", &tree).map(|t| {
            let mut cells: Vec<_> = t.cells.into_iter()
                .map(|c| (c.node, c.period, c.value.map(f64::to_bits)))
                .collect();
            cells.sort();
            cells
        });
        let (wide, long) = (read(&wide), read(&long));
        prop_assert!(wide.is_ok(), "{:?}", wide);
        prop_assert_eq!(wide, long);
    }
}
