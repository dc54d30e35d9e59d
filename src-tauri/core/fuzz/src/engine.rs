//! The runner every target uses: its seed corpus first, then inputs drawn from
//! proptest strategies, batch after batch, until the time budget is spent.
//!
//! - Quick mode (no `KPITREE_FUZZ_SECONDS`): one batch of [`QUICK_CASES`] per
//!   strategy, so a plain `cargo test` stays within a second or two.
//! - Long mode (`KPITREE_FUZZ_SECONDS=N`, set by `scripts/fuzz`): each target gets N
//!   seconds, shared equally by its strategies. Each batch starts from its own seed,
//!   printed to stderr, so `KPITREE_FUZZ_SEED=S` replays a run from batch S on.
//! - `KPITREE_FUZZ_STRATEGY=NAME` runs only the strategy so named (the part after
//!   the `/` in the log's labels).
//! - `KPITREE_FUZZ_TRACE=FILE` writes every input to FILE before running it: the
//!   way to find the input that aborts the process (a stack overflow cannot be
//!   caught as a panic can).
//!
//! A failure (a panic, or a property that does not hold) is shrunk by proptest to
//! a small input, then run once more outside proptest's panic catcher so that the
//! panic's message and place are printed, and the test fails naming the target,
//! the strategy, the seed and the input.

use std::fmt::Debug;
use std::path::PathBuf;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use proptest::strategy::Strategy;
use proptest::test_runner::{Config, RngAlgorithm, TestCaseError, TestError, TestRng, TestRunner};

/// Cases per strategy in quick mode.
pub const QUICK_CASES: u32 = 64;

/// Cases per batch in long mode (one seed each).
const LONG_BATCH: u32 = 5_000;

/// What a check says about one input: `Err` names the property that failed.
pub type Verdict = Result<(), String>;

/// The seed corpus of `target`: every file of `corpus/<target>/` but its README,
/// as (file name, text), sorted by name.
pub fn corpus(target: &str) -> Vec<(String, String)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("corpus")
        .join(target);
    let mut files: Vec<(String, String)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("the corpus {} cannot be read: {e}", dir.display()))
        .map(|entry| entry.expect("a corpus entry").path())
        .filter(|path| path.is_file() && !path.ends_with("README.md"))
        .map(|path| {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("corpus file {} is not text: {e}", path.display()));
            (name, text)
        })
        .collect();
    files.sort();
    files
}

/// Runs `check` on every corpus file of `target`; returns the texts, to seed the
/// mutating strategies.
pub fn check_corpus(target: &str, check: impl Fn(&str) -> Verdict) -> Vec<String> {
    let files = corpus(target);
    assert!(!files.is_empty(), "the corpus of {target} is empty");
    for (name, text) in &files {
        if let Err(why) = check(text) {
            panic!("{target}: corpus file {name}: {why}");
        }
    }
    files.into_iter().map(|(_, text)| text).collect()
}

/// How long, and from which seed, the strategies of one target run.
pub struct Budget {
    /// Per strategy; `None` in quick mode.
    share: Option<Duration>,
    first_seed: u64,
}

impl Budget {
    /// The budget from the environment, shared by `strategies` strategies.
    pub fn from_env(strategies: u32) -> Budget {
        let seconds = std::env::var("KPITREE_FUZZ_SECONDS")
            .ok()
            .and_then(|text| text.trim().parse::<u64>().ok());
        let first_seed = std::env::var("KPITREE_FUZZ_SEED")
            .ok()
            .and_then(|text| text.trim().parse::<u64>().ok())
            .unwrap_or_else(|| match seconds {
                // Quick mode is deterministic, so a red `cargo test` stays red.
                None => 1,
                Some(_) => SystemTime::now()
                    .duration_since(UNIX_EPOCH)
                    .map_or(1, |d| d.as_secs()),
            });
        Budget {
            share: seconds.map(|s| Duration::from_secs(s) / strategies.max(1)),
            first_seed,
        }
    }

    /// Runs `check` on inputs from `strategy` for this budget's share of time.
    pub fn run<S>(
        &self,
        target: &str,
        strategy_name: &str,
        strategy: S,
        check: impl Fn(&S::Value) -> Verdict,
    ) where
        S: Strategy,
        S::Value: Debug,
    {
        let label = format!("{target}/{strategy_name}");
        if std::env::var("KPITREE_FUZZ_STRATEGY").is_ok_and(|only| only != strategy_name) {
            return;
        }
        let trace = std::env::var_os("KPITREE_FUZZ_TRACE").map(PathBuf::from);
        let started = Instant::now();
        let mut seed = self.first_seed;
        let mut cases: u64 = 0;
        loop {
            let batch = if self.share.is_some() {
                eprintln!("{label}: batch with KPITREE_FUZZ_SEED={seed}");
                LONG_BATCH
            } else {
                QUICK_CASES
            };
            let config = Config {
                cases: batch,
                failure_persistence: None,
                max_shrink_iters: 4_096,
                ..Config::default()
            };
            let mut runner = TestRunner::new_with_rng(config, rng(seed));
            let result = runner.run(&strategy, |value| {
                if let Some(path) = &trace {
                    let _ = std::fs::write(path, format!("{value:#?}\n"));
                }
                check(&value).map_err(TestCaseError::fail)
            });
            match result {
                Ok(()) => {}
                Err(TestError::Fail(why, input)) => {
                    eprintln!("{label}: failure with KPITREE_FUZZ_SEED={seed}; the smallest input found:\n{input:#?}");
                    // Once more outside proptest, so that a panic shows its place.
                    let again = check(&input);
                    panic!("{label}: {why} (again: {again:?}); input: {input:?}");
                }
                Err(TestError::Abort(why)) => panic!("{label}: aborted: {why}"),
            }
            cases += u64::from(batch);
            seed = seed.wrapping_add(1);
            let more = self.share.is_some_and(|share| started.elapsed() < share);
            if !more {
                break;
            }
        }
        if self.share.is_some() {
            let seconds = started.elapsed().as_secs_f64();
            eprintln!("{label}: {cases} cases in {seconds:.0} s, no failure");
        }
    }
}

fn rng(seed: u64) -> TestRng {
    let mut bytes = [0u8; 32];
    bytes[..8].copy_from_slice(&seed.to_le_bytes());
    bytes[8..16].copy_from_slice(b"kpitree!");
    TestRng::from_seed(RngAlgorithm::ChaCha, &bytes)
}
