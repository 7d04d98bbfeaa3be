// Draws every earned-value S-curve on the page: a canvas with class "scurve" and its figures in
// data-chart ({labels, pv, ev, ac, currency}). data-points="none" hides the points on small charts.
(function () {
  if (typeof Chart === "undefined") { return; }
  var money = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
  document.querySelectorAll("canvas.scurve").forEach(function (canvas) {
    var data = JSON.parse(canvas.getAttribute("data-chart"));
    var radius = canvas.getAttribute("data-points") === "none" ? 0 : 2;
    var line = function (label, values, color, dash) {
      return { label: label, data: values, borderColor: color, backgroundColor: color,
               borderDash: dash || [], tension: 0.25, pointRadius: radius, spanGaps: false };
    };
    new Chart(canvas, {
      type: "line",
      data: {
        labels: data.labels,
        datasets: [
          line("Planned value (PV)", data.pv, "#556070", [6, 4]),
          line("Earned value (EV)", data.ev, "#0d6b6a"),
          line("Actual cost (AC)", data.ac, "#b42318")
        ]
      },
      options: {
        responsive: true, maintainAspectRatio: false, animation: false,
        interaction: { mode: "index", intersect: false },
        plugins: {
          legend: { position: "bottom" },
          tooltip: { callbacks: { label: function (c) {
            return c.dataset.label + ": " + money.format(c.parsed.y) + " " + data.currency; } } }
        },
        scales: { y: { beginAtZero: true, ticks: { callback: function (v) { return money.format(v); } } } }
      }
    });
  });
})();
