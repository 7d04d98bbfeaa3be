/*
 * Status report form: the "why it differs" field of a rating shows only while the chosen rating
 * differs from the suggested one (or while it holds text). Without this script every such field
 * is shown, with a hint saying when it is needed.
 */
(function () {
  "use strict";

  function update(fieldset) {
    var suggested = fieldset.getAttribute("data-suggested");
    var override = fieldset.querySelector(".override");
    if (!suggested || !override) return;
    var checked = fieldset.querySelector('input[type="radio"]:checked');
    var text = override.querySelector("textarea");
    var differs = checked && checked.value !== suggested;
    var hasError = override.querySelector(".field__error");
    override.hidden = !(differs || (text && text.value.trim() !== "") || hasError);
    var hint = override.querySelector(".field__hint");
    if (hint && differs) hint.textContent = "Needed: your rating differs from the suggested one.";
  }

  function init() {
    document.querySelectorAll("fieldset[data-suggested]").forEach(function (fieldset) {
      update(fieldset);
      fieldset.addEventListener("change", function () {
        update(fieldset);
      });
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
