(function () {
  "use strict";
  var severity = document.getElementById("filter-severity");
  var rule = document.getElementById("filter-rule");
  var doc = document.getElementById("filter-document");
  var shown = document.getElementById("shown-count");
  function apply() {
    var count = 0;
    var findings = document.querySelectorAll(".finding");
    for (var i = 0; i < findings.length; i++) {
      var el = findings[i];
      var docs = JSON.parse(el.getAttribute("data-documents") || "[]");
      var visible =
        (severity.value === "all" || el.getAttribute("data-severity") === severity.value) &&
        (rule.value === "all" || el.getAttribute("data-rule") === rule.value) &&
        (doc.value === "all" || docs.indexOf(doc.value) >= 0);
      el.hidden = !visible;
      if (visible) { count++; }
    }
    shown.textContent = String(count);
  }
  [severity, rule, doc].forEach(function (select) { select.addEventListener("change", apply); });
  apply();
})();
