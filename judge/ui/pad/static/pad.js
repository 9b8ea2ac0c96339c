// The pad's pages: problems, the pad for one problem, the timed round.
// No framework and no inline script (the CSP forbids it): DOM built with el(),
// text set as text; only the server's rendered Markdown is set as HTML.
"use strict";

const $ = (selector, root = document) => root.querySelector(selector);

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

class ApiError extends Error {
  constructor(message, status, data) {
    super(message);
    this.status = status;
    this.data = data;
  }
}

async function api(method, url, body, options) {
  const init = { method, credentials: "same-origin", headers: {} };
  if (body !== undefined) {
    init.headers["content-type"] = "application/json";
    init.body = JSON.stringify(body);
  }
  Object.assign(init, options || {});
  let response;
  try {
    response = await fetch(url, init);
  } catch (error) {
    throw new ApiError("the pad's server is not answering (stopped? start `judge serve` again)", 0, null);
  }
  let data = null;
  try { data = await response.json(); } catch (error) { data = null; }
  if (!response.ok) {
    const message = (data && data.error) || `${response.status} ${response.statusText}`;
    throw new ApiError(message, response.status, data);
  }
  return data;
}

const VERDICT_CLASS = {
  "Accepted": "ok", "Wrong Answer": "bad", "Too Slow": "warn", "Time Limit Exceeded": "warn",
  "Memory Limit Exceeded": "warn", "Runtime Error": "err", "Compilation Error": "err",
  "Judge Error": "judge",
};

function badge(verdict) {
  if (!verdict) return el("span", { class: "badge none", text: "not tried" });
  return el("span", { class: `badge ${VERDICT_CLASS[verdict] || ""}`, text: verdict });
}

function seconds(value) {
  if (value === null || value === undefined) return "";
  return value < 1 ? `${(value * 1e3).toFixed(2)} ms` : `${value.toFixed(2)} s`;
}

function clock(total) {
  const whole = Math.max(0, Math.floor(total));
  const h = Math.floor(whole / 3600), m = Math.floor((whole % 3600) / 60), s = whole % 60;
  const two = (n) => String(n).padStart(2, "0");
  return h ? `${h}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`;
}

// --- the verdict panel --------------------------------------------------------------------

// Expected and actual with the part that differs marked (common prefix and suffix kept).
function diffPair(expected, actual) {
  let start = 0;
  while (start < expected.length && start < actual.length && expected[start] === actual[start]) start++;
  let end = 0;
  while (end < expected.length - start && end < actual.length - start
         && expected[expected.length - 1 - end] === actual[actual.length - 1 - end]) end++;
  const show = (text) => el("code", { class: "diff" },
    text.slice(0, start), el("mark", { text: text.slice(start, text.length - end) }),
    text.slice(text.length - end));
  return [show(expected), show(actual)];
}

function copyButton(text, label) {
  const button = el("button", { class: "small", type: "button", text: label || "Copy" });
  button.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(text);
    } catch (error) {
      const area = el("textarea", {}, text);
      document.body.append(area);
      area.select();
      document.execCommand("copy");
      area.remove();
    }
    button.textContent = "Copied";
    setTimeout(() => { button.textContent = label || "Copy"; }, 1200);
  });
  return button;
}

const SVG = "http://www.w3.org/2000/svg";
function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, value);
  for (const child of children) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  return node;
}

// 10^e seconds as a tick label: 100 µs, 1 ms, 10 s.
function tickSeconds(e) {
  if (e < -3) return `${10 ** (e + 6)} µs`;
  if (e < 0) return `${10 ** (e + 3)} ms`;
  return `${10 ** e} s`;
}

// Log-log growth plot: time per call against n, yours and the reference's, cut-off marked.
function growthPlot(speed) {
  const points = speed.points || [];
  if (!points.length) return null;
  const W = 460, H = 260, L = 62, R = 16, T = 16, B = 42;
  const ns = points.map((p) => p.n).concat(speed.cut_off ? [speed.cut_off] : []);
  const ts = points.flatMap((p) => [p.yours_s, p.reference_s]).filter((t) => t > 0);
  const lx0 = Math.floor(Math.log10(Math.min(...ns)) * 2) / 2, lx1 = Math.ceil(Math.log10(Math.max(...ns)) * 2) / 2 || lx0 + 1;
  const ly0 = Math.floor(Math.log10(Math.min(...ts))), ly1 = Math.max(Math.ceil(Math.log10(Math.max(...ts))), ly0 + 1);
  const x = (n) => L + (Math.log10(n) - lx0) / ((lx1 - lx0) || 1) * (W - L - R);
  const y = (t) => T + (1 - (Math.log10(t) - ly0) / (ly1 - ly0)) * (H - T - B);
  const plot = svg("svg", { viewBox: `0 0 ${W} ${H}`, class: "growth", role: "img",
    "aria-label": "time per call against n, log-log" });
  const grid = svg("g", { stroke: "#d0d7de", "stroke-width": "1" });
  for (let e = ly0; e <= ly1; e++) {
    grid.append(svg("line", { x1: L, x2: W - R, y1: y(10 ** e), y2: y(10 ** e) }));
    plot.append(svg("text", { x: L - 6, y: y(10 ** e) + 4, "text-anchor": "end", class: "tick" }, tickSeconds(e)));
  }
  for (let e = Math.ceil(lx0); e <= Math.floor(lx1); e++) {
    grid.append(svg("line", { x1: x(10 ** e), x2: x(10 ** e), y1: T, y2: H - B }));
    plot.append(svg("text", { x: x(10 ** e), y: H - B + 16, "text-anchor": "middle", class: "tick" },
      e >= 3 ? `10^${e}` : String(10 ** e)));
  }
  plot.append(grid);
  plot.append(svg("text", { x: (L + W - R) / 2, y: H - 6, "text-anchor": "middle", class: "axis" }, "n (log)"));
  plot.append(svg("text", { x: 14, y: (T + H - B) / 2, "text-anchor": "middle", class: "axis",
    transform: `rotate(-90 14 ${(T + H - B) / 2})` }, "time per call (log)"));
  const series = (key, colour, name) => {
    const good = points.filter((p) => p[key] > 0);
    const group = svg("g", { class: `series ${name}` });
    group.append(svg("polyline", { points: good.map((p) => `${x(p.n)},${y(p[key])}`).join(" "),
      fill: "none", stroke: colour, "stroke-width": "2" }));
    for (const p of good) group.append(svg("circle", { cx: x(p.n), cy: y(p[key]), r: "3.5", fill: colour },
      svg("title", {}, `n=${p.n.toLocaleString()}: ${seconds(p[key])}`)));
    plot.append(group);
  };
  series("reference_s", "#8c959f", "reference");
  series("yours_s", "#1f6feb", "yours");
  if (speed.cut_off) {
    const cx = x(speed.cut_off);
    plot.append(svg("line", { x1: cx, x2: cx, y1: T, y2: H - B, stroke: "#cf222e", "stroke-width": "2",
      "stroke-dasharray": "5 4", class: "cutoff" }));
    plot.append(svg("text", { x: cx - 4, y: T + 12, "text-anchor": "end", class: "cut" },
      `cut off at n=${speed.cut_off.toLocaleString()}`));
  }
  const legend = svg("g", { class: "legend" });
  legend.append(svg("rect", { x: L + 8, y: T + 4, width: 10, height: 3, fill: "#1f6feb" }));
  legend.append(svg("text", { x: L + 22, y: T + 9 }, "yours"));
  legend.append(svg("rect", { x: L + 70, y: T + 4, width: 10, height: 3, fill: "#8c959f" }));
  legend.append(svg("text", { x: L + 84, y: T + 9 }, "reference"));
  plot.append(legend);
  return plot;
}

function speedTable(speed) {
  const rows = (speed.points || []).map((p) => el("tr", {},
    el("td", { class: "num", text: p.n.toLocaleString() }), el("td", { class: "num", text: seconds(p.yours_s) }),
    el("td", { class: "num", text: seconds(p.reference_s) }), el("td", { class: "num", text: `${p.ratio.toFixed(2)}x` }),
    el("td", { class: "num", text: p.spread.toFixed(2) })));
  if (speed.cut_off) {
    rows.push(el("tr", { class: "cut" }, el("td", { class: "num", text: speed.cut_off.toLocaleString() }),
      el("td", { colspan: "4", text: "cut off" })));
  }
  return el("table", { class: "speed" },
    el("caption", { text: "Speed against the reference (CPU time per call, median)" }),
    el("thead", {}, el("tr", {}, ...["n", "yours", "reference", "ratio", "spread"].map((h) => el("th", { class: "num", text: h })))),
    el("tbody", {}, rows));
}

function renderVerdict(box, result, context) {
  const failure = result.failure;
  const parts = [el("div", { class: "verdict-head" }, badge(result.verdict),
    el("span", { class: "muted", text: ` ${context.label} · ${result.seconds.toFixed(1)} s` }),
    result.tests_total ? el("span", { class: "muted", text: ` · ${result.tests_passed} of ${result.tests_total} hidden tests passed` }) : null)];
  if (failure && failure.kind === "not_implemented") {
    parts.push(el("p", { text: "Not implemented yet: the function still raises NotImplementedError. Write your solution, then Run." }));
  } else if (failure) {
    const rows = [];
    const row = (label, value) => { if (value) rows.push(el("tr", {}, el("th", { text: label }), el("td", {}, value))); };
    row("What failed", failure.property || failure.test || null);
    row("Why", failure.reason);
    row("Input", failure.input ? el("code", { text: failure.input }) : null);
    if (failure.expected !== null && failure.actual !== null && failure.expected !== undefined) {
      const [expected, actual] = diffPair(String(failure.expected), String(failure.actual));
      row("Expected", expected);
      row("Got", actual);
    } else {
      row("Expected", failure.expected ? el("code", { text: failure.expected }) : null);
      row("Got", failure.actual ? el("code", { text: failure.actual }) : null);
    }
    if (failure.call) {
      // "Reproduce" only for code the judge re-ran and saw give this result
      const label = failure.reproduced ? "Reproduce" : failure.reproduced === false ? "Calls" : "Call";
      row(label, el("div", { class: "repro" }, el("pre", { class: "code", text: failure.call }),
        el("div", { class: "buttons" }, copyButton(failure.call),
          context.console ? el("button", { class: "small", type: "button", text: "Paste into the console",
            onclick: () => context.console(failure.call) }) : null)));
    }
    if (failure.note) row("Note", failure.note);
    if (failure.line) row("Line", String(failure.line));
    if (failure.traceback && failure.traceback.length) row("Your code", el("pre", { class: "code", text: failure.traceback.join("\n") }));
    if (failure.output) row("Printed", el("pre", { class: "code", text: failure.output }));
    if (result.verdict === "Judge Error" && failure.log) row("Details", el("pre", { class: "code log", text: failure.log.slice(-3000) }));
    parts.push(el("table", { class: "failure" }, el("tbody", {}, rows)));
  } else {
    parts.push(el("p", { text: result.summary }));
  }
  const speed = result.speed;
  if (speed && speed.points && speed.points.length) {
    const notes = [el("p", {}, el("strong", { text: "Growth: " }), speed.growth.text,
      speed.complexity ? ` (the reference is ${speed.complexity})` : "")];
    if (speed.cut_off) notes.push(el("p", { text: `Handled up to n=${speed.handled.toLocaleString()}; cut off at n=${speed.cut_off.toLocaleString()}: ${speed.cut_reason}` }));
    if (speed.compared_with_last) {  // "1.5x faster than your last timed check of <file> (<when>: ...)"
      const last = speed.compared_with_last;
      notes.push(el("p", { text: `${last[0].toUpperCase()}${last.slice(1)}.` }));
    }
    if (speed.noisy) notes.push(el("p", { class: "warn", text: `The measurement was noisy (spread ${speed.spread.toFixed(2)}): check again for a steadier figure.` }));
    parts.push(el("div", { class: "speed-box" }, speedTable(speed), growthPlot(speed)), ...notes);
  }
  box.replaceChildren(...parts);
  box.dataset.verdict = result.verdict;
}

// --- the pad for one problem -----------------------------------------------------------

const AUTOSAVE_MS = 700;
const POLL_MS = 1500;

class PadView {
  constructor(root, slug, options) {
    this.root = root;
    this.slug = slug;
    this.round = Boolean(options && options.round);
    this.onVerdict = (options && options.onVerdict) || (() => {});
    this.query = this.round ? "?round=1" : "";
    this.key = `judge-pad:${this.round ? `round${options.roundId}:` : ""}${slug}`;
    this.version = null;   // the disk version the editor's text is based on
    this.dirty = false;
    this.disk = null;      // a newer disk version, offered
    this.saving = null;
    this.timer = null;
    this.closed = false;
  }

  async open() {
    this.build();
    const [problem, file] = await Promise.all([
      api("GET", `/api/problems/${this.slug}${this.query}`),
      this.loadFile(),
    ]);
    document.title = `judge · ${problem.title}`;
    this.problem = problem;
    $("#title", this.root).replaceChildren(el("span", { class: `level ${problem.difficulty}`, text: problem.difficulty }),
      el("span", { class: "muted", text: ` · set ${problem.set} · ` }), ...problem.tags.map((t) => el("span", { class: "tag", text: t })),
      ...(problem.solved ? [" ", el("span", { class: "badge ok", text: "solved" })] : []));
    $("#statement-body", this.root).innerHTML = problem.statement_html;  // rendered server-side, raw HTML off
    $("#file-path", this.root).textContent = file.path;
    this.showHints(problem.hints, problem.hints_total);
    this.poller = setInterval(() => this.poll(), POLL_MS);
    this.editor.focus();
  }

  build() {
    const tab = (name, label) => el("button", { class: "tab", type: "button", "data-tab": name, text: label,
      onclick: () => this.showTab(name) });
    this.root.replaceChildren(
      el("section", { class: "statement", id: "statement" },
        el("div", { id: "title", class: "title" }), el("article", { id: "statement-body", class: "markdown" }),
        el("div", { class: "help" },
          el("button", { id: "hint", type: "button", text: "Hint", onclick: () => this.hint() }),
          el("button", { id: "solution", type: "button", text: "Solution", onclick: () => this.solution(false) }),
          el("div", { id: "hints", class: "hints" }), el("div", { id: "solution-box", class: "solution" }))),
      el("section", { class: "work" },
        el("div", { class: "toolbar" },
          el("button", { id: "run", class: "primary", type: "button", title: "Ctrl+Enter", onclick: () => this.run() },
            "Run ", el("kbd", { text: "Ctrl+Enter" })),
          el("button", { id: "submit", type: "button", title: "Ctrl+Shift+Enter", onclick: () => this.submit() },
            "Submit ", el("kbd", { text: "Ctrl+Shift+Enter" })),
          el("span", { class: "grow" }),
          el("span", { id: "save-state", class: "muted small", text: "" }),
          el("code", { id: "file-path", class: "small muted" })),
        el("div", { id: "conflict", class: "conflict", hidden: true }),
        el("div", { id: "editor", class: "editor" }),
        el("div", { class: "panel-tabs" }, tab("verdict", "Verdict"), tab("console", "Console")),
        el("section", { id: "verdict", class: "verdict panel" },
          el("p", { class: "muted", text: "Run checks the examples and a short property budget; Submit is the full check of record, speed included." })),
        el("section", { id: "console", class: "console panel", hidden: true },
          el("textarea", { id: "console-input", rows: "3", spellcheck: "false",
            placeholder: "f(args) or the arguments alone; Ctrl+Enter to call" }),
          el("div", { class: "buttons" }, el("button", { id: "console-run", type: "button", text: "Call", onclick: () => this.call() })),
          el("pre", { id: "console-output", class: "code output" }))));
    this.showTab("verdict");
    $("#console-input", this.root).addEventListener("keydown", (event) => {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) { event.preventDefault(); this.call(); }
    });
    this.editor = window.JudgeEditor.create($("#editor", this.root), "", {
      onChange: (text) => this.changed(text),
      onRun: () => this.run(),
      onSubmit: () => this.submit(),
      onSave: () => this.save(),
    });
    this.flushHandler = () => this.flush();
    this.hiddenHandler = () => { if (document.visibilityState === "hidden") this.flush(); };
    window.addEventListener("beforeunload", this.flushHandler);
    window.addEventListener("pagehide", this.flushHandler);
    document.addEventListener("visibilitychange", this.hiddenHandler);
  }

  close() {
    this.flush();
    this.closed = true;
    clearInterval(this.poller);
    clearTimeout(this.timer);
    window.removeEventListener("beforeunload", this.flushHandler);
    window.removeEventListener("pagehide", this.flushHandler);
    document.removeEventListener("visibilitychange", this.hiddenHandler);
  }

  showTab(name) {
    for (const button of this.root.querySelectorAll(".panel-tabs .tab")) button.classList.toggle("active", button.dataset.tab === name);
    $("#verdict", this.root).hidden = name !== "verdict";
    $("#console", this.root).hidden = name !== "console";
  }

  status(text, kind) {
    const node = $("#save-state", this.root);
    node.textContent = text;
    node.className = `small ${kind || "muted"}`;
  }

  // -- the file ---------------------------------------------------------------
  async loadFile() {
    let file = await api("GET", `/api/files/${this.slug}${this.query}`);
    if (!file.exists) file = await api("POST", `/api/files/${this.slug}/start${this.query}`);
    const kept = this.stored();
    this.version = file.version;
    if (kept && kept.text !== file.text) {
      this.editor.set(kept.text);
      if (kept.base === file.version) {
        this.dirty = true;
        this.status("restored unsaved changes", "warn");
        this.schedule();
      } else {
        this.dirty = true;
        this.offer(file, "You have unsaved text from earlier, and the file changed on disk since.");
      }
    } else {
      this.editor.set(file.text);
      this.dirty = false;
      this.forget();
      this.status("saved");
    }
    return file;
  }

  stored() {
    try { return JSON.parse(localStorage.getItem(this.key) || "null"); } catch (error) { return null; }
  }

  remember() {
    try {
      localStorage.setItem(this.key, JSON.stringify({ text: this.editor.get(), base: this.version, at: Date.now() }));
    } catch (error) { /* storage full or off: the server copy still saves */ }
  }

  forget() {
    try { localStorage.removeItem(this.key); } catch (error) { /* nothing kept */ }
  }

  changed() {
    if (this.closed) return;
    this.dirty = true;
    this.remember();
    this.status("editing…");
    this.schedule();
  }

  schedule() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.save(), AUTOSAVE_MS);
  }

  // Save now; resolves true when the disk holds the editor's text.
  async save() {
    clearTimeout(this.timer);
    if (this.saving) await this.saving;
    if (this.disk) return false;  // an offer is open: the person decides
    if (!this.dirty) return true;
    const text = this.editor.get();
    this.status("saving…");
    this.saving = (async () => {
      try {
        const saved = await api("PUT", `/api/files/${this.slug}${this.query}`, { text, base: this.version });
        this.version = saved.version;
        if (this.editor.get() === text) {
          this.dirty = false;
          this.forget();
          this.status("saved");
        } else {
          this.remember();
        }
        return true;
      } catch (error) {
        if (error.status === 409) {
          this.offer(error.data.disk, "The file changed on disk (another editor?) since the pad loaded it.");
        } else {
          this.status(`not saved: ${error.message}`, "error");
        }
        return false;
      } finally {
        this.saving = null;
      }
    })();
    return this.saving;
  }

  // On leaving: keep the text locally, and send it with a request that outlives the page.
  flush() {
    if (this.closed || !this.dirty || this.disk) return;
    this.remember();
    try {
      fetch(`/api/files/${this.slug}${this.query}`, {
        method: "PUT", credentials: "same-origin", keepalive: true,
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ text: this.editor.get(), base: this.version }),
      }).then((response) => response.ok ? response.json() : null).then((saved) => {
        if (saved && saved.version) { this.version = saved.version; this.dirty = false; this.forget(); this.status("saved"); }
      }).catch(() => {});
    } catch (error) { /* kept in localStorage */ }
  }

  async poll() {
    if (this.closed || this.disk || this.saving || document.visibilityState === "hidden") return;
    const base = this.version;
    let file;
    try { file = await api("GET", `/api/files/${this.slug}${this.query}`); } catch (error) { return; }
    // A save of ours that landed meanwhile makes this answer stale: ask again next time.
    if (this.disk || this.saving || this.version !== base || file.version === base) return;
    if (!this.dirty && file.version && this.editor.get() === file.text) { this.version = file.version; return; }
    this.offer(file, "The file changed on disk (another editor?) while the pad had it open.");
  }

  offer(disk, message) {
    this.disk = disk;
    clearTimeout(this.timer);
    this.status("not saved: the disk has a newer version", "warn");
    const box = $("#conflict", this.root);
    box.replaceChildren(el("p", {}, el("strong", { text: message }),
      " Nothing was overwritten: choose which to keep."),
    el("div", { class: "buttons" },
      el("button", { id: "load-disk", type: "button", text: "Load the disk version", onclick: () => this.loadDisk() }),
      el("button", { id: "keep-mine", type: "button", text: "Keep mine (save it over the disk)", onclick: () => this.keepMine() })),
    el("details", {}, el("summary", { text: "the disk version" }), el("pre", { class: "code", text: disk.text || "(no file)" })));
    box.hidden = false;
  }

  loadDisk() {
    const disk = this.disk;
    this.disk = null;
    $("#conflict", this.root).hidden = true;
    this.editor.set(disk.text);
    this.version = disk.version;
    this.dirty = false;
    this.forget();
    this.status("loaded the disk version");
  }

  async keepMine() {
    const disk = this.disk;
    this.disk = null;
    $("#conflict", this.root).hidden = true;
    this.version = disk.version;
    this.dirty = true;
    await this.save();
  }

  // -- Run, Submit, the console --------------------------------------------------
  busy(on, text) {
    for (const id of ["#run", "#submit"]) $(id, this.root).disabled = on;
    if (text) this.status(text);
  }

  async ready() {
    const saved = await this.save();
    if (!saved) {
      this.showTab("verdict");
      $("#verdict", this.root).replaceChildren(el("p", { class: "error", text: "Not checked: save first (see above)." }));
    }
    return saved;
  }

  async run() {
    if ($("#run", this.root).disabled) return;
    this.showTab("verdict");
    const box = $("#verdict", this.root);
    const started = performance.now();
    box.dataset.verdict = "";
    this.busy(true);
    try {
      if (!(await this.ready())) return;
      box.replaceChildren(el("p", { class: "muted running", text: "Running the examples and a short property budget…" }));
      const data = await api("POST", `/api/run/${this.slug}${this.query}`);
      renderVerdict(box, data.result, { label: "Run", console: (text) => this.paste(text) });
      box.dataset.ms = String(Math.round(performance.now() - started));
      this.onVerdict("run", data.result);
    } catch (error) {
      box.replaceChildren(el("p", { class: "error", text: error.message }));
    } finally {
      this.busy(false);
    }
  }

  async submit() {
    if ($("#submit", this.root).disabled) return;
    this.showTab("verdict");
    const box = $("#verdict", this.root);
    box.dataset.verdict = "";
    this.busy(true);
    try {
      if (!(await this.ready())) { this.busy(false); return; }
      const { job } = await api("POST", `/api/submit/${this.slug}${this.query}`);
      const bar = el("progress", { max: "1", value: "0" });
      const text = el("span", { class: "muted", text: "correctness: the hidden tests…" });
      box.dataset.verdict = "";
      box.replaceChildren(el("div", { class: "progress running" }, el("strong", { text: "Submitting " }), bar, text));
      const source = new EventSource(`/api/jobs/${job}/events`);
      source.onmessage = (message) => {
        const event = JSON.parse(message.data);
        if (event.type === "progress") {
          if (event.total) { bar.max = event.total; bar.value = event.done; text.textContent = ` speed: ${event.text}`; }
        } else {
          source.close();
          this.busy(false);
          if (event.type === "result") {
            renderVerdict(box, event.result, { label: "Submit", console: (code) => this.paste(code) });
            this.onVerdict("submit", event.result);
            if (event.result.accepted && this.problem) this.problem.solved = true;
          } else {
            box.replaceChildren(el("p", { class: "error", text: event.error }));
          }
        }
      };
      source.onerror = () => {
        if (source.readyState === EventSource.CLOSED) {
          this.busy(false);
          box.append(el("p", { class: "error", text: "lost the connection to the pad's server" }));
        }
      };
    } catch (error) {
      this.busy(false);
      box.replaceChildren(el("p", { class: "error", text: error.message }));
    }
  }

  paste(text) {
    this.showTab("console");
    const input = $("#console-input", this.root);
    input.value = text;
    input.focus();
  }

  async call() {
    const output = $("#console-output", this.root);
    const input = $("#console-input", this.root).value;
    $("#console-run", this.root).disabled = true;
    try {
      if (!(await this.ready())) { this.showTab("console"); return; }
      this.showTab("console");
      output.textContent = "calling…";
      const data = await api("POST", `/api/console/${this.slug}${this.query}`, { input });
      const lines = [];
      if (data.error) lines.push(el("span", { class: "error", text: data.error }), "\n");
      if (data.output) lines.push(data.output, "\n");
      for (const line of data.lines) {
        lines.push(el("span", { class: "prompt", text: ">>> " }), line.source, "\n");
        if (line.output) lines.push(el("span", { class: "printed", text: line.output }), line.output.endsWith("\n") ? "" : "\n");
        if (line.error) lines.push(el("span", { class: "error", text: line.error }), "\n");
        else if (line.value !== null) lines.push(el("span", { class: "value", text: line.value }), "\n");
      }
      output.replaceChildren(...lines);
    } catch (error) {
      output.replaceChildren(el("span", { class: "error", text: error.message }));
    } finally {
      $("#console-run", this.root).disabled = false;
    }
  }

  // -- hints and the solution -------------------------------------------------------
  showHints(hints, total) {
    const box = $("#hints", this.root);
    box.replaceChildren(...hints.map((html, i) => {
      const item = el("div", { class: "hint markdown" }, el("strong", { text: `Hint ${i + 1} of ${total}` }));
      const body = el("div");
      body.innerHTML = html;  // rendered server-side, raw HTML off
      item.append(body);
      return item;
    }));
    const button = $("#hint", this.root);
    button.textContent = total === 0 ? "No hints" : hints.length >= total ? "All hints shown" : `Hint (${hints.length}/${total})`;
    button.disabled = total === 0 || hints.length >= total;
  }

  async hint() {
    try {
      const data = await api("POST", `/api/hint/${this.slug}`);
      this.showHints(data.hints, data.total);
    } catch (error) {
      $("#hints", this.root).append(el("p", { class: "error", text: error.message }));
    }
  }

  async solution(reveal) {
    const box = $("#solution-box", this.root);
    try {
      const data = await api("POST", `/api/solution/${this.slug}`, { reveal });
      const code = el("pre", { class: "code highlight" });
      code.innerHTML = data.html;  // Pygments' HTML of the reference
      box.replaceChildren(el("h3", { text: `Reference solution${data.complexity ? ` (${data.complexity})` : ""}` }),
        data.revealed ? el("p", { class: "warn", text: "Revealed before an Accepted: recorded in your history." }) : null,
        code);
    } catch (error) {
      if (error.status === 409) {
        box.replaceChildren(el("p", { text: error.message.replace(/pass --reveal/, "reveal it") }),
          el("button", { id: "reveal", type: "button", class: "danger", text: "Reveal it now (recorded)",
            onclick: () => { if (window.confirm("Show the solution before solving it? This is recorded in your history.")) this.solution(true); } }));
      } else {
        box.replaceChildren(el("p", { class: "error", text: error.message }));
      }
    }
  }
}

// --- the problems page -----------------------------------------------------------------

async function problemsPage() {
  const data = await api("GET", "/api/status");
  const rows = data.problems;
  $("#solved").textContent = `${data.solved} of ${data.total} solved`;
  $("#history").textContent = `History: ${data.history}`;
  if (data.empty) {  // an empty problems folder says so, rather than an empty table
    const next = $("#next");
    next.replaceChildren(el("strong", { text: data.empty }));
    next.hidden = false;
  } else if (data.next) {
    const next = $("#next");
    const target = data.next.problem;
    next.replaceChildren(el("strong", { text: "What to try next: " }),
      target ? el("a", { href: `/pad/${target}`, text: target }) : el("a", { href: "/round", text: "a timed round" }),
      el("span", { class: "muted", text: ` — ${data.next.reason} (` }), el("code", { text: data.next.command }),
      el("span", { class: "muted", text: " in a terminal)" }));
    next.hidden = false;
  }
  const fill = (select, values) => { for (const v of values) select.append(el("option", { value: v, text: v })); };
  fill($("#f-set"), [...new Set(rows.map((r) => r.set))].sort());
  fill($("#f-level"), ["easy", "medium", "hard"].filter((l) => rows.some((r) => r.difficulty === l)));
  fill($("#f-tag"), [...new Set(rows.flatMap((r) => r.tags))].sort());
  const when = (iso) => iso ? new Date(iso).toLocaleString() : "";
  const draw = () => {
    const set = $("#f-set").value, level = $("#f-level").value, tag = $("#f-tag").value;
    const text = $("#f-text").value.trim().toLowerCase(), unsolved = $("#f-unsolved").checked;
    const shown = rows.filter((r) => (!set || r.set === set) && (!level || r.difficulty === level)
      && (!tag || r.tags.includes(tag)) && (!unsolved || !r.solved)
      && (!text || r.problem.toLowerCase().includes(text) || r.title.toLowerCase().includes(text)));
    $("#catalog tbody").replaceChildren(...shown.map((r) => el("tr", { "data-problem": r.problem },
      el("td", {}, el("a", { href: `/pad/${r.problem}`, text: r.title }), el("div", { class: "muted small", text: r.problem })),
      el("td", { text: r.set }), el("td", {}, el("span", { class: `level ${r.difficulty}`, text: r.difficulty })),
      el("td", { class: "tags" }, ...r.tags.map((t) => el("span", { class: "tag", text: t }))),
      el("td", {}, badge(r.best_verdict)), el("td", { class: "num", text: String(r.attempts) }),
      el("td", { class: "num", text: r.best_ratio ? `${r.best_ratio.toFixed(2)}x` : "" }),
      el("td", { class: "small", text: when(r.last_attempt) }))));
  };
  $("#filters").addEventListener("input", draw);
  $("#filters").addEventListener("submit", (event) => event.preventDefault());
  draw();
  $("#tallies").replaceChildren(el("h2", { text: "Progress" }),
    el("p", {}, el("strong", { text: "By set: " }), data.by_set.map((t) => `${t.name} ${t.solved}/${t.total}`).join(" · ")),
    el("p", {}, el("strong", { text: "Weakest tags: " }), data.by_tag.slice(0, 8).map((t) => `${t.name} ${t.solved}/${t.total}`).join(" · ")));
}

// --- the timed round -------------------------------------------------------------------

async function roundPage() {
  let state = await api("GET", "/api/round");
  let view = null;
  let current = null;
  let fetchedAt = performance.now();
  const timers = [];

  const setup = () => { $("#round-setup").hidden = false; };
  $("#round-setup").addEventListener("submit", async (event) => {
    event.preventDefault();
    const words = (id) => $(id).value.split(",").map((w) => w.trim()).filter(Boolean);
    try {
      state = await api("POST", "/api/round", {
        minutes: Number($("#r-minutes").value), count: Number($("#r-count").value),
        level: words("#r-level"), tags: words("#r-tags"), problems: words("#r-problems"),
      });
      $("#round-setup").hidden = true;
      $("#scorecard").hidden = true;
      live();
    } catch (error) {
      $("#r-error").textContent = error.message;
    }
  });

  const drawTimeline = () => {
    $("#timeline-box").hidden = false;
    $("#timeline tbody").replaceChildren(...(state.timeline.length ? state.timeline.map((e) => el("tr", {},
      el("td", { class: "num", text: e.clock }), el("td", { text: e.problem }), el("td", { text: e.action }),
      el("td", {}, badge(e.verdict)))) : [el("tr", {}, el("td", { colspan: "4", class: "muted", text: "No Run or Submit yet." }))]));
  };

  const drawTabs = () => {
    const tabs = $("#round-tabs");
    tabs.hidden = false;
    tabs.replaceChildren(...state.problems.map((p) => el("button", {
      class: `tab${p.problem === current ? " active" : ""}`, type: "button", "data-problem": p.problem,
      onclick: () => openTab(p.problem),
    }, p.title, " ", p.verdict ? badge(p.verdict) : el("span", { class: "muted small", text: p.difficulty }))));
  };

  const openTab = async (slug) => {
    if (view) view.close();
    current = slug;
    drawTabs();
    $("#pad").hidden = false;
    view = new PadView($("#pad"), slug, { round: true, roundId: state.round_id, onVerdict: () => refresh() });
    window.judgePad = view;
    await view.open();
  };

  const drawClock = () => {
    const left = state.active ? Math.max(0, state.remaining_s - (performance.now() - fetchedAt) / 1000) : 0;
    const node = $("#clock");
    node.hidden = false;
    node.textContent = state.active ? `${clock(left)} left` : state.finishing ? "grading…" : "round over";
    node.classList.toggle("low", state.active && left < 300);
  };

  const refresh = async () => {
    try { state = await api("GET", "/api/round"); fetchedAt = performance.now(); } catch (error) { return; }
    if (state.active) drawTabs();
    drawTimeline();
    if (!state.active && $("#scorecard").hidden !== false) finished();
    else if (!state.active && state.scorecard && !$("#scorecard h1")) finished();
  };

  const finished = () => {
    $("#end-round").hidden = true;
    if (view) { view.close(); view = null; }
    $("#pad").hidden = true;
    $("#round-tabs").hidden = true;
    const box = $("#scorecard");
    box.hidden = false;
    if (state.error) { box.replaceChildren(el("p", { class: "error", text: state.error })); return; }
    if (!state.scorecard) { box.replaceChildren(el("p", { class: "muted running", text: "Time! Grading every file you touched, speed included…" })); return; }
    const card = state.scorecard;
    box.replaceChildren(el("h1", { text: "Scorecard" }), el("p", { text: card.summary + (card.ended_early ? " (ended early)" : "") }),
      el("table", { class: "catalog" }, el("thead", {}, el("tr", {}, ...["Problem", "Verdict", "First Accepted", "Tries", "Ratio", "Summary"].map((h) => el("th", { text: h })))),
        el("tbody", {}, card.lines.map((l) => el("tr", {}, el("td", { text: l.title }), el("td", {}, badge(l.verdict)),
          el("td", { class: "num", text: l.first_accepted || "" }), el("td", { class: "num", text: String(l.attempts) }),
          el("td", { class: "num", text: l.ratio ? `${l.ratio.toFixed(2)}x` : "" }), el("td", { class: "small", text: l.summary }))))),
      el("p", {}, el("a", { href: "/", text: "Problems" })));
    setup();
  };

  const live = () => {
    fetchedAt = performance.now();
    $("#end-round").hidden = false;
    $("#end-round").onclick = async () => {
      if (!window.confirm("End the round now? Every file you touched is graded in full.")) return;
      if (view) await view.save();
      state = await api("POST", "/api/round/end");
      finished();
      drawTimeline();
    };
    drawClock();
    drawTimeline();
    openTab(state.problems[0].problem);
    if (!timers.length) timers.push(setInterval(drawClock, 250), setInterval(refresh, 2000));
  };

  if (state.round_id === null || state.round_id === undefined) setup();
  else if (state.active) live();
  else { drawClock(); drawTimeline(); finished(); if (state.finishing) timers.push(setInterval(refresh, 2000)); }
}

// --- start ---------------------------------------------------------------------------

document.addEventListener("DOMContentLoaded", () => {
  const page = document.body.dataset.page;
  const failed = (error) => document.querySelector("main").prepend(el("p", { class: "error", text: error.message }));
  if (page === "problems") problemsPage().catch(failed);
  else if (page === "pad") {
    const slug = decodeURIComponent(location.pathname.split("/").pop());
    const view = new PadView($("#pad"), slug, {});
    window.judgePad = view;
    view.open().catch(failed);
  } else if (page === "round") roundPage().catch(failed);
});
