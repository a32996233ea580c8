/* "Run as a game day" on runbook pages: a clock, a tick and a "note a gap" per step, then the drill record as YAML
   to copy or download (Blob URL, so it works from file://). Without JS the page is unchanged. */
(function () {
  "use strict";

  /* A YAML double-quoted scalar: safe for any free text (quotes, colons, '#', newlines, control characters). */
  function quote(value) {
    return '"' + String(value).replace(/[\\"\u0000-\u001f\u007f\u2028\u2029]/g, function (c) {
      var named = { "\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t" };
      return named[c] || "\\u" + ("000" + c.charCodeAt(0).toString(16)).slice(-4);
    }) + '"';
  }

  function seconds(ms) { return Math.max(0, Math.round(ms / 1000)) + "s"; }

  /* The drill record a run produces; run = {runbook, title, date, started, stopped, steps: [{text, at, gap}]}. */
  function record(run) {
    var gaps = run.steps.filter(function (s) { return s.gap; });
    var lines = [
      "title: " + quote("Game day: " + run.title),
      "date: " + run.date,
      "kind: game-day",
      "scenario: " + quote("Game day run from the runbook " + run.runbook + ", following its steps in order."),
      "runbook: " + quote(run.runbook),
      "rto_measured: " + seconds(run.stopped - run.started),
      "outcome: " + (gaps.length ? "partial" : "pass")
    ];
    if (gaps.length) {
      lines.push("findings:");
      gaps.forEach(function (s) { lines.push("  - " + quote("Step " + s.number + " (" + s.text + "): " + s.gap)); });
    }
    lines.push("# Steps, seconds from the start:");
    run.steps.forEach(function (s) {
      lines.push("#   " + s.number + ". " + (s.at == null ? "not ticked" : seconds(s.at)) + " " + s.text.replace(/[\r\n]+/g, " "));
    });
    return lines.join("\n") + "\n";
  }

  function fileName(run) { return run.date + "-" + run.runbook + "-game-day.yaml"; }

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text) { e.textContent = text; }
    if (cls) { e.className = cls; }
    return e;
  }

  function stepsOf(prose) {
    var list = prose.querySelector(":scope > ol, :scope > .olist ol");
    var items = list ? list.children : prose.querySelectorAll(":scope > h2, :scope > h3");
    return Array.prototype.slice.call(items);
  }

  function today() {
    var d = new Date();
    return d.getFullYear() + "-" + ("0" + (d.getMonth() + 1)).slice(-2) + "-" + ("0" + d.getDate()).slice(-2);
  }

  function start(box, run, items) {
    run.started = Date.now();
    run.date = today();
    items.forEach(function (item, i) {
      var step = { number: i + 1, text: item.textContent.trim().split("\n")[0].slice(0, 120), at: null, gap: "" };
      run.steps.push(step);
      var controls = el("span", null, "gameday-controls");
      var tick = el("button", "Done", "gameday-tick");
      tick.type = "button";
      tick.addEventListener("click", function () {
        step.at = Date.now() - run.started;
        tick.textContent = "Done at " + seconds(step.at);
      });
      var gap = el("input", null, "gameday-gap");
      gap.type = "text";
      gap.placeholder = "Note a gap";
      gap.setAttribute("aria-label", "Gap at step " + step.number);
      gap.addEventListener("input", function () { step.gap = gap.value.trim(); });
      controls.appendChild(tick);
      controls.appendChild(gap);
      item.appendChild(controls);
    });
  }

  function stop(box, run) {
    run.stopped = Date.now();
    var yaml = record(run);
    var out = el("textarea", null, "gameday-record");
    out.readOnly = true;
    out.value = yaml;
    out.rows = Math.min(20, yaml.split("\n").length + 1);
    var copy = el("button", "Copy", "gameday-copy");
    copy.type = "button";
    copy.addEventListener("click", function () {
      out.select();
      if (navigator.clipboard) { navigator.clipboard.writeText(yaml); } else { document.execCommand("copy"); }
    });
    var link = el("a", "Download " + fileName(run), "gameday-download");
    link.href = URL.createObjectURL(new Blob([yaml], { type: "application/yaml" }));
    link.download = fileName(run);
    box.appendChild(el("p", "Save it into " + box.getAttribute("data-drills") + "/ as " + fileName(run) + "."));
    box.appendChild(out);
    box.appendChild(copy);
    box.appendChild(link);
    var token = document.querySelector('meta[name="handbook-write-token"]');
    if (token) { box.appendChild(saveButton(box, yaml, token.getAttribute("content"))); }
  }

  /* Under `handbook serve --allow-write` the preview saves the record itself; it names the file, never this page. */
  function saveButton(box, yaml, token) {
    var save = el("button", "Save into " + box.getAttribute("data-drills") + "/", "gameday-save");
    save.type = "button";
    var said = el("p", "", "gameday-saved");
    said.setAttribute("role", "status");
    save.addEventListener("click", function () {
      save.disabled = true;
      fetch("/_handbook/drills", { method: "POST", headers: { "X-Handbook-Token": token, "Content-Type": "text/plain;charset=utf-8" }, body: yaml })
        .then(function (r) { return r.text().then(function (t) { return { ok: r.ok, text: t }; }); })
        .then(function (r) {
          said.textContent = r.ok ? "Saved as " + r.text + "; the preview rebuilds with it." : "Not saved: " + r.text;
          if (!r.ok) { save.disabled = false; }
        }, function (e) { said.textContent = "Not saved: " + e; save.disabled = false; });
    });
    var holder = el("div", null, "gameday-save-row");
    holder.appendChild(save);
    holder.appendChild(said);
    return holder;
  }

  function attach(box) {
    var prose = box.parentNode.querySelector(".prose");
    if (!prose) { return; }
    var run = { runbook: box.getAttribute("data-runbook"), title: box.getAttribute("data-title"), steps: [] };
    var button = el("button", "Run as a game day", "gameday-start");
    button.type = "button";
    button.addEventListener("click", function () {
      if (!run.started) {
        start(box, run, stepsOf(prose));
        button.textContent = "Stop the game day";
      } else if (!run.stopped) {
        stop(box, run);
        button.disabled = true;
      }
    });
    box.appendChild(button);
    box.hidden = false;
  }

  /* Every runbook on the page: the one-file offline handbook holds them all and includes this script once. */
  function init() {
    if (window.handbookGameDay.ready) { return; }
    window.handbookGameDay.ready = true;
    Array.prototype.forEach.call(document.querySelectorAll(".gameday[data-runbook]"), attach);
  }

  window.handbookGameDay = window.handbookGameDay || { quote: quote, record: record, fileName: fileName };
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", init); } else { init(); }
})();
