//! kill -9 of the window during a burst of edits (issue 15): every edit the window
//! acknowledged, that is showed on a card before the kill, is in the store after
//! it, the store passes `PRAGMA integrity_check`, and it opens again in the window.
//!
//! An edit is acknowledged when its name is on a card: the canvas shows the tree
//! the core answered with, and the core answers once the edit is committed. The
//! kill comes from another task at a moment that moves through the burst from one
//! round to the next, so some rounds die before the first edit, some in the middle
//! of typing a name, some between the commit and the answer. The window is found
//! by its command line and killed with SIGKILL; the next round opens a new session
//! on the same display and driver (the store is the same all along: each round
//! opens what the round before it left).

use std::collections::BTreeSet;
use std::path::Path;
use std::time::{Duration, Instant};

use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use kpitree_core::store::Store;
use kpitree_core::workspace::settings::{self, ViewState};

use crate::harness::{kill_window, store_with_laid_out_tree, App};

const ENTER: char = '\u{E007}';
const TAB: char = '\u{E004}';
const F2: char = '\u{E032}';
const ROUNDS: u32 = 50;
/// Roughly how long a burst takes on this machine: the kills spread over it.
const BURST: Duration = Duration::from_millis(3000);

/// The names on the cards now (the name in a card being renamed is not on it yet).
const CARD_NAMES: &str = "
    return [...document.querySelectorAll('.kt-node')]
      .filter(card => card.querySelector('input') === null)
      .map(card => card.querySelector('.kt-node__name')?.getAttribute('title'))
      .filter(name => name != null);";

/// What a burst saw: the names acknowledged (shown on a card), and how far it got.
struct Seen {
    names: BTreeSet<String>,
    steps: usize,
}

impl Seen {
    /// Reads the cards; false once the window is gone.
    async fn look(&mut self, app: &App) -> bool {
        let Ok(names) = app.client.execute(CARD_NAMES, vec![]).await else {
            return false;
        };
        let names = names.as_array().cloned().unwrap_or_default();
        self.names
            .extend(names.iter().filter_map(|n| n.as_str().map(str::to_owned)));
        true
    }

    /// Looks until `done` holds of the page; false once the window is gone. A
    /// window alive that never gets there fails the test.
    async fn until(&mut self, app: &App, what: &str, done: impl Fn(&Self) -> bool) -> bool {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            if !self.look(app).await {
                return false;
            }
            if done(self) {
                return true;
            }
            assert!(Instant::now() < deadline, "the window never showed {what}");
            tokio::time::sleep(Duration::from_millis(30)).await;
        }
    }
}

/// Presses `first` (Tab, Enter, F2), types `name` into the card's name field once
/// it has the focus, and Enter; false once the window is gone.
async fn name_step(app: &App, seen: &mut Seen, first: char, name: &str) -> bool {
    if !keys(app, &first.to_string()).await {
        return false;
    }
    let focused = "return document.activeElement?.classList.contains('kt-node__rename') === true;";
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        match app.client.execute(focused, vec![]).await {
            Err(_) => return false,
            Ok(yes) if yes.as_bool() == Some(true) => break,
            Ok(_) => {}
        }
        assert!(Instant::now() < deadline, "no name field for {name:?}");
        tokio::time::sleep(Duration::from_millis(30)).await;
    }
    if !keys(app, &format!("{name}{ENTER}")).await {
        return false;
    }
    seen.steps += 1;
    seen.until(app, name, |seen| seen.names.contains(name))
        .await
}

/// Types `text` as key presses; false once the window is gone.
async fn keys(app: &App, text: &str) -> bool {
    let mut keys = KeyActions::new("keyboard".to_owned());
    for c in text.chars() {
        keys = keys
            .then(KeyAction::Down { value: c })
            .then(KeyAction::Up { value: c });
    }
    app.client.perform_actions(keys).await.is_ok()
}

/// The burst of round `round`: two children and a sibling added from the keyboard
/// and named on their cards, two of them renamed with F2.
async fn burst(app: &App, round: u32, seen: &mut Seen) {
    let name = |word: &str| format!("R{round} {word}");
    let steps = [
        (TAB, name("alpha")),
        (ENTER, name("beta")),
        (F2, name("beta two")),
        (TAB, name("gamma")),
        (ENTER, name("delta")),
        (F2, name("delta two")),
    ];
    for (first, name) in steps {
        if !name_step(app, seen, first, &name).await {
            return;
        }
    }
}

/// The names of the nodes of tree `tree` in the store, read by the core.
fn stored_names(store: &Path, tree: i64) -> BTreeSet<String> {
    let opened = Store::open(store).expect("the store opens after the kill");
    let tree = opened
        .load_tree(tree)
        .expect("the tree loads after the kill");
    tree.nodes.into_iter().map(|node| node.name).collect()
}

fn integrity(store: &Path) -> String {
    let conn = rusqlite::Connection::open(store).expect("the store opens with SQLite");
    conn.query_row("PRAGMA integrity_check", [], |row| row.get(0))
        .expect("integrity_check runs")
}

/// Every name acknowledged is in the store, or the name it was being renamed to
/// (a rename extends the name: "R3 beta" becomes "R3 beta two").
fn assert_kept(round: u32, seen: &BTreeSet<String>, stored: &BTreeSet<String>) {
    for name in seen {
        assert!(
            stored.iter().any(|s| s.starts_with(name.as_str())),
            "round {round}: {name:?} was on a card before the kill, but the store holds {stored:?}"
        );
    }
}

/// Makes the next window open on tree `tree` with `n1` selected, as if the user
/// had left it so: the round starts with no click (a click waits for the canvas to
/// settle, which would double the test's time).
fn leave_on(store: &Path, tree: i64) {
    let opened = Store::open(store).expect("the store opens");
    settings::set_last_tree(&opened, tree).expect("the last tree is remembered");
    let view = ViewState {
        viewport: None,
        nodes: vec!["n1".to_owned()],
        links: Vec::new(),
    };
    settings::set_view_state(&opened, tree, &view).expect("the selection is remembered");
}

#[tokio::test(flavor = "multi_thread")]
async fn kill_9_during_a_burst_of_edits_loses_no_acknowledged_edit() {
    let started = Instant::now();
    let folder = tempfile::tempdir().expect("a temporary folder");
    let store = folder.path().join("crash.db");
    // One small tree per round in the one store, so each burst draws on a clear
    // canvas while every round opens what the kills before it left.
    let trees: Vec<i64> = (0..ROUNDS)
        .map(|round| store_with_laid_out_tree(&store, &format!("Round {round}"), 5))
        .collect();

    leave_on(&store, trees[0]);
    let mut app = App::start(&store).await;
    let mut reached = Vec::new();
    let mut acknowledged = BTreeSet::new();
    for round in 0..ROUNDS {
        let tree = trees[round as usize];
        app.wait_for_text("inspector-id", "n1").await;

        // The kill's moment walks through the burst (a stride prime to ROUNDS).
        let at = BURST.mul_f64(f64::from((round * 17) % ROUNDS) / f64::from(ROUNDS));
        let killer = {
            let store = store.clone();
            tokio::spawn(async move {
                tokio::time::sleep(at).await;
                kill_window(&store)
            })
        };
        let mut seen = Seen {
            names: BTreeSet::new(),
            steps: 0,
        };
        burst(&app, round, &mut seen).await;
        assert_eq!(killer.await.expect("the kill"), 1, "one window was killed");
        let deadline = Instant::now() + Duration::from_secs(10);
        while !crate::harness::window_pids(&store).is_empty() {
            assert!(Instant::now() < deadline, "the killed window lingers");
            tokio::time::sleep(Duration::from_millis(20)).await;
        }

        acknowledged = seen
            .names
            .into_iter()
            .filter(|name| name.starts_with(&format!("R{round} ")))
            .collect();
        assert_kept(round, &acknowledged, &stored_names(&store, tree));
        assert_eq!(integrity(&store), "ok", "round {round}");
        reached.push((at.as_millis(), seen.steps, acknowledged.len()));
        if let Some(next) = trees.get(round as usize + 1) {
            leave_on(&store, *next);
        }
        app = app.relaunch(&store).await;
    }
    // The last round's store in the window: its acknowledged names on the cards.
    let mut last = Seen {
        names: BTreeSet::new(),
        steps: 0,
    };
    let shown = last
        .until(&app, "the last round's nodes", |seen| {
            acknowledged.iter().all(|name| {
                seen.names
                    .iter()
                    .any(|shown| shown.starts_with(name.as_str()))
            }) && seen.names.contains("Metric 4")
        })
        .await;
    assert!(shown, "the window opened on the store after the last kill");
    app.screenshot("crash-last-round-reopened").await;
    app.close().await;
    println!("kill at ms, steps typed, edits acknowledged: {reached:?}");
    println!("{ROUNDS} rounds in {:.1?}", started.elapsed());
}
