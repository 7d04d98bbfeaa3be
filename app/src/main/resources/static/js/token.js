/* Copies a new personal access token to the clipboard, or selects it for Ctrl+C. */
(function () {
  var input = document.getElementById("token-secret");
  var button = document.getElementById("copy-token");
  var status = document.getElementById("copy-status");
  input.addEventListener("focus", function () { input.select(); });
  button.addEventListener("click", function () {
    input.focus();
    input.select();
    var done = function () { status.textContent = " Copied to the clipboard."; };
    var manual = function () { status.textContent = " Press Ctrl+C to copy the selected token."; };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(input.value).then(done, manual);
    } else {
      try {
        if (document.execCommand("copy")) { done(); } else { manual(); }
      } catch (e) {
        manual();
      }
    }
  });
})();
