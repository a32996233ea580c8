/* The handbook's page behaviour: search (Lunr), the phone menu, code highlighting (highlight.js) and Mermaid
 * diagrams. Everything is loaded from the site itself, so it works offline and from file://. */
(function () {
  "use strict";

  var script = document.currentScript;
  var root = (script && script.getAttribute("data-root")) || "";
  var MAX_HITS = 30;
  var KIND_ORDER = ["Runbook", "SPOF", "Service", "Postmortem", "DR drill", "Chaos experiment", "ADR"];

  /* ---- Search ---------------------------------------------------------------------------------------- */

  var input = document.getElementById("search-input");
  var panel = document.getElementById("search-results");
  var index = null;   // the Lunr index, built on first use
  var docs = null;    // the documents by ref
  var loading = null; // a promise while the index loads
  var active = -1;    // the highlighted hit
  var pending = null; // the latest query to run once the index is ready

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var tag = document.createElement("script");
      tag.src = src;
      tag.onload = resolve;
      tag.onerror = function () { reject(new Error("Cannot load " + src)); };
      document.head.appendChild(tag);
    });
  }

  /* Globals are checked by type: an element whose id is "lunr" or "mermaid" (a heading, say) is also a property of
   * window, and must not pass for the library. */
  function loaded(name, method) {
    return window[name] != null && typeof window[name][method] === "function";
  }

  /* The offline handbook inlines Lunr and the documents; a site page loads them on first use. */
  function ensureIndex() {
    if (index) { return Promise.resolve(); }
    if (!loading) {
      var lunrReady = typeof window.lunr === "function" ? Promise.resolve() : loadScript(root + "assets/vendor/lunr.min.js");
      var docsReady = window.HANDBOOK_SEARCH && Array.isArray(window.HANDBOOK_SEARCH.docs)
        ? Promise.resolve() : loadScript(root + "search-index.js");
      loading = Promise.all([lunrReady, docsReady]).then(buildIndex);
    }
    return loading;
  }

  /* Whole words, not stems: a prefix query ("fail" for "failover") must meet the word as written. Stop words stay,
   * because every typed word is required. */
  function buildIndex() {
    var all = window.HANDBOOK_SEARCH.docs;
    docs = {};
    index = window.lunr(function () {
      this.pipeline.reset();
      this.pipeline.add(window.lunr.trimmer);
      this.searchPipeline.reset();
      this.ref("u");
      this.field("t", { boost: 10 });
      this.field("i", { boost: 8 });
      this.field("g", { boost: 5 });
      this.field("o", { boost: 3 });
      this.field("b");
      this.metadataWhitelist = ["position"];
      for (var i = 0; i < all.length; i++) {
        this.add(all[i]);
        docs[all[i].u] = all[i];
      }
    });
  }

  function words(text) {
    return window.lunr.tokenizer(text).map(function (token) { return window.lunr.trimmer(token).toString(); }).filter(Boolean);
  }

  /* Every word must start a word of the record; whole-word matches rank first. If that finds nothing, any word may
   * match, with one typo allowed. The query builder is used instead of Lunr's query syntax so that ":", "*" or "~"
   * typed by a person are never a syntax error. */
  function search(text) {
    var typed = words(text);
    if (!typed.length) { return []; }
    var lunr = window.lunr;
    var strict = index.query(function (q) {
      typed.forEach(function (word) {
        q.term(word, { wildcard: lunr.Query.wildcard.TRAILING, presence: lunr.Query.presence.REQUIRED });
        q.term(word, { boost: 10 });
      });
    });
    if (strict.length) { return strict; }
    return index.query(function (q) {
      typed.forEach(function (word) {
        q.term(word, { boost: 10, wildcard: lunr.Query.wildcard.TRAILING });
        if (word.length > 3) { q.term(word, { editDistance: 1 }); }
      });
    });
  }

  function render(text) {
    panel.textContent = "";
    active = -1;
    if (!text.trim()) { close(); return; }
    var hits = search(text).slice(0, MAX_HITS);
    open();
    if (!hits.length) {
      var none = document.createElement("p");
      none.className = "search-empty";
      none.textContent = "No record matches \u201c" + text.trim() + "\u201d.";
      panel.appendChild(none);
      return;
    }
    var groups = {};
    hits.forEach(function (hit) {
      var doc = docs[hit.ref];
      (groups[doc.k] = groups[doc.k] || []).push({ doc: doc, hit: hit });
    });
    var kinds = Object.keys(groups).sort(function (a, b) { return rank(a) - rank(b); });
    var n = 0;
    kinds.forEach(function (kind) {
      var group = document.createElement("div");
      group.setAttribute("role", "group");
      var label = document.createElement("div");
      label.className = "search-group";
      label.id = "search-group-" + rank(kind);
      label.textContent = kind;
      group.setAttribute("aria-labelledby", label.id);
      group.appendChild(label);
      groups[kind].forEach(function (item) { group.appendChild(option(item.doc, item.hit, n++)); });
      panel.appendChild(group);
    });
    move(0);
  }

  function rank(kind) {
    var i = KIND_ORDER.indexOf(kind);
    return i < 0 ? KIND_ORDER.length : i;
  }

  function option(doc, hit, n) {
    var link = document.createElement("a");
    link.className = "search-hit";
    link.id = "search-hit-" + n;
    link.setAttribute("role", "option");
    link.href = doc.u.charAt(0) === "#" ? doc.u : root + doc.u;
    var title = document.createElement("span");
    title.className = "search-title";
    title.textContent = doc.t;
    var meta = document.createElement("span");
    meta.className = "search-meta";
    meta.textContent = [doc.i, doc.n, doc.o].filter(Boolean).join(" \u00b7 ");
    link.appendChild(title);
    link.appendChild(meta);
    var context = excerpt(doc, hit);
    if (context) { link.appendChild(context); }
    link.addEventListener("mousemove", function () { move(n); });
    return link;
  }

  /* A few words of body text around the first match, with the match marked. */
  function excerpt(doc, hit) {
    var where = null;
    Object.keys(hit.matchData.metadata).some(function (term) {
      var fields = hit.matchData.metadata[term];
      if (fields.b && fields.b.position) { where = fields.b.position[0]; return true; }
      return false;
    });
    if (!where) { return null; }
    var start = Math.max(0, where[0] - 60);
    var end = Math.min(doc.b.length, where[0] + where[1] + 60);
    var span = document.createElement("span");
    span.className = "search-excerpt";
    span.appendChild(document.createTextNode((start > 0 ? "\u2026" : "") + doc.b.slice(start, where[0])));
    var mark = document.createElement("mark");
    mark.textContent = doc.b.slice(where[0], where[0] + where[1]);
    span.appendChild(mark);
    span.appendChild(document.createTextNode(doc.b.slice(where[0] + where[1], end) + (end < doc.b.length ? "\u2026" : "")));
    return span;
  }

  function hits() { return panel.querySelectorAll(".search-hit"); }

  function move(to) {
    var all = hits();
    if (!all.length) { return; }
    if (active >= 0 && all[active]) { all[active].removeAttribute("aria-selected"); }
    active = (to + all.length) % all.length;
    all[active].setAttribute("aria-selected", "true");
    input.setAttribute("aria-activedescendant", all[active].id);
    all[active].scrollIntoView({ block: "nearest" });
  }

  function open() {
    panel.hidden = false;
    input.setAttribute("aria-expanded", "true");
  }

  function close() {
    panel.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
  }

  function query() {
    pending = input.value;
    if (index) { render(pending); return; }
    if (pending.trim()) {
      open();
      panel.textContent = "";
      var wait = document.createElement("p");
      wait.className = "search-empty";
      wait.textContent = "Loading the search index\u2026";
      panel.appendChild(wait);
    }
    // Escape may have cleared the box while the index loaded: show results only for what is still typed.
    ensureIndex().then(function () { if (input.value === pending) { render(pending); } }, function (error) {
      panel.textContent = "";
      var failed = document.createElement("p");
      failed.className = "search-empty";
      failed.textContent = "Search is unavailable: " + error.message;
      panel.appendChild(failed);
    });
  }

  if (input && panel) {
    input.addEventListener("focus", function () { ensureIndex().catch(function () {}); });
    input.addEventListener("input", query);
    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown") { move(active + 1); event.preventDefault(); }
      else if (event.key === "ArrowUp") { move(active - 1); event.preventDefault(); }
      else if (event.key === "Enter") {
        var all = hits();
        if (all.length) { all[Math.max(active, 0)].click(); event.preventDefault(); }
      } else if (event.key === "Escape") {
        if (input.value) { input.value = ""; close(); } else { input.blur(); }
      }
    });
    document.addEventListener("keydown", function (event) {
      var target = event.target;
      var typing = target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
      if (event.key === "/" && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        input.focus();
        input.select();
      }
    });
    document.addEventListener("click", function (event) {
      if (!event.target.closest || !event.target.closest(".search")) { close(); }
      else if (event.target.closest(".search-hit")) { close(); }
    });
    input.closest("form") && input.closest("form").addEventListener("submit", function (event) { event.preventDefault(); });
  }

  /* ---- Phone menu ------------------------------------------------------------------------------------ */

  var toggle = document.querySelector(".menu-toggle");
  var sidebar = document.getElementById("sidebar");
  if (toggle && sidebar) {
    toggle.hidden = false;
    document.documentElement.classList.add("has-menu-toggle");
    toggle.addEventListener("click", function () {
      var opened = toggle.getAttribute("aria-expanded") !== "true";
      toggle.setAttribute("aria-expanded", String(opened));
      sidebar.classList.toggle("open", opened);
    });
  }

  /* ---- Code and diagrams ------------------------------------------------------------------------------ */

  if (loaded("hljs", "highlightAll")) {
    window.hljs.configure({ cssSelector: 'pre code[class*="language-"]:not(.language-mermaid)', ignoreUnescapedHTML: true });
    window.hljs.highlightAll();
  }
  if (loaded("mermaid", "run")) {
    var dark = window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches;
    window.mermaid.initialize({ startOnLoad: false, securityLevel: "strict", theme: dark ? "dark" : "default" });
    window.mermaid.run({ querySelector: "pre.mermaid" });
  }

  /* ---- Tables, lists and code for the responder ------------------------------------------------------- */

  /* A filter box over a long list or table: rows whose text lacks every typed word are hidden. */
  function filterRows(rows, box, count) {
    box.addEventListener("input", function () {
      var typed = box.value.toLowerCase().split(/\s+/).filter(Boolean);
      var shown = 0;
      rows().forEach(function (row) {
        var text = row.textContent.toLowerCase();
        var match = typed.every(function (word) { return text.indexOf(word) >= 0; });
        row.hidden = !match;
        shown += match ? 1 : 0;
      });
      if (count) { count.textContent = typed.length ? shown + " shown" : ""; }
    });
  }

  document.querySelectorAll("input[data-filter]").forEach(function (box) {
    var list = document.getElementById(box.getAttribute("data-filter"));
    if (list) { filterRows(function () { return Array.prototype.slice.call(list.children); }, box, null); }
  });

  /* Sorting compares numbers as numbers and the rest as text, so dates (ISO) and counts both order rightly. */
  function cellKey(row, column) {
    var cell = row.cells[column];
    var text = cell ? cell.textContent.trim() : "";
    return /^-?\d+(\.\d+)?$/.test(text) ? parseFloat(text) : text.toLowerCase();
  }

  function sortBy(table, column, header) {
    var body = table.tBodies[0];
    var descending = header.getAttribute("aria-sort") === "ascending";
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) { th.removeAttribute("aria-sort"); });
    header.setAttribute("aria-sort", descending ? "descending" : "ascending");
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = cellKey(a, column), y = cellKey(b, column);
      var order = typeof x === typeof y ? (x < y ? -1 : x > y ? 1 : 0) : (typeof x === "number" ? -1 : 1);
      return descending ? -order : order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
  }

  document.querySelectorAll("table.records").forEach(function (table, n) {
    if (!table.tHead || !table.tBodies.length) { return; }
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, column) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      button.textContent = th.textContent;
      button.setAttribute("aria-label", "Sort by " + th.textContent);
      th.textContent = "";
      th.appendChild(button);
      button.addEventListener("click", function () { sortBy(table, column, th); });
    });
    var labels = Array.prototype.map.call(table.tHead.rows[0].cells, function (th) { return th.textContent; });
    Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
      Array.prototype.forEach.call(row.cells, function (cell, column) { cell.setAttribute("data-label", labels[column] || ""); });
    });
    table.classList.add("reflow");
    var wrap = table.closest(".table-wrap") || table;
    var box = document.createElement("input");
    box.type = "search";
    box.className = "filter-box";
    box.placeholder = "Filter " + table.tBodies[0].rows.length + " rows\u2026";
    box.setAttribute("aria-label", "Filter the table");
    box.id = "table-filter-" + n;
    var count = document.createElement("span");
    count.className = "filter-count note";
    count.setAttribute("aria-live", "polite");
    var bar = document.createElement("p");
    bar.className = "table-filter";
    bar.appendChild(box);
    bar.appendChild(count);
    wrap.parentNode.insertBefore(bar, wrap);
    filterRows(function () { return Array.prototype.slice.call(table.tBodies[0].rows); }, box, count);
  });

  /* Copy buttons: the clipboard API where the page may use it, else a selected textarea and execCommand, which
   * works from file:// where navigator.clipboard is missing or refused. */
  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).catch(function () { return legacyCopy(text); });
    }
    return legacyCopy(text);
  }

  function legacyCopy(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.className = "visually-hidden";
    document.body.appendChild(area);
    area.select();
    var done = document.execCommand("copy");
    document.body.removeChild(area);
    return done ? Promise.resolve() : Promise.reject(new Error("copy refused"));
  }

  document.querySelectorAll("pre > code").forEach(function (code) {
    var pre = code.parentNode;
    if (pre.classList.contains("mermaid") || pre.closest(".verify-result")) { return; }
    var holder = document.createElement("div");
    holder.className = "code-block";
    pre.parentNode.insertBefore(holder, pre);
    holder.appendChild(pre);
    var button = document.createElement("button");
    button.type = "button";
    button.className = "copy-button";
    button.textContent = "Copy";
    button.setAttribute("aria-label", "Copy this code");
    button.addEventListener("click", function () {
      copyText(code.textContent).then(function () {
        button.textContent = "Copied";
        button.classList.add("copied");
        setTimeout(function () { button.textContent = "Copy"; button.classList.remove("copied"); }, 2000);
      }, function () { button.textContent = "Select and copy"; });
    });
    holder.appendChild(button);
  });

  /* On a phone the "On this page" guide starts folded, and what a runbook says before its first step (context, an
   * overview diagram) folds into one tap, so the first step is on the first screen; the step's own heading stays. */
  if (window.matchMedia && window.matchMedia("(max-width: 40rem)").matches) {
    document.querySelectorAll("details.toc[open]").forEach(function (toc) { toc.open = false; });
    document.querySelectorAll(".runbook .prose").forEach(foldBeforeTheSteps);
  }

  function foldBeforeTheSteps(prose) {
    var top = prose.querySelector("ol:not(li ol)");
    while (top && top.parentNode !== prose) { top = top.parentNode; }
    if (!top) { return; }
    var stop = top.previousElementSibling && /^H[2-4]$/.test(top.previousElementSibling.tagName) ? top.previousElementSibling : top;
    var before = [];
    for (var n = prose.firstChild; n && n !== stop; n = n.nextSibling) { before.push(n); }
    if (!before.some(function (node) { return node.nodeType === 1; })) { return; }
    var fold = document.createElement("details");
    fold.className = "before-steps";
    var summary = document.createElement("summary");
    summary.textContent = "Before the steps: context and overview";
    fold.appendChild(summary);
    prose.insertBefore(fold, stop);
    before.forEach(function (node) { fold.appendChild(node); });
  }
})();
