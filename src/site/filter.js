// The decision register's filters: shown only when this script runs, so that the page is a
// plain list without it. Text is compared without case or accents, as `lchnv decisions --grep`.
(function () {
  "use strict";
  var form = document.getElementById("filter");
  if (!form) { return; }
  var query = document.getElementById("q");
  var matter = document.getElementById("matter");
  var year = document.getElementById("year");
  var count = document.getElementById("antal");
  function fold(text) {
    return text.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }
  function apply() {
    var wanted = fold(query.value.trim());
    var shown = 0;
    document.querySelectorAll("[data-decision]").forEach(function (entry) {
      var keep = (!wanted || entry.getAttribute("data-text").indexOf(wanted) >= 0) &&
        (!matter.value || entry.getAttribute("data-matter") === matter.value) &&
        (!year.value || entry.getAttribute("data-year") === year.value);
      entry.hidden = !keep;
      if (keep) { shown += 1; }
    });
    document.querySelectorAll("[data-group]").forEach(function (group) {
      group.hidden = !group.querySelector("[data-decision]:not([hidden])");
    });
    count.textContent = shown + " beslut visas";
  }
  form.hidden = false;
  form.addEventListener("input", apply);
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  apply();
}());
