// People pickers: Enter in the search box searches at once instead of submitting the form around it.
(function () {
  "use strict";
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Enter") return;
    var search = event.target.closest && event.target.closest(".people-picker__search");
    if (!search) return;
    event.preventDefault();
    if (window.htmx) window.htmx.trigger(search, "search");
  });
})();
