/*
 * The four dashboard charts, drawn from the JSON the page embeds (#dashboard-chart-data) and
 * drawn again after htmx replaces the results.
 */
(function () {
  var charts = [];
  var RAG = { RED: "#b42318", AMBER: "#dc6803", GREEN: "#067647" };
  var money = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
  var day = function (n) { return new Date(n * 86400000).toISOString().slice(0, 10); };

  function render() {
    charts.forEach(function (c) { c.destroy(); });
    charts = [];
    var source = document.getElementById("dashboard-chart-data");
    if (!source || typeof Chart === "undefined") { return; }
    var data = JSON.parse(source.textContent);
    var add = function (id, config) {
      var canvas = document.getElementById(id);
      if (canvas) { charts.push(new Chart(canvas, config)); }
    };
    add("chart-rag", {
      type: "doughnut",
      data: {
        labels: ["Red · in trouble", "Amber · at risk", "Green · on track", "Not rated"],
        datasets: [{ data: [data.rag.red, data.rag.amber, data.rag.green, data.rag.unrated],
                     backgroundColor: [RAG.RED, RAG.AMBER, RAG.GREEN, "#98a2b3"] }]
      },
      options: { responsive: true, maintainAspectRatio: false, animation: false,
                 plugins: { legend: { position: "bottom" } } }
    });
    add("chart-bubble", {
      type: "bubble",
      data: { datasets: [{ label: "Projects", data: data.bubbles,
              backgroundColor: data.bubbles.map(function (b) { return (RAG[b.rag] || "#667085") + "99"; }),
              borderColor: data.bubbles.map(function (b) { return RAG[b.rag] || "#667085"; }) }] },
      options: {
        responsive: true, maintainAspectRatio: false, animation: false,
        plugins: { legend: { display: false }, tooltip: { callbacks: { label: function (c) {
          var b = c.raw; return b.label + ": value " + b.x + ", risk " + b.y + ", budget " + money.format(b.budget) + " " + b.currency; } } } },
        scales: { x: { title: { display: true, text: "Value (0–100)" }, min: 0, max: 100 },
                  y: { title: { display: true, text: "Risk exposure (sum of open risk scores)" }, beginAtZero: true } }
      }
    });
    add("chart-months", {
      type: "bar",
      data: { labels: data.months.labels, datasets: [
        { label: "Planned", data: data.months.planned, backgroundColor: "#98a2b3" },
        { label: "Actual", data: data.months.actual, backgroundColor: "#0d6b6a" } ] },
      options: { responsive: true, maintainAspectRatio: false, animation: false,
                 plugins: { legend: { position: "bottom" }, tooltip: { callbacks: { label: function (c) {
                   return c.dataset.label + ": " + money.format(c.parsed.y) + " " + data.months.currency; } } } },
                 scales: { y: { beginAtZero: true, ticks: { callback: function (v) { return money.format(v); } } } } }
    });
    var bars = data.roadmap;
    var ends = [];
    bars.forEach(function (b) { ends.push(b.start, b.finish); if (b.milestone != null) { ends.push(b.milestone); } });
    var lo = ends.length ? Math.min.apply(null, ends) - 15 : undefined;
    var hi = ends.length ? Math.max.apply(null, ends) + 15 : undefined;
    var roadmap = document.getElementById("chart-roadmap");
    if (roadmap) { roadmap.parentNode.style.height = Math.max(360, 80 + bars.length * 22) + "px"; }
    add("chart-roadmap", {
      type: "bar",
      data: { labels: bars.map(function (b) { return b.label; }), datasets: [
        { label: "Planned", data: bars.map(function (b) { return [b.start, b.finish]; }),
          backgroundColor: bars.map(function (b) { return (RAG[b.rag] || "#667085") + "88"; }), borderSkipped: false },
        { type: "scatter", label: "Next milestone", pointStyle: "rectRot", pointRadius: 6, backgroundColor: "#101828",
          // Chart.js cannot draw a null point: bars without a next milestone have no point at all.
          data: bars.filter(function (b) { return b.milestone != null; })
                    .map(function (b) { return { x: b.milestone, y: b.label, bar: b }; }) } ] },
      options: {
        indexAxis: "y", responsive: true, maintainAspectRatio: false, animation: false,
        plugins: { legend: { position: "bottom" }, tooltip: { callbacks: { label: function (c) {
          var b = c.datasetIndex === 1 ? c.raw.bar : bars[c.dataIndex];
          if (c.datasetIndex === 1) { return (b.milestoneName || "Milestone") + ": " + day(b.milestone) + (b.slip ? " (" + b.slip + " d slip)" : ""); }
          return b.name + ": " + day(b.start) + " – " + day(b.finish); } } } },
        scales: { x: { type: "linear", beginAtZero: false, min: lo, max: hi,
                       ticks: { maxTicksLimit: 8, callback: function (v) { return day(v).slice(0, 7); } } },
                  y: { ticks: { autoSkip: false } } }
      }
    });
  }

  /*
   * The column chooser. The choice is kept in this browser's storage under a key that names the
   * signed-in person, so each person sees their own columns; the table itself always carries every
   * column, so the page works the same without the script and without storage.
   */
  var chooser = document.getElementById("dash-columns");
  var storageKey = chooser && chooser.getAttribute("data-storage-key");

  function hiddenColumns() {
    try { return JSON.parse(window.localStorage.getItem(storageKey)) || []; } catch (e) { return []; }
  }

  function remember(hidden) {
    try { window.localStorage.setItem(storageKey, JSON.stringify(hidden)); } catch (e) { /* private mode: not remembered */ }
  }

  // The choices are made when the chooser first opens, from the table's own headers, so that a
  // column's name is found once on the page until then.
  function buildChoices() {
    var table = document.getElementById("dashboard-table");
    var list = chooser.querySelector(".dash-columns__list");
    if (table && !list.children.length) {
      table.querySelectorAll("thead th[data-col]").forEach(function (th) {
        var item = document.createElement("li");
        var label = document.createElement("label");
        var box = document.createElement("input");
        box.type = "checkbox";
        box.value = th.getAttribute("data-col");
        label.appendChild(box);
        label.appendChild(document.createTextNode(" " + th.getAttribute("data-label")));
        item.appendChild(label);
        list.appendChild(item);
      });
    }
    var hidden = hiddenColumns();
    list.querySelectorAll("input").forEach(function (box) { box.checked = hidden.indexOf(box.value) < 0; });
  }

  function applyColumns() {
    var table = document.getElementById("dashboard-table");
    if (!chooser || !table) { return; }
    var hidden = hiddenColumns();
    table.querySelectorAll("[data-col]").forEach(function (cell) {
      cell.hidden = hidden.indexOf(cell.getAttribute("data-col")) >= 0;
    });
    chooser.hidden = false;
  }

  if (chooser) {
    chooser.addEventListener("toggle", function () { if (chooser.open) { buildChoices(); } });
    chooser.addEventListener("change", function () {
      var hidden = [];
      chooser.querySelectorAll(".dash-columns__list input").forEach(function (box) {
        if (!box.checked) { hidden.push(box.value); }
      });
      remember(hidden);
      applyColumns();
    });
    chooser.querySelector("[data-columns-reset]").addEventListener("click", function () {
      remember([]);
      buildChoices();
      applyColumns();
    });
  }

  function init() { render(); applyColumns(); }
  document.body.addEventListener("htmx:afterSettle", function () {
    if (document.getElementById("dashboard-chart-data")) { render(); }
    applyColumns();
  });
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
