// Runs the Monte Carlo simulation of the risk page in place: the form's answer streams
// "progress DONE TOTAL" lines into the progress bar, then "result" and the result's HTML (drawn by
// the server), or "error" and a message. Cancel closes the request; the server then stops.
(function () {
  "use strict";
  var form = document.getElementById("risk-form");
  if (!form || !window.fetch || !window.AbortController || !window.TextDecoder) return;
  var bar = document.getElementById("risk-progress");
  var cancel = document.getElementById("risk-cancel");
  var run = document.getElementById("risk-run");
  var status = document.getElementById("risk-status");
  var out = document.getElementById("risk-result");
  var running = null;

  function headers() {
    var h = { "X-Progress": "1", "Content-Type": "application/x-www-form-urlencoded" };
    var token = document.querySelector("meta[name=_csrf]");
    var name = document.querySelector("meta[name=_csrf_header]");
    if (token && name) h[name.content] = token.content;
    return h;
  }

  function finish(text, error) {
    running = null;
    cancel.hidden = true;
    bar.hidden = true;
    run.disabled = false;
    status.textContent = text;
    status.classList.toggle("gantt__message--error", !!error);
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    if (running) return;
    running = new AbortController();
    var controller = running;
    run.disabled = true;
    cancel.hidden = false;
    bar.hidden = false;
    bar.value = 0;
    status.textContent = "Simulating…";
    status.classList.remove("gantt__message--error");
    var buffer = "";
    var html = null;
    var decoder = new TextDecoder();
    fetch(form.action, {
      method: "POST", headers: headers(), credentials: "same-origin", signal: controller.signal,
      body: new URLSearchParams(new FormData(form)).toString()
    }).then(function (response) {
      if (!response.ok) throw new Error("HTTP " + response.status);
      var reader = response.body.getReader();
      function read() {
        return reader.read().then(function (chunk) {
          if (chunk.done) return;
          var text = decoder.decode(chunk.value, { stream: true });
          if (html !== null) { html += text; return read(); }
          buffer += text;
          var nl;
          while (html === null && (nl = buffer.indexOf("\n")) >= 0) {
            var line = buffer.slice(0, nl);
            buffer = buffer.slice(nl + 1);
            if (line.indexOf("progress ") === 0) {
              var parts = line.split(" ");
              bar.max = Number(parts[2]);
              bar.value = Number(parts[1]);
              status.textContent = "Simulating… " + parts[1] + " of " + parts[2] + " iterations";
            } else if (line === "result") {
              html = buffer;
              buffer = "";
            } else if (line.indexOf("error ") === 0) {
              throw new Error(line.slice(6));
            }
          }
          return read();
        });
      }
      return read();
    }).then(function () {
      if (html === null) throw new Error("The simulation stopped before it finished.");
      out.innerHTML = html;
      finish("Simulation finished.", false);
    }).catch(function (error) {
      if (controller.signal.aborted) finish("Simulation cancelled.", false);
      else finish("The simulation failed: " + error.message, true);
    });
  });

  cancel.addEventListener("click", function () {
    if (running) running.abort();
  });
})();
