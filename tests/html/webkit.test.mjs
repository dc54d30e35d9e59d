// The HTML export's viewer in WebKitGTK, the engine of kpitree's window: WebKit's
// own WebDriver (WebKitWebDriver) drives WebKitGTK's MiniBrowser on a private Xvfb
// display, on a page the real command line wrote. The same walk-through as in
// Chromium: the keys step through every level to the overview, a click focuses a
// branch, Esc returns, the theme toggles; the page loads no resource.

import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { after, before, test } from "node:test";

import { exportHtml, pageData } from "./export.mjs";

const MINIBROWSER =
  process.env.KPITREE_MINIBROWSER ?? "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";
const KEYS = { space: " ", right: "\uE014", left: "\uE012", up: "\uE013", down: "\uE015", escape: "\uE00C" };

const children = [];
let driver;
let session;

/** A port nobody listens on now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Xvfb on the first free display; resolves to `:N`. */
function startXvfb() {
  return new Promise((resolve, reject) => {
    const xvfb = spawn("Xvfb", ["-displayfd", "3", "-screen", "0", "1280x800x24", "-nolisten", "tcp"], {
      stdio: ["ignore", "ignore", "ignore", "pipe"],
    });
    children.push(xvfb);
    xvfb.once("error", reject);
    xvfb.stdio[3].once("data", (data) => resolve(`:${String(data).trim()}`));
  });
}

async function call(method, path, body) {
  const response = await fetch(`${driver}${path}`, {
    method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await response.json();
  if (!response.ok) throw new Error(`${method} ${path}: ${JSON.stringify(json.value)}`);
  return json.value;
}

const run = (script, ...args) => call("POST", `/session/${session}/execute/sync`, { script, args });
const state = () =>
  run("return { step: document.body.dataset.step, focus: document.body.dataset.focus, label: document.getElementById('kt-step').textContent, theme: document.documentElement.dataset.theme };");
const shown = () =>
  run("return Array.from(document.querySelectorAll('#kt-stage g.node')).filter(function (g) { return getComputedStyle(g).display !== 'none'; }).map(function (g) { return g.id.slice(5); }).sort();");

async function press(key) {
  await call("POST", `/session/${session}/actions`, {
    actions: [{ type: "key", id: "keyboard", actions: [{ type: "keyDown", value: key }, { type: "keyUp", value: key }] }],
  });
}

/** A mouse click at the middle of what `selector` finds, as a user clicks (WebDriver's
 * element click refuses SVG groups as "not interactable"). */
async function click(selector) {
  // The view moves for 350 ms after each step.
  await new Promise((resolve) => setTimeout(resolve, 500));
  const [x, y] = await run(
    "var r = document.querySelector(arguments[0]).getBoundingClientRect(); return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];",
    selector,
  );
  await call("POST", `/session/${session}/actions`, {
    actions: [
      {
        type: "pointer",
        id: "mouse",
        parameters: { pointerType: "mouse" },
        actions: [
          { type: "pointerMove", origin: "viewport", x, y },
          { type: "pointerDown", button: 0 },
          { type: "pointerUp", button: 0 },
        ],
      },
    ],
  });
}

before(async () => {
  const display = await startXvfb();
  const port = await freePort();
  const webdriver = spawn("WebKitWebDriver", [`--port=${port}`], {
    env: { ...process.env, DISPLAY: display },
    stdio: "ignore",
  });
  children.push(webdriver);
  driver = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries += 1) {
    try {
      await call("GET", "/status");
      break;
    } catch (error) {
      if (tries > 100) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  const created = await call("POST", "/session", {
    capabilities: {
      alwaysMatch: {
        "webkitgtk:browserOptions": { binary: MINIBROWSER, args: ["--automation"] },
      },
    },
  });
  session = created.sessionId;
  await call("POST", `/session/${session}/window/rect`, { width: 1280, height: 800 }).catch(() => {});
});

after(async () => {
  if (session) await call("DELETE", `/session/${session}`).catch(() => {});
  for (const child of children.reverse()) child.kill();
});

test("WebKitGTK: the keys walk every level, a click focuses a branch, Esc returns, the theme toggles", async () => {
  const { url, page } = exportHtml("zira_history.json", { extra: ["--period", "latest"] });
  const data = pageData(page);
  await call("POST", `/session/${session}/url`, { url });
  for (let step = 0; step < data.levels; step += 1) {
    const now = await state();
    assert.equal(now.label, `Level ${step + 1} of ${data.levels}`);
    const expected = data.nodes.filter((node) => node.step <= step).map((node) => node.id).sort();
    assert.deepEqual(await shown(), expected, `level ${step + 1}`);
    await press(step % 2 === 0 ? KEYS.space : KEYS.right);
  }
  assert.equal((await state()).label, "Overview");
  assert.equal((await shown()).length, data.nodes.length);
  await press(KEYS.left);
  assert.equal((await state()).step, String(data.levels - 1));
  await press(KEYS.space);

  const kpi = data.nodes.find((node) => node.step === 1 && node.drivers.length > 0);
  await click(`#node-${kpi.id}`);
  assert.equal((await state()).focus, kpi.id);
  assert.equal((await state()).label, `Branch: ${kpi.name}`);
  await press(KEYS.down);
  assert.equal((await state()).focus, kpi.drivers[0]);
  await press(KEYS.escape);
  assert.equal((await state()).focus, "");
  assert.equal((await state()).label, "Overview");

  await click("#kt-theme");
  assert.equal((await state()).theme, "dark");
  assert.equal(await run("return document.querySelector('#kt-stage svg').getAttribute('class');"), "kpitree dark");
  if (process.env.KPITREE_PREVIEW_DIR) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const png = await call("GET", `/session/${session}/screenshot`);
    writeFileSync(`${process.env.KPITREE_PREVIEW_DIR}/html-webkit-dark.png`, Buffer.from(png, "base64"));
  }
  const resources = await run(
    "return performance.getEntriesByType('resource').map(function (e) { return e.name; }).filter(function (n) { return n.indexOf('data:') !== 0; });",
  );
  assert.deepEqual(resources, []);
});
