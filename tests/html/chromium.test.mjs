// The HTML export's viewer in headless Chromium (Debian's /usr/bin/chromium driven
// by playwright-core), on pages the real command line wrote: the keys step through
// every level to the overview, a click focuses a branch, Esc returns, the theme
// toggles, markup in a name is shown as text and never run, and the page asks the
// network for nothing (every request is routed; only file: and data: may pass).

import assert from "node:assert/strict";
import { after, before, test } from "node:test";

import { chromium } from "playwright-core";

import { exportHtml, pageData, tempFolder } from "./export.mjs";

const CHROMIUM = process.env.KPITREE_CHROMIUM ?? "/usr/bin/chromium";
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const PREVIEW = process.env.KPITREE_PREVIEW_DIR;

let context;
/** Every request a page made that was not file: or data:, and every console error. */
const outside = [];
const errors = [];

before(async () => {
  // A fresh profile for this run.
  context = await chromium.launchPersistentContext(tempFolder("kpitree-chromium-"), {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport: { width: 1280, height: 800 },
  });
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith("file:") || url.startsWith("data:")) return route.continue();
    outside.push(url);
    return route.abort();
  });
});

after(async () => {
  await context?.close();
});

async function open(url) {
  const page = await context.newPage();
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(String(error)));
  await page.goto(url);
  await page.waitForSelector("body[data-step]");
  return page;
}

/** A picture of `page` once its view has settled, for whoever looks (KPITREE_PREVIEW_DIR). */
async function screenshot(page, name) {
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${PREVIEW}/${name}` });
}

/** The ids of the cards the page shows now. */
async function shownCards(page) {
  return page.$$eval("#kt-stage g.node", (cards) =>
    cards
      .filter((card) => getComputedStyle(card).display !== "none")
      .map((card) => card.id.slice("node-".length))
      .sort(),
  );
}

test("the keys walk through every level to the overview and back", async () => {
  const { url, page: file } = exportHtml("zira_history.json", { extra: ["--period", "latest"] });
  const data = pageData(file);
  const page = await open(url);
  const expected = (step) =>
    data.nodes
      .filter((node) => node.step <= step)
      .map((node) => node.id)
      .sort();
  for (let step = 0; step < data.levels; step += 1) {
    assert.equal(await page.textContent("#kt-step"), `Level ${step + 1} of ${data.levels}`);
    assert.deepEqual(await shownCards(page), expected(step), `level ${step + 1}`);
    if (PREVIEW && step === 2) await screenshot(page, "html-level-3.png");
    await page.keyboard.press(step % 2 === 0 ? "Space" : "ArrowRight");
  }
  assert.equal(await page.textContent("#kt-step"), "Overview");
  assert.equal((await shownCards(page)).length, data.nodes.length);
  if (PREVIEW) {
    await page.click("#kt-theme");
    await screenshot(page, "html-overview-dark.png");
    await page.click("#kt-theme");
  }
  // The history's period and a card's change are on the page, as text.
  assert.match(await page.textContent("svg .period"), /May 2026 vs Apr 2026/);
  assert.ok((await page.$$("svg .time-badge")).length > 0, "cards show their change");
  await page.keyboard.press("ArrowLeft");
  assert.equal(await page.getAttribute("body", "data-step"), String(data.levels - 1));
  await page.keyboard.press("PageUp");
  assert.equal(await page.getAttribute("body", "data-step"), String(data.levels - 2));
  await page.close();
});

test("a click focuses a branch, the arrows move in it, Esc returns", async () => {
  const { url, page: file } = exportHtml("zira_history.json");
  const data = pageData(file);
  const page = await open(url);
  // To the overview, then a click on a business KPI with drivers.
  for (let step = 0; step < data.levels; step += 1) await page.keyboard.press("Space");
  const kpi = data.nodes.find((node) => node.step === 1 && node.drivers.length > 0);
  await page.click(`#node-${kpi.id}`);
  assert.equal(await page.getAttribute("body", "data-focus"), kpi.id);
  assert.equal(await page.textContent("#kt-step"), `Branch: ${kpi.name}`);
  const faded = await page.$$eval("#kt-stage g.node.kt-faded", (cards) => cards.length);
  assert.ok(faded > 0, "the nodes outside the branch fade");
  assert.equal(
    await page.$eval(`#node-${kpi.id}`, (card) => card.classList.contains("kt-faded")),
    false,
  );
  await page.keyboard.press("ArrowDown");
  assert.equal(await page.getAttribute("body", "data-focus"), kpi.drivers[0]);
  await page.keyboard.press("ArrowUp");
  assert.equal(await page.getAttribute("body", "data-focus"), kpi.id);
  await page.keyboard.press("Escape");
  assert.equal(await page.getAttribute("body", "data-focus"), "");
  assert.equal(await page.textContent("#kt-step"), "Overview");
  assert.equal(await page.$$eval("#kt-stage g.node.kt-faded", (cards) => cards.length), 0);
  await page.close();
});

test("the theme toggles between the light and the dark drawing", async () => {
  const { url } = exportHtml("zira_history.json");
  const page = await open(url);
  await page.keyboard.press("Space");
  assert.equal(await page.getAttribute("#kt-stage svg", "class"), "kpitree light");
  await page.click("#kt-theme");
  assert.equal(await page.getAttribute("html", "data-theme"), "dark");
  assert.equal(await page.getAttribute("#kt-stage svg", "class"), "kpitree dark");
  assert.equal(await page.$$eval("svg", (all) => all.length), 1, "one drawing in the page");
  // The walk-through stays where it was, and Space still steps (not the button).
  assert.equal(await page.getAttribute("body", "data-step"), "1");
  await page.keyboard.press("Space");
  assert.equal(await page.getAttribute("body", "data-step"), "2");
  assert.equal(await page.getAttribute("html", "data-theme"), "dark");
  await page.click("#kt-theme");
  assert.equal(await page.getAttribute("#kt-stage svg", "class"), "kpitree light");
  await page.close();
});

test("markup in names is shown as text and never run", async () => {
  const hostile = '<img src=x onerror="window.pwned=1"></script><script>window.pwned=2</script>';
  const { url, tree } = exportHtml("zira_history.json", {
    edit: (tree) => {
      tree.name = `<b>Board</b> ${hostile}`;
      tree.nodes[0].name = hostile;
    },
  });
  const page = await open(url);
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.equal(await page.$$eval("img, b", (found) => found.length), 0);
  assert.equal(await page.title(), tree.name);
  assert.equal(await page.textContent(".kt-bar h1"), tree.name);
  await page.click(`#node-${tree.nodes[0].id}`);
  assert.equal(await page.textContent("#kt-step"), `Branch: ${hostile}`);
  assert.ok((await page.textContent("#kt-stage svg")).includes(hostile.slice(0, 20)));
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  await page.close();
});

test("nothing was asked of the network and nothing was refused", async () => {
  const { url } = exportHtml("zira_history.json", { extra: ["--period", "latest"] });
  const page = await open(url);
  await page.keyboard.press("Space");
  const resources = await page.evaluate(() =>
    performance.getEntriesByType("resource").map((entry) => entry.name),
  );
  assert.deepEqual(resources.filter((name) => !name.startsWith("data:")), []);
  await page.close();
  assert.deepEqual(outside, [], "requests outside the file");
  assert.deepEqual(errors, [], "console errors (a CSP refusal is one)");
});
