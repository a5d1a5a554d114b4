(function () {
  "use strict";
  // Everything on the page is drawn from the embedded data with textContent:
  // no document text ever becomes markup.
  var data = JSON.parse(document.getElementById("report-data").textContent);
  var S = data.strings, F = data.findings, D = data.docs, R = data.rules;
  var FINDINGS_PAGE = 50, DOCUMENTS_PAGE = 20, QUOTE_CONTEXT = 300;

  var $ = function (id) { return document.getElementById(id); };
  var search = $("search"), severity = $("filter-severity"), rule = $("filter-rule"), docFilter = $("filter-document");
  var state = { findings: FINDINGS_PAGE, documents: DOCUMENTS_PAGE, pinned: [] };

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }
  function link(href, text, className) {
    var a = el("a", className, text);
    a.setAttribute("href", href);
    return a;
  }
  function lower(text) { return String(text || "").toLowerCase(); }

  // ------------------------------------------------------------------ filters

  F.forEach(function (f) {
    var paths = [];
    f.e.forEach(function (side) { if (paths.indexOf(D[side[0]].p) < 0) { paths.push(D[side[0]].p); } });
    f.paths = paths;
    f.haystack = lower([f.m, f.t, f.r].concat(paths).join("\n"));
  });
  Object.keys(R).filter(function (id) { return F.some(function (f) { return f.r === id; }); }).sort().forEach(function (id) {
    var option = el("option", null, id);
    option.value = id;
    rule.appendChild(option);
  });
  var pathList = $("document-paths");
  D.filter(function (d) { return d.f; }).forEach(function (d) {
    var option = el("option");
    option.value = d.p;
    pathList.appendChild(option);
  });

  function filters() {
    return {
      q: lower(search.value.trim()), s: severity.value, r: rule.value, d: lower(docFilter.value.trim())
    };
  }
  function active(c) { return c.q !== "" || c.s !== "all" || c.r !== "all" || c.d !== ""; }
  function matches(f, c) {
    if (c.s !== "all" && f.s !== c.s) { return false; }
    if (c.r !== "all" && f.r !== c.r) { return false; }
    if (c.d && !f.paths.some(function (p) { return lower(p).indexOf(c.d) >= 0; })) { return false; }
    return !c.q || f.haystack.indexOf(c.q) >= 0;
  }

  // ------------------------------------------------------------------ findings

  function quote(side) {
    var text = S[side[3]], start = side[4], end = side[5];
    var block = el("blockquote");
    if (start < 0) { block.textContent = text.trim(); return block; }
    var from = Math.max(0, start - QUOTE_CONTEXT), to = Math.min(text.length, end + QUOTE_CONTEXT);
    block.appendChild(document.createTextNode((from > 0 ? "…" : "") + text.slice(from, start).replace(/^\s+/, "")));
    block.appendChild(el("mark", null, text.slice(start, end)));
    block.appendChild(document.createTextNode(text.slice(end, to).replace(/\s+$/, "") + (to < text.length ? "…" : "")));
    return block;
  }

  function card(f) {
    var article = el("article", "finding");
    article.id = "f-" + f.n;
    article.setAttribute("data-severity", f.s);
    article.setAttribute("data-rule", f.r);
    var heading = el("h3");
    heading.appendChild(el("span", "badge " + f.s, f.s));
    heading.appendChild(document.createTextNode(" " + f.t + " "));
    heading.appendChild(link("#f-" + f.n, "#" + f.n, "number"));
    article.appendChild(heading);
    article.appendChild(el("p", "message", f.m));
    var ruleLine = el("p", "rule-line", "Rule ");
    ruleLine.appendChild(link("#rule-" + f.r, f.r, "rule-link"));
    if (R[f.r] && R[f.r].sum) { ruleLine.appendChild(document.createTextNode(": " + R[f.r].sum + ".")); }
    article.appendChild(ruleLine);
    var sides = el("div", "sides");
    f.e.forEach(function (side) {
      var box = el("div", "side");
      var where = D[side[0]].p + ":" + side[1] + ":" + side[2];
      box.appendChild(link("#d" + side[0] + "-L" + side[1], where, "where"));
      box.appendChild(quote(side));
      if (side[6]) { box.appendChild(el("div", "value", side[6])); }
      sides.appendChild(box);
    });
    article.appendChild(sides);
    if (f.ref) {
      var reference = el("p", "reference");
      reference.appendChild(el("strong", null, "Reference fact"));
      reference.appendChild(document.createTextNode(" (" + f.ref[1] + "): " + f.ref[0]));
      article.appendChild(reference);
    }
    var details = el("details", "details");
    details.appendChild(el("summary", null, "Details"));
    details.appendChild(el("p", null, "Fingerprint (for baselines): " + f.fp));
    article.appendChild(details);
    return article;
  }

  function renderFindings(c, visible) {
    var box = $("findings");
    box.textContent = "";
    var shown = visible.slice(0, state.findings);
    var fragment = document.createDocumentFragment();
    shown.forEach(function (f) { fragment.appendChild(card(f)); });
    box.appendChild(fragment);
    $("shown-count").textContent = String(shown.length);
    $("findings-empty").hidden = visible.length > 0;
    var more = $("more-findings");
    more.hidden = visible.length <= shown.length;
    more.textContent = "Show " + Math.min(FINDINGS_PAGE, visible.length - shown.length) + " more of " +
      (visible.length - shown.length) + " findings";
  }

  // ------------------------------------------------------------------ rules

  function renderRules() {
    var used = [];
    F.forEach(function (f) { if (used.indexOf(f.r) < 0) { used.push(f.r); } });
    if (!used.length) { return; }
    var box = $("rules");
    used.forEach(function (id) {
      var info = R[id] || {};
      var entry = el("div", "rule");
      entry.id = "rule-" + id;
      var count = F.filter(function (f) { return f.r === id; }).length;
      entry.appendChild(el("h3", null, id + (info.s ? " (" + info.s + ")" : "")));
      if (info.sum) { entry.appendChild(el("p", null, info.sum + ".")); }
      if (info.x) { entry.appendChild(el("p", null, "What a finding means: " + info.x)); }
      if (info.why) { entry.appendChild(el("p", "why", "Why it matters: " + info.why)); }
      var only = el("button", "only", "Show only its " + count + " finding" + (count === 1 ? "" : "s"));
      only.type = "button";
      only.addEventListener("click", function () { rule.value = id; update(); $("findings-title").scrollIntoView(); });
      entry.appendChild(only);
      box.appendChild(entry);
    });
    $("rules-section").hidden = false;
  }

  // ------------------------------------------------------------------ documents

  // Lines of a document: each sentence split at its line breaks, pieces of
  // sentences on one file line side by side.
  function lines(doc) {
    var byLine = {}, order = [];
    (doc.s || []).forEach(function (sentence) {
      var first = sentence[0], text = S[sentence[1]], marks = sentence[2], offset = 0;
      text.split("\n").forEach(function (piece, k) {
        var number = first + k, start = offset, end = offset + piece.length;
        offset = end + 1;
        if (!piece.trim()) { return; }
        if (!byLine[number]) { byLine[number] = []; order.push(number); }
        byLine[number].push({ text: piece.replace(/\r$/, ""), start: start, marks: marks.filter(function (m) {
          return m[0] < end && m[1] > start;
        }) });
      });
    });
    order.sort(function (a, b) { return a - b; });
    return order.map(function (n) { return [n, byLine[n]]; });
  }

  function pieceNodes(target, piece) {
    var cursor = 0, text = piece.text;
    piece.marks.slice().sort(function (a, b) { return a[0] - b[0]; }).forEach(function (m) {
      var from = Math.max(m[0] - piece.start, 0), to = Math.min(m[1] - piece.start, text.length);
      if (from < cursor) {
        from = cursor;
      }
      if (to <= from) { return; }
      target.appendChild(document.createTextNode(text.slice(cursor, from)));
      var mark = el("mark", m[3].length ? "claim of-finding" : "claim", text.slice(from, to));
      if (m[2] >= 0) { mark.title = S[m[2]]; }
      target.appendChild(mark);
      m[3].forEach(function (n) {
        var sup = el("sup", "back");
        sup.appendChild(link("#f-" + n, "#" + n));
        target.appendChild(sup);
      });
      cursor = to;
    });
    target.appendChild(document.createTextNode(text.slice(cursor)));
  }

  function documentView(index) {
    var doc = D[index];
    var box = el("div", "document");
    box.id = "d" + index;
    box.appendChild(el("h3", null, doc.p));
    var meta = [];
    if (doc.t) { meta.push(doc.t); }
    if (doc.d) { meta.push(doc.d); }
    if (doc.st === "skipped") { meta.push("Skipped: " + (doc.r || "no reason given")); }
    if (meta.length) { box.appendChild(el("p", "muted", meta.join(" · "))); }
    var rows = lines(doc);
    if (rows.length) {
      var list = el("div", "lines");
      rows.forEach(function (row) {
        var line = el("div", "line");
        line.id = "d" + index + "-L" + row[0];
        line.appendChild(link("#" + line.id, row[0], "ln"));
        var text = el("span", "text");
        row[1].forEach(function (piece, k) {
          if (k > 0) { text.appendChild(el("span", "gap", " … ")); }
          pieceNodes(text, piece);
        });
        line.appendChild(text);
        list.appendChild(line);
      });
      box.appendChild(list);
    }
    if (doc.all === false) {
      box.appendChild(el("p", "muted", (doc.f ? "Only the lines of its findings are shown" : "Its lines are not included") +
        ", to keep this report small: " + doc.n + " claims were read from it (auditor claims " + doc.p + " lists them)."));
    } else if (!rows.length && doc.st !== "skipped") {
      box.appendChild(el("p", "muted", "No claims were read from this document."));
    }
    return box;
  }

  function listedDocuments(c, visible) {
    if (!active(c)) {
      // Documents with findings first, then those whose lines are shown, then the rest.
      var rank = function (d) { return d.f ? 0 : (d.s ? 1 : 2); };
      return D.map(function (d, i) { return i; })
        .filter(function (i) { return D[i].st !== "skipped"; })
        .sort(function (a, b) { return rank(D[a]) - rank(D[b]) || a - b; });
    }
    var seen = {}, out = [];
    visible.forEach(function (f) { f.e.forEach(function (side) { seen[side[0]] = true; }); });
    Object.keys(seen).map(Number).sort(function (a, b) { return a - b; }).forEach(function (i) {
      if (!c.d || lower(D[i].p).indexOf(c.d) >= 0) { out.push(i); }
    });
    return out;
  }

  function renderDocuments(c, visible) {
    var listed = listedDocuments(c, visible);
    var box = $("documents");
    box.textContent = "";
    var fragment = document.createDocumentFragment();
    var shown = listed.slice(0, state.documents);
    state.pinned.forEach(function (i) { if (shown.indexOf(i) < 0) { shown.unshift(i); } });
    shown.forEach(function (i) { fragment.appendChild(documentView(i)); });
    box.appendChild(fragment);
    $("docs-shown-count").textContent = String(shown.length);
    $("docs-total-count").textContent = String(listed.length);
    $("documents-empty").hidden = shown.length > 0;
    var more = $("more-documents");
    var left = listed.length - Math.min(listed.length, state.documents);
    more.hidden = left <= 0;
    more.textContent = "Show " + Math.min(DOCUMENTS_PAGE, left) + " more of " + left + " documents";
  }

  function renderProblems() {
    var box = $("problems");
    data.errors.forEach(function (e) {
      box.appendChild(el("li", null, e[0] + (e[1] ? ":" + e[1] : "") + ": " + e[2] + ": " + e[3]));
    });
    D.forEach(function (d) {
      if (d.st === "skipped") { box.appendChild(el("li", null, d.p + ": skipped: " + (d.r || "no reason given"))); }
    });
    $("problems-section").hidden = !box.childNodes.length;
  }

  // ------------------------------------------------------------------ wiring

  function update(keepPages) {
    if (!keepPages) { state.findings = FINDINGS_PAGE; state.documents = DOCUMENTS_PAGE; state.pinned = []; }
    var c = filters();
    var visible = F.filter(function (f) { return matches(f, c); });
    renderFindings(c, visible);
    renderDocuments(c, visible);
    return visible;
  }

  function highlight(node) {
    var old = document.querySelectorAll(".targeted");
    for (var i = 0; i < old.length; i++) { old[i].classList.remove("targeted"); }
    node.classList.add("targeted");
    node.scrollIntoView({ block: "center" });
  }

  // Links into parts drawn on demand: draw the target first, then go there.
  function reveal(hash) {
    var m = /^#f-(\d+)$/.exec(hash);
    if (m) {
      var n = Number(m[1]);
      if (!document.getElementById("f-" + n)) {
        var c = filters();
        var f = F[n - 1];
        if (f && !matches(f, c)) {
          search.value = ""; severity.value = "all"; rule.value = "all"; docFilter.value = "";
        }
        var visible = F.filter(function (x) { return matches(x, filters()); });
        state.findings = Math.max(state.findings, visible.indexOf(f) + 1);
        update(true);
      }
      var found = document.getElementById("f-" + n);
      if (found) { highlight(found); }
      return;
    }
    m = /^#d(\d+)(?:-L(\d+))?$/.exec(hash);
    if (m) {
      var index = Number(m[1]);
      if (!D[index]) { return; }
      if (!document.getElementById("d" + index)) { state.pinned.push(index); update(true); }
      var target = document.getElementById(hash.slice(1)) || document.getElementById("d" + index);
      if (target) { highlight(target); }
    }
  }

  [search, docFilter].forEach(function (input) { input.addEventListener("input", function () { update(); }); });
  [severity, rule].forEach(function (select) { select.addEventListener("change", function () { update(); }); });
  $("clear-filters").addEventListener("click", function () {
    search.value = ""; severity.value = "all"; rule.value = "all"; docFilter.value = ""; update();
  });
  $("more-findings").addEventListener("click", function () { state.findings += FINDINGS_PAGE; update(true); });
  $("more-documents").addEventListener("click", function () { state.documents += DOCUMENTS_PAGE; update(true); });
  document.addEventListener("click", function (event) {
    var a = event.target.closest ? event.target.closest("a[href^='#']") : null;
    if (a && a.getAttribute("href") === location.hash) { reveal(location.hash); }
  });
  window.addEventListener("hashchange", function () { reveal(location.hash); });

  renderRules();
  renderProblems();
  update();
  if (location.hash) { reveal(location.hash); }
  document.body.setAttribute("data-ready", "true");
  window.auditorRenderedAt = window.performance ? performance.now() : 0;
})();
