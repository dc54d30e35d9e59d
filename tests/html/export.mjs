// HTML pages written by the real command line for the browser tests: the Zira tree
// with its history imported into a fresh store, exported with `kpitree export
// --format html`. The binary is $KPITREE_BIN, or the debug build that
// `cargo test` leaves in target/.

import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const kpitree = process.env.KPITREE_BIN ?? join(root, "target/debug/kpitree");

/** A temporary folder that lives as long as the test process. */
export function tempFolder(prefix) {
  return mkdtempSync(join(tmpdir(), prefix));
}

function run(db, args) {
  return execFileSync(kpitree, [...args, "--db", db], {
    encoding: "utf8",
    env: { ...process.env, KPITREE_DB: "" },
  });
}

/**
 * The test data file `file` (in tests/data), changed by `edit` when given,
 * imported into a new store and exported as HTML; returns the page's path, its
 * file: URL and the tree as imported.
 */
export function exportHtml(file, { edit, extra = [] } = {}) {
  const folder = tempFolder("kpitree-html-");
  const tree = JSON.parse(readFileSync(join(root, "tests/data", file), "utf8"));
  if (edit) edit(tree);
  const input = join(folder, "tree.json");
  writeFileSync(input, JSON.stringify(tree));
  const db = join(folder, "store.db");
  const id = run(db, ["import", input]).trim();
  const page = join(folder, "tree.html");
  run(db, ["export", "--tree", id, "--format", "html", "-o", page, ...extra]);
  return { page, url: pathToFileURL(page).href, tree };
}

/** The present steps the page's data gives each node, by id. */
export function pageData(page) {
  const html = readFileSync(page, "utf8");
  const start = html.indexOf('id="kpitree-data">') + 'id="kpitree-data">'.length;
  const end = html.indexOf("</script>", start);
  return JSON.parse(html.slice(start, end));
}
