//! Starts the real kpitree binary for an end-to-end test: a private Xvfb display,
//! tauri-driver (which starts WebKitWebDriver, which starts the app), and a
//! WebDriver session through fantoccini. Everything is stopped on drop, tauri-driver
//! with SIGTERM so that it takes WebKitWebDriver down with it (SIGKILL would orphan
//! it and hang the test).
//!
//! This file holds `App` and its actions (finding elements, clicks, keys,
//! gestures); `harness/process.rs` starts and stops the processes under it (Xvfb,
//! tauri-driver, free ports), `harness/restart.rs` kills the window and opens it
//! again on the same driver, and `harness/store.rs` holds the helpers that prepare
//! or read a test's store file beside the window (and the clipboard). The `#[path]`
//! attributes keep these files found when a bench includes this file by path.

#[path = "harness/process.rs"]
mod process;
#[path = "harness/restart.rs"]
mod restart;
#[path = "harness/store.rs"]
mod store;

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::actions::{
    InputSource, KeyAction, KeyActions, MouseActions, PointerAction, MOUSE_BUTTON_LEFT,
};
use fantoccini::{Client, Locator};

use process::{free_port, start_xvfb, tauri_driver, wait_for_port, Guarded};
#[allow(unused_imports)]
pub use restart::{app_binary, kill_window, window_pids};
pub use store::{
    copy_to_clipboard, import_file, read_tree, store_with_laid_out_tree, stored_tree, wait_for_tree,
};
// The canvas bench's tree with a history (benches/canvas.rs shares this harness).
#[allow(unused_imports)]
pub use store::store_with_laid_out_tree_then;

/// One app at a time: two WebKitWebDriver sessions side by side on this machine
/// crash each other's pages ("session deleted because of page crash").
static ONE_APP_AT_A_TIME: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// The running app and what it needs; dropping it stops everything.
pub struct App {
    pub client: Client,
    /// The number of the app's private X display (`:N`).
    pub display: u32,
    /// When the WebDriver session (and so the app process) was asked for.
    pub launched_at: Instant,
    /// tauri-driver's port: a new session there opens the app again.
    port: u16,
    // Dropped after the client: the driver before the display.
    _driver: Guarded,
    _display: Guarded,
    /// One app at a time (`ONE_APP_AT_A_TIME`).
    _turn: Option<tokio::sync::MutexGuard<'static, ()>>,
}

impl App {
    /// Starts the app on the store file `store` (created and seeded if missing).
    pub async fn start(store: &Path) -> App {
        App::start_with_env(store, &[]).await
    }

    /// Starts the app with extra environment variables (e.g. the answer every file
    /// dialog gives: `KPITREE_DIALOG_ANSWER`).
    pub async fn start_with_env(store: &Path, env: &[(&str, &str)]) -> App {
        let turn = ONE_APP_AT_A_TIME.lock().await;
        App::launch(store, env, Some(turn), None).await
    }

    /// Starts the app as `kpitree --db STORE open FILE`.
    pub async fn start_opening(store: &Path, file: &Path) -> App {
        let turn = ONE_APP_AT_A_TIME.lock().await;
        App::launch(store, &[], Some(turn), Some(file)).await
    }

    async fn launch(
        store: &Path,
        env: &[(&str, &str)],
        turn: Option<tokio::sync::MutexGuard<'static, ()>>,
        file: Option<&Path>,
    ) -> App {
        let (display_number, display) = start_xvfb();
        let port = free_port();
        let driver = Command::new(tauri_driver())
            .args(["--port", &port.to_string()])
            .args(["--native-port", &free_port().to_string()])
            .env("DISPLAY", format!(":{display_number}"))
            .envs(env.iter().copied())
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("tauri-driver starts (scripts/setup installs it)");
        let driver = Guarded(driver);
        wait_for_port(port, Duration::from_secs(20));

        let (client, launched_at) = restart::session_opening(port, store, file).await;
        App {
            client,
            display: display_number,
            launched_at,
            port,
            _driver: driver,
            _display: display,
            _turn: turn,
        }
    }

    /// Waits (up to 20 s) for the element with `data-testid` = `test_id`. Any error
    /// of the search is retried: WebKitWebDriver answers "stale element" when React
    /// replaces the element while it is being found (seen when the canvas switches
    /// to another tree).
    pub async fn wait_for_test_id(&self, test_id: &str) -> fantoccini::elements::Element {
        let selector = format!("[data-testid=\"{test_id}\"]");
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            match self.client.find(Locator::Css(&selector)).await {
                Ok(element) => return element,
                Err(error) if Instant::now() >= deadline => {
                    panic!("no element {selector}: {error}")
                }
                Err(_) => tokio::time::sleep(Duration::from_millis(50)).await,
            }
        }
    }

    /// Waits (up to 20 s) until the element with `data-testid` = `test_id` is shown.
    /// React Flow renders a node hidden until it has measured it, so presence in the
    /// DOM is not enough. The element is found again on every try, as the one found
    /// first may have been replaced since.
    pub async fn wait_until_shown(&self, test_id: &str) -> fantoccini::elements::Element {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let element = self.wait_for_test_id(test_id).await;
            if element.is_displayed().await.unwrap_or(false) {
                return element;
            }
            assert!(Instant::now() < deadline, "{test_id} never became visible");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Saves a screenshot under target/e2e-screenshots for a person to look at.
    pub async fn screenshot(&self, name: &str) {
        // A WebDriver screenshot can show the previous frame: wait for a new one.
        tokio::time::sleep(Duration::from_millis(300)).await;
        let png = self.client.screenshot().await.expect("a screenshot");
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("e2e-screenshots");
        std::fs::create_dir_all(&dir).expect("screenshot folder");
        std::fs::write(dir.join(format!("{name}.png")), png).expect("screenshot written");
    }

    /// The zoom of the canvas (1 is 100%), read from React Flow's viewport.
    pub async fn zoom(&self) -> f64 {
        let scale = self
            .client
            .execute(
                "return document.querySelector('.react-flow__viewport').style.transform;",
                vec![],
            )
            .await
            .expect("the viewport's transform");
        scale
            .as_str()
            .and_then(|transform| transform.split("scale(").nth(1))
            .and_then(|rest| rest.trim_end_matches(')').parse().ok())
            .unwrap_or(f64::NAN)
    }

    /// Zooms the canvas to `zoom` with the element `test_id` under the pointer: one
    /// turn of the mouse wheel there, which React Flow turns into a zoom by
    /// 2^(-deltaY / 500) (off macOS). Waits for the canvas to settle.
    pub async fn zoom_at(&self, test_id: &str, zoom: f64) {
        let (left, top, width, height) = self.box_of(test_id).await;
        let delta_y = 500.0 * (self.zoom().await / zoom).log2();
        let script = "
            const [x, y, deltaY] = arguments;
            document.elementFromPoint(x, y).dispatchEvent(new WheelEvent('wheel', {
              bubbles: true, cancelable: true, clientX: x, clientY: y, deltaY }));
            return true;";
        let args = [left + width / 2.0, top + height / 2.0, delta_y];
        self.client
            .execute(
                script,
                args.into_iter().map(serde_json::Value::from).collect(),
            )
            .await
            .expect("a turn of the wheel");
        tokio::time::sleep(Duration::from_secs(2)).await;
    }

    /// Whether the middle of the element `test_id` is on top there (not under a
    /// panel), so that a click there reaches it.
    pub async fn on_top(&self, test_id: &str) -> bool {
        let (x, y) = self.centre_of(test_id).await;
        let script = "
            const [x, y, id] = arguments;
            const hit = document.elementFromPoint(x, y);
            return hit !== null && hit.closest(`[data-testid='${id}']`) !== null;";
        self.client
            .execute(script, vec![x.into(), y.into(), test_id.into()])
            .await
            .ok()
            .and_then(|on_top| on_top.as_bool())
            .unwrap_or(false)
    }

    /// The box of the element `test_id` on screen: (left, top, width, height). Read
    /// with getBoundingClientRect: WebKitWebDriver's element rect refuses elements it
    /// judges not interactable, which says nothing about where they are drawn.
    /// A card drawn anew between finding it and reading its box (the canvas
    /// re-renders as it fits, or when the store changes) is found again.
    pub async fn box_of(&self, test_id: &str) -> (f64, f64, f64, f64) {
        let script = "const r = arguments[0].getBoundingClientRect(); return [r.left, r.top, r.width, r.height];";
        let deadline = Instant::now() + Duration::from_secs(10);
        let value = loop {
            let element = self.wait_until_shown(test_id).await;
            let read = self
                .client
                .execute(
                    script,
                    vec![serde_json::to_value(&element).expect("element")],
                )
                .await;
            match read {
                Ok(value) => break value,
                Err(fantoccini::error::CmdError::Standard(error))
                    if error.error == fantoccini::error::ErrorStatus::StaleElementReference
                        && Instant::now() < deadline =>
                {
                    continue
                }
                Err(error) => panic!("the box of {test_id}: {error:?}"),
            }
        };
        let number = |i: usize| value[i].as_f64().expect("a number");
        (number(0), number(1), number(2), number(3))
    }

    /// The middle of the element `test_id` on screen, once it stands still (the
    /// canvas fits a tree a moment after it is drawn, and glides to a layout).
    pub async fn centre_of(&self, test_id: &str) -> (f64, f64) {
        let middle = |(left, top, width, height): (f64, f64, f64, f64)| {
            (left + width / 2.0, top + height / 2.0)
        };
        let mut last = middle(self.box_of(test_id).await);
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            tokio::time::sleep(Duration::from_millis(120)).await;
            let now = middle(self.box_of(test_id).await);
            if now == last || Instant::now() > deadline {
                return now;
            }
            last = now;
        }
    }

    /// Whether the button `test_id` is enabled.
    pub async fn enabled(&self, test_id: &str) -> bool {
        let button = self.wait_for_test_id(test_id).await;
        button.attr("disabled").await.ok().flatten().is_none()
    }

    pub async fn click(&self, test_id: &str) {
        self.wait_until_shown(test_id)
            .await
            .click()
            .await
            .unwrap_or_else(|error| panic!("click {test_id}: {error}"));
    }

    /// Clicks `test_id`, then waits (up to 20 s) until the button `done` is `want`
    /// (enabled or not): the command has run, however busy the machine is.
    pub async fn click_until(&self, test_id: &str, done: &str, want: bool) {
        self.click(test_id).await;
        let deadline = Instant::now() + Duration::from_secs(20);
        while self.enabled(done).await != want {
            assert!(
                Instant::now() < deadline,
                "{test_id}: {done} never became {want}"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Moves the pointer over the element `test_id` (its hover state shows).
    pub async fn hover(&self, test_id: &str) {
        let at = self.centre_of(test_id).await;
        let mouse =
            MouseActions::new("mouse".to_owned()).then(move_to(at, Duration::from_millis(40)));
        self.client
            .perform_actions(mouse)
            .await
            .expect("the pointer moves");
    }

    /// Whether an element with `data-testid` = `test_id` is in the page now.
    pub async fn exists(&self, test_id: &str) -> bool {
        let selector = format!("[data-testid=\"{test_id}\"]");
        let found = self.client.find_all(Locator::Css(&selector)).await;
        found.map(|all| !all.is_empty()).unwrap_or(false)
    }

    /// Waits (up to 20 s) until no element has `data-testid` = `test_id`.
    pub async fn wait_until_gone(&self, test_id: &str) {
        let deadline = Instant::now() + Duration::from_secs(20);
        while self.exists(test_id).await {
            assert!(Instant::now() < deadline, "{test_id} never went away");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// The text content of the element `test_id` (not WebDriver's rendered text:
    /// WebKitWebDriver's visibility atom drops text that is plainly on screen).
    pub async fn text_of(&self, test_id: &str) -> String {
        let element = self.wait_for_test_id(test_id).await;
        element
            .prop("textContent")
            .await
            .expect("text")
            .unwrap_or_default()
    }

    /// Waits (up to 20 s) until the text of `test_id` holds `part`.
    pub async fn wait_for_text(&self, test_id: &str, part: &str) -> String {
        match self
            .text_within(test_id, part, Duration::from_secs(20))
            .await
        {
            Ok(text) => text,
            Err(text) => panic!("{test_id} never said {part:?}; it says {text:?}"),
        }
    }

    /// The text of `test_id` once it holds `part`, or what it said instead when
    /// `limit` has passed.
    pub async fn text_within(
        &self,
        test_id: &str,
        part: &str,
        limit: Duration,
    ) -> Result<String, String> {
        let deadline = Instant::now() + limit;
        loop {
            let text = if self.exists(test_id).await {
                self.text_of(test_id).await
            } else {
                String::new()
            };
            if text.contains(part) {
                return Ok(text);
            }
            if Instant::now() >= deadline {
                return Err(text);
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Presses the left button at `from`, moves in steps to `to`, releases: a drag
    /// as a hand makes it (screen coordinates of the page).
    ///
    /// WebKitWebDriver now and then answers a ten-step pointer sequence with an
    /// `unknown error` and no message (seen once in CI on a loaded 2-core machine,
    /// never here): the pointer is then released and the whole gesture made once
    /// more, as a hand would. A second failure fails the test.
    pub async fn drag(&self, from: (f64, f64), to: (f64, f64)) {
        let step = Duration::from_millis(40);
        let gesture = || {
            let mut mouse = MouseActions::new("mouse".to_owned())
                .then(move_to(from, step))
                .then(PointerAction::Down {
                    button: MOUSE_BUTTON_LEFT,
                });
            for i in 1..=8 {
                let t = f64::from(i) / 8.0;
                let at = (from.0 + (to.0 - from.0) * t, from.1 + (to.1 - from.1) * t);
                mouse = mouse.then(move_to(at, step));
            }
            mouse
                .then(PointerAction::Pause { duration: step })
                .then(PointerAction::Up {
                    button: MOUSE_BUTTON_LEFT,
                })
        };
        if let Err(first) = self.client.perform_actions(gesture()).await {
            eprintln!("the drag failed once ({first}); releasing and drawing it again");
            // Ignored: releasing is best effort before the gesture is made again.
            let _ = self.client.release_actions().await;
            tokio::time::sleep(Duration::from_millis(300)).await;
            self.client
                .perform_actions(gesture())
                .await
                .expect("the drag is performed");
        }
    }

    /// Presses `key` while holding the platform's Control key (e.g. `'c'` for copy).
    pub async fn press_ctrl(&self, key: char) {
        self.press_holding('\u{E009}', key).await;
    }

    /// Presses `key` while holding Shift (e.g. `'1'` for zoom to fit).
    pub async fn press_shift(&self, key: char) {
        self.press_holding('\u{E008}', key).await;
    }

    /// Presses `key` while holding Alt (e.g. `'\u{E012}'`, the left arrow).
    pub async fn press_alt(&self, key: char) {
        self.press_holding('\u{E00A}', key).await;
    }

    /// Presses `key` while holding the modifier key `held`.
    async fn press_holding(&self, held: char, key: char) {
        let keys = KeyActions::new("keyboard".to_owned())
            .then(KeyAction::Down { value: held })
            .then(KeyAction::Down { value: key })
            .then(KeyAction::Up { value: key })
            .then(KeyAction::Up { value: held });
        self.client
            .perform_actions(keys)
            .await
            .expect("the keys are pressed");
    }

    /// Presses and releases one key (`'\u{E017}'` is Delete).
    pub async fn press(&self, key: char) {
        let keys = KeyActions::new("keyboard".to_owned())
            .then(KeyAction::Down { value: key })
            .then(KeyAction::Up { value: key });
        self.client
            .perform_actions(keys)
            .await
            .expect("the key is pressed");
    }

    /// Types `text` into the focused element.
    pub async fn type_text(&self, text: &str) {
        let mut keys = KeyActions::new("keyboard".to_owned());
        for c in text.chars() {
            keys = keys
                .then(KeyAction::Down { value: c })
                .then(KeyAction::Up { value: c });
        }
        self.client
            .perform_actions(keys)
            .await
            .expect("the text is typed");
    }

    /// The `data-testid` of the focused element, if it has one.
    pub async fn focused_test_id(&self) -> Option<String> {
        let value = self
            .client
            .execute(
                "return document.activeElement && document.activeElement.getAttribute('data-testid');",
                vec![],
            )
            .await
            .expect("the focused element");
        value.as_str().map(str::to_owned)
    }

    pub async fn close(self) {
        let _ = self.client.clone().close().await;
    }
}

fn move_to((x, y): (f64, f64), duration: Duration) -> PointerAction {
    PointerAction::MoveTo {
        duration: Some(duration),
        x: x.round(),
        y: y.round(),
    }
}
