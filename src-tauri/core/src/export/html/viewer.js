// The HTML export's viewer (SPEC 11): present mode's walk-through over the SVG
// export's drawing, framework-free. The tree is revealed level by level (Space,
// PageDown or Right; Left or PageUp steps back), then an overview; a click on a
// card (or Enter) focuses its branch, the arrows move around it, Esc or Backspace
// steps out. A button switches light and dark: the other theme's drawing waits in
// a <template> and the two are swapped, so only one drawing (and one set of ids)
// is ever in the page.
//
// Everything about the tree comes from the JSON block #kpitree-data (the steps are
// the core's, graph::PresentSteps); names are only ever set as textContent.
// The page's state is mirrored on <body> (data-step, data-focus, data-theme) for
// whoever needs to know where the walk-through is.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kpitree-data").textContent);
  var stage = document.getElementById("kt-stage");
  var stepLabel = document.getElementById("kt-step");
  var overviewStep = data.levels;
  var nodes = {};
  data.nodes.forEach(function (node) {
    nodes[node.id] = node;
  });
  var state = { step: 0, focus: null, theme: document.documentElement.dataset.theme };
  var shownBox = null;
  var animation = 0;

  function svg() {
    return stage.querySelector("svg");
  }

  function element(id) {
    return document.getElementById(id);
  }

  /** `id` and every node that drives it, directly or not. */
  function branchOf(id) {
    var branch = {};
    branch[id] = true;
    var queue = [id];
    while (queue.length > 0) {
      var next = nodes[queue.pop()];
      (next ? next.drivers : []).forEach(function (driver) {
        if (!branch[driver]) {
          branch[driver] = true;
          queue.push(driver);
        }
      });
    }
    return branch;
  }

  function isShown(node) {
    return state.step >= overviewStep || node.step <= state.step;
  }

  /** The ids the view is fitted to: the branch, the level just added with the
   * level above it, or everything (null) for the overview. */
  function inView(branch) {
    if (branch) return Object.keys(branch);
    if (state.step >= overviewStep) return null;
    var ids = {};
    data.nodes.forEach(function (node) {
      if (node.step !== state.step) return;
      ids[node.id] = true;
      node.above.forEach(function (id) {
        ids[id] = true;
      });
    });
    return Object.keys(ids);
  }

  /** The box of `ids` on the page, with room around it and zoomed in at most
   * 2.2 times, as present mode fits a step. */
  function frame(ids) {
    if (ids === null || ids.length === 0) return [0, 0, data.width, data.height];
    var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    ids.forEach(function (id) {
      var node = nodes[id];
      if (!node) return;
      x0 = Math.min(x0, node.box[0]);
      y0 = Math.min(y0, node.box[1]);
      x1 = Math.max(x1, node.box[0] + node.box[2]);
      y1 = Math.max(y1, node.box[1] + node.box[3]);
    });
    if (x0 === Infinity) return [0, 0, data.width, data.height];
    var pad = 48;
    var w = x1 - x0 + 2 * pad, h = y1 - y0 + 2 * pad;
    var rect = stage.getBoundingClientRect();
    var minW = rect.width / 2.2, minH = rect.height / 2.2;
    var cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
    w = Math.max(w, minW);
    h = Math.max(h, minH);
    return [cx - w / 2, cy - h / 2, w, h];
  }

  function setViewBox(box) {
    svg().setAttribute("viewBox", box.map(function (n) { return n.toFixed(2); }).join(" "));
  }

  /** Moves the view to `box`, animated unless the reader asks for less motion. */
  function moveTo(box) {
    var from = shownBox;
    shownBox = box;
    cancelAnimationFrame(animation);
    var still = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    if (from === null || still) {
      setViewBox(box);
      return;
    }
    var start = null;
    var tick = function (now) {
      if (start === null) start = now;
      var t = Math.min(1, (now - start) / 350);
      var ease = t < 0.5 ? 2 * t * t : 1 - Math.pow(-2 * t + 2, 2) / 2;
      setViewBox(from.map(function (v, i) { return v + (box[i] - v) * ease; }));
      if (t < 1) animation = requestAnimationFrame(tick);
    };
    animation = requestAnimationFrame(tick);
  }

  function render() {
    var branch = state.focus === null ? null : branchOf(state.focus);
    var visible = {}, faded = {};
    data.nodes.forEach(function (node) {
      var shown = isShown(node) || (branch !== null && branch[node.id] === true);
      var fade = branch !== null && branch[node.id] !== true;
      visible[node.id] = shown;
      faded[node.id] = fade;
      var el = element("node-" + node.id);
      if (!el) return;
      el.classList.toggle("kt-hidden", !shown);
      el.classList.toggle("kt-faded", shown && fade);
    });
    data.links.forEach(function (link) {
      var el = element(link.id);
      if (!el) return;
      el.classList.toggle("kt-hidden", !(visible[link.from] && visible[link.to]));
      el.classList.toggle("kt-faded", faded[link.from] === true || faded[link.to] === true);
    });
    if (state.focus !== null) {
      stepLabel.textContent = "Branch: " + nodes[state.focus].name;
    } else if (state.step >= overviewStep) {
      stepLabel.textContent = "Overview";
    } else {
      stepLabel.textContent = "Level " + (state.step + 1) + " of " + data.levels;
    }
    document.body.dataset.step = String(state.step);
    document.body.dataset.focus = state.focus === null ? "" : state.focus;
    document.body.dataset.theme = state.theme;
    moveTo(frame(inView(branch)));
  }

  function go(step, focus) {
    state.step = Math.max(0, Math.min(step, overviewStep));
    state.focus = focus;
    render();
  }

  /** The node `id` drives, its drivers, and its neighbour among its parent's. */
  function sibling(id, offset) {
    var parent = nodes[id].up;
    if (parent === null || !nodes[parent]) return null;
    var siblings = nodes[parent].drivers;
    var at = siblings.indexOf(id);
    return siblings[at + offset] || null;
  }

  function onKey(event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    var focus = state.focus;
    var move = function (id) {
      if (id) go(state.step, id);
    };
    switch (event.key) {
      case " ":
      case "PageDown":
        go(state.step + 1, focus);
        break;
      case "PageUp":
        go(state.step - 1, focus);
        break;
      case "ArrowRight":
        if (focus !== null) move(sibling(focus, 1));
        else go(state.step + 1, null);
        break;
      case "ArrowLeft":
        if (focus !== null) move(sibling(focus, -1));
        else go(state.step - 1, null);
        break;
      case "ArrowUp":
        if (focus !== null) move(nodes[focus].up);
        break;
      case "ArrowDown":
        if (focus !== null) move(nodes[focus].drivers[0]);
        break;
      case "Enter":
        if (focus === null && data.nodes.length > 0) {
          var root = data.nodes.filter(function (node) { return node.up === null; })[0];
          if (root) move(root.id);
        }
        break;
      case "Escape":
      case "Backspace":
        if (focus !== null) go(state.step, null);
        break;
      default:
        return;
    }
    event.preventDefault();
  }

  function onClick(event) {
    var card = event.target.closest ? event.target.closest("g.node") : null;
    if (!card || !card.id || card.id.indexOf("node-") !== 0) return;
    var id = card.id.slice("node-".length);
    if (nodes[id]) go(state.step, id);
  }

  function toggleTheme() {
    var next = state.theme === "dark" ? "light" : "dark";
    var waiting = document.getElementById("kt-theme-" + next);
    var current = svg();
    var incoming = waiting.content.querySelector("svg");
    if (!incoming || !current) return;
    stage.replaceChild(incoming, current);
    document.getElementById("kt-theme-" + state.theme).content.appendChild(current);
    state.theme = next;
    document.documentElement.dataset.theme = next;
    themeButton.textContent = next === "dark" ? "Light" : "Dark";
    shownBox = null;
    render();
  }

  // A button lets go of the keyboard once clicked, so that Space steps on
  // instead of pressing the button again.
  function button(id, action) {
    var el = document.getElementById(id);
    el.addEventListener("click", function () {
      el.blur();
      action();
    });
    return el;
  }
  var themeButton = button("kt-theme", toggleTheme);
  button("kt-prev", function () {
    go(state.step - 1, null);
  });
  button("kt-next", function () {
    go(state.step + 1, null);
  });
  document.addEventListener("keydown", onKey);
  stage.addEventListener("click", onClick);
  window.addEventListener("resize", function () {
    shownBox = null;
    render();
  });
  render();
})();
