/*
 * Cairn's Gantt chart, without dependencies. Every element with class "gantt" and a data-src
 * address is drawn from the JSON found there:
 *
 *   { "today": "2026-12-06", "statusDate": "2026-12-01" | null, "nonWorkingWeekdays": [6, 7],
 *     "tasks": [ { "id": "12", "wbs": "1.2", "name": "Design", "level": 2,
 *                  "start": "2026-12-07T08:00", "finish": "2026-12-11T17:00",
 *                  "baselineStart": ..., "baselineFinish": ..., "percent": 40, "duration": "5d",
 *                  "critical": true, "milestone": false, "summary": false, "version": 3,
 *                  "links": [ { "from": "11", "type": "FS" } ] } ] }
 *
 * Tasks come in outline order; "links" are the task's predecessors. Only the rows in view are
 * drawn (a plan of thousands of tasks paints and scrolls like a small one): one sticky stage the
 * size of the viewport is redrawn from the scroll position, over a spacer the size of the whole
 * chart that gives the scroll bars their range.
 *
 * Clicking a task's name scrolls the chart to its bar. Optional attributes: data-edit-url (with "{id}") makes bars draggable: moving a bar posts its new
 * start, dragging its right end its new finish (form fields start, finish, version), and the
 * answer's "message" is shown before the chart is drawn again; data-zoom (day, week or month).
 * After each change the element fires "gantt:changed" (bubbling), so the page can refresh
 * what else it shows. performance.mark("gantt-painted") is set after the first paint.
 */
(function () {
  "use strict";

  var DAY = 86400000;
  var ROW = 28;
  var HEAD = 44;
  var GRID = 340;
  var OVERSCAN = 6;
  var ZOOMS = {
    day: { px: 30, label: "Days" },
    week: { px: 9, label: "Weeks" },
    month: { px: 2.6, label: "Months" }
  };
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  var WEEKDAYS = ["S", "M", "T", "W", "T", "F", "S"];
  var SVG = "http://www.w3.org/2000/svg";

  function esc(text) {
    return String(text == null ? "" : text)
      .replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;").replace(/'/g, "&#39;");
  }

  // Plans are wall-clock time in one place: read every date as UTC so no zone shifts it.
  function time(text, endOfDay) {
    if (!text) return null;
    var dateOnly = text.length === 10;
    var t = Date.parse(dateOnly ? text + "T00:00:00Z" : text + "Z");
    if (isNaN(t)) return null;
    return dateOnly && endOfDay ? t + DAY : t;
  }

  function isoDay(t) {
    return new Date(t).toISOString().slice(0, 10);
  }

  function dayLabel(t) {
    var d = new Date(t);
    return d.getUTCDate() + " " + MONTHS[d.getUTCMonth()] + " " + d.getUTCFullYear();
  }

  function startOfDay(t) {
    return Math.floor(t / DAY) * DAY;
  }

  function csrf() {
    var token = document.querySelector("meta[name=_csrf]");
    var header = document.querySelector("meta[name=_csrf_header]");
    var headers = { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" };
    if (token && header) headers[header.content] = token.content;
    return headers;
  }

  function Gantt(root) {
    this.root = root;
    this.zoom = ZOOMS[root.getAttribute("data-zoom")] ? root.getAttribute("data-zoom") : "week";
    this.collapsed = {};
    this.tasks = null;
    this.links = [];
    this.visible = [];
    this.drag = null;
    this.frame = 0;
    this.painted = false;
    this.build();
    this.load();
  }

  Gantt.prototype.build = function () {
    var self = this;
    var zoomButtons = Object.keys(ZOOMS).map(function (z) {
      return '<button type="button" class="btn btn--small" data-zoom="' + z + '" aria-pressed="' +
        (z === self.zoom) + '">' + ZOOMS[z].label + "</button>";
    }).join("");
    this.root.innerHTML =
      '<div class="gantt__toolbar">' +
      '<div class="btn-row gantt__zoom" role="group" aria-label="Time scale">' + zoomButtons + "</div>" +
      '<div class="btn-row"><button type="button" class="btn btn--small" data-action="expand">Expand all</button>' +
      '<button type="button" class="btn btn--small" data-action="collapse">Collapse all</button>' +
      '<button type="button" class="btn btn--small" data-action="today">Go to today</button></div>' +
      '<ul class="gantt__legend" aria-label="Legend">' +
      '<li><span class="gantt__key gantt__key--task"></span>Task</li>' +
      '<li><span class="gantt__key gantt__key--critical"></span>Critical</li>' +
      '<li><span class="gantt__key gantt__key--baseline"></span>Baseline</li>' +
      '<li><span class="gantt__key gantt__key--milestone"></span>Milestone</li>' +
      '<li><span class="gantt__key gantt__key--today"></span>Today</li>' +
      '<li><span class="gantt__key gantt__key--status"></span>Status date</li></ul></div>' +
      '<p class="gantt__message" role="status" aria-live="polite"></p>' +
      '<div class="gantt__scroll" tabindex="0" aria-label="Gantt chart: scroll to move through the plan">' +
      '<div class="gantt__stage"><div class="gantt__grid"></div>' +
      '<svg class="gantt__chart" xmlns="' + SVG + '" aria-hidden="true"></svg></div>' +
      '<div class="gantt__spacer"></div></div>';
    this.scroll = this.root.querySelector(".gantt__scroll");
    this.stage = this.root.querySelector(".gantt__stage");
    this.grid = this.root.querySelector(".gantt__grid");
    this.chart = this.root.querySelector(".gantt__chart");
    this.spacer = this.root.querySelector(".gantt__spacer");
    this.message = this.root.querySelector(".gantt__message");

    this.scroll.addEventListener("scroll", function () { self.schedule(); }, { passive: true });
    if (window.ResizeObserver) {
      new ResizeObserver(function () { self.layout(); }).observe(this.scroll);
    } else {
      window.addEventListener("resize", function () { self.layout(); });
    }
    this.root.addEventListener("click", function (event) { self.click(event); });
    this.chart.addEventListener("pointerdown", function (event) { self.pointerDown(event); });
    this.chart.addEventListener("pointermove", function (event) { self.pointerMove(event); });
    this.chart.addEventListener("pointerup", function (event) { self.pointerUp(event); });
    this.chart.addEventListener("pointercancel", function () { self.drag = null; self.schedule(); });
  };

  Gantt.prototype.load = function () {
    var self = this;
    this.started = performance.now();
    return fetch(this.root.getAttribute("data-src"), {
      headers: { Accept: "application/json" }, credentials: "same-origin"
    }).then(function (response) {
      if (!response.ok) throw new Error("HTTP " + response.status);
      return response.json();
    }).then(function (data) {
      self.received = performance.now();
      self.setData(data);
    }).catch(function () {
      self.say("The plan could not be loaded. Reload the page to try again.", true);
    });
  };

  Gantt.prototype.setData = function (data) {
    var tasks = (data.tasks || []).map(function (t) {
      var start = time(t.start, false);
      var finish = time(t.finish, true);
      return {
        id: String(t.id), wbs: t.wbs || "", name: t.name || "", level: t.level || 1,
        start: start, finish: finish == null ? start : Math.max(finish, start == null ? finish : start),
        baseStart: time(t.baselineStart, false), baseFinish: time(t.baselineFinish, true),
        percent: Math.max(0, Math.min(100, t.percent || 0)), duration: t.duration || "",
        critical: !!t.critical, milestone: !!t.milestone, summary: !!t.summary,
        version: t.version, links: t.links || [], parent: false, raw: t
      };
    });
    var byId = {};
    tasks.forEach(function (t, i) {
      byId[t.id] = i;
      if (i > 0 && t.level > tasks[i - 1].level) tasks[i - 1].parent = true;
    });
    var links = [];
    tasks.forEach(function (t, i) {
      t.links.forEach(function (l) {
        var from = byId[String(l.from)];
        if (from !== undefined) links.push({ from: from, to: i, type: l.type || "FS" });
      });
    });
    var lo = Infinity, hi = -Infinity;
    var today = time(data.today, false);
    var status = time(data.statusDate, false);
    tasks.forEach(function (t) {
      [t.start, t.baseStart].forEach(function (v) { if (v != null && v < lo) lo = v; });
      [t.finish, t.baseFinish].forEach(function (v) { if (v != null && v > hi) hi = v; });
    });
    [today, status].forEach(function (v) {
      if (v == null) return;
      if (!isFinite(lo) || v < lo) lo = v;
      if (!isFinite(hi) || v > hi) hi = v;
    });
    if (!isFinite(lo)) { lo = Date.now(); hi = lo + 30 * DAY; }
    this.tasks = tasks;
    this.byId = byId;
    this.links = links;
    this.today = today;
    this.status = status;
    this.weekend = {};
    var self = this;
    (data.nonWorkingWeekdays || []).forEach(function (d) { self.weekend[d % 7] = true; });
    var first = !this.painted;
    // A reload keeps the day at the left edge where it was, whatever the new range.
    var anchor = first ? null : this.from + this.scroll.scrollLeft / this.px() * DAY;
    this.from = startOfDay(lo) - 14 * DAY;
    this.to = startOfDay(hi) + 28 * DAY;
    this.refresh();
    if (anchor != null) {
      this.scroll.scrollLeft = Math.max(0, (anchor - this.from) / DAY * this.px());
      this.render();
    }
    if (!tasks.length) this.say("This plan has no tasks yet.", false);
    if (first) this.goTo(today != null && today >= lo && today <= hi ? today : lo);
  };

  Gantt.prototype.refresh = function () {
    if (!this.tasks) return;
    var visible = [];
    var hideBelow = Infinity;
    var collapsed = this.collapsed;
    this.tasks.forEach(function (t, i) {
      if (t.level > hideBelow) return;
      hideBelow = Infinity;
      visible.push(i);
      if (t.parent && collapsed[t.id]) hideBelow = t.level;
    });
    this.visible = visible;
    this.row = {};
    for (var r = 0; r < visible.length; r++) this.row[visible[r]] = r;
    this.layout();
  };

  Gantt.prototype.px = function () { return ZOOMS[this.zoom].px; };

  Gantt.prototype.width = function () { return (this.to - this.from) / DAY * this.px(); };

  Gantt.prototype.layout = function () {
    if (!this.tasks) return;
    var w = this.scroll.clientWidth, h = this.scroll.clientHeight;
    this.stage.style.width = w + "px";
    this.stage.style.height = h + "px";
    this.spacer.style.marginTop = -h + "px";
    this.spacer.style.width = Math.ceil(GRID + this.width()) + "px";
    this.spacer.style.height = (HEAD + (this.visible.length + 1) * ROW) + "px";
    this.render();
  };

  Gantt.prototype.schedule = function () {
    var self = this;
    if (this.frame) return;
    this.frame = requestAnimationFrame(function () { self.frame = 0; self.render(); });
  };

  Gantt.prototype.goTo = function (t) {
    this.scroll.scrollLeft = Math.max(0, (t - this.from) / DAY * this.px() - (this.scroll.clientWidth - GRID) / 5);
    this.render();
  };

  Gantt.prototype.x = function (t) {
    return (t - this.from) / DAY * this.px() - this.scroll.scrollLeft;
  };

  // The dates of task i as drawn, with the drag in progress applied.
  Gantt.prototype.dates = function (i) {
    var t = this.tasks[i];
    var d = this.drag;
    if (!d || d.i !== i || !d.days) return { start: t.start, finish: t.finish };
    if (d.part === "end") return { start: t.start, finish: Math.max(t.start + DAY / 2, t.finish + d.days * DAY) };
    return { start: t.start + d.days * DAY, finish: t.finish + d.days * DAY };
  };

  Gantt.prototype.render = function () {
    if (!this.tasks) return;
    var w = this.scroll.clientWidth, h = this.scroll.clientHeight;
    var st = this.scroll.scrollTop;
    var chartW = Math.max(0, w - GRID);
    var first = Math.max(0, Math.floor(st / ROW) - OVERSCAN);
    var last = Math.min(this.visible.length - 1, Math.ceil((st + h) / ROW) + OVERSCAN);
    this.renderGrid(first, last, st);
    var out = [];
    this.renderBackground(out, chartW, h);
    for (var r = first; r <= last; r++) this.renderRow(out, r, HEAD + r * ROW - st);
    this.renderLinks(out, first, last, st);
    this.renderLines(out, h);
    this.renderScale(out, chartW);
    this.chart.setAttribute("width", chartW);
    this.chart.setAttribute("height", h);
    this.chart.style.left = GRID + "px";
    this.chart.innerHTML = out.join("");
    this.chart.setAttribute("data-rows", last - first + 1);
    if (!this.painted) {
      this.painted = true;
      var self = this;
      requestAnimationFrame(function () {
        performance.mark("gantt-painted");
        self.root.setAttribute("data-paint-ms", Math.round(performance.now() - self.started));
        self.root.setAttribute("data-render-ms", Math.round(performance.now() - self.received));
        self.root.setAttribute("data-ready", "true");
      });
    }
  };

  Gantt.prototype.renderGrid = function (first, last, st) {
    var focused = document.activeElement && this.grid.contains(document.activeElement)
      ? document.activeElement.getAttribute("data-toggle") : null;
    var html = ['<div class="gantt__grid-head"><span class="gantt__wbs">WBS</span><span>Task</span></div>'];
    for (var r = first; r <= last; r++) {
      var i = this.visible[r];
      var t = this.tasks[i];
      var cls = "gantt__row" + (t.summary || t.parent ? " gantt__row--summary" : "") +
        (t.critical ? " gantt__row--critical" : "") + (t.milestone ? " gantt__row--milestone" : "");
      var toggle = t.parent
        ? '<button type="button" class="gantt__toggle" data-toggle="' + esc(t.id) + '" aria-expanded="' +
          !this.collapsed[t.id] + '" aria-label="' + (this.collapsed[t.id] ? "Expand " : "Collapse ") +
          esc(t.name) + '">' + (this.collapsed[t.id] ? "▸" : "▾") + "</button>"
        : '<span class="gantt__toggle-space"></span>';
      html.push('<div class="' + cls + '" data-id="' + esc(t.id) + '" style="top:' + (HEAD + r * ROW - st) +
        'px"><span class="gantt__wbs">' + esc(t.wbs) + '</span><span class="gantt__name" style="padding-left:' +
        ((t.level - 1) * 16) + 'px">' + toggle + '<span class="gantt__label" title="' + esc(t.name) + '">' +
        esc(t.name) + "</span></span></div>");
    }
    this.grid.innerHTML = html.join("");
    if (focused) {
      var again = this.grid.querySelector('[data-toggle="' + focused.replace(/"/g, "") + '"]');
      if (again) again.focus();
    }
  };

  Gantt.prototype.renderBackground = function (out, chartW, h) {
    var px = this.px();
    var sl = this.scroll.scrollLeft;
    var firstDay = this.from + Math.floor(sl / px) * DAY;
    var lastDay = this.from + Math.ceil((sl + chartW) / px) * DAY;
    if (this.zoom === "day") {
      for (var t = firstDay; t <= lastDay; t += DAY) {
        var x = this.x(t);
        if (this.weekend[new Date(t).getUTCDay()]) {
          out.push('<rect class="gantt__off" x="' + x + '" y="' + HEAD + '" width="' + px + '" height="' + h + '"/>');
        }
        out.push('<line class="gantt__tick" x1="' + x + '" x2="' + x + '" y1="' + HEAD + '" y2="' + h + '"/>');
      }
    } else {
      this.ticks(firstDay, lastDay).forEach(function (tick) {
        out.push('<line class="gantt__tick" x1="' + tick.x + '" x2="' + tick.x + '" y1="' + HEAD + '" y2="' + h + '"/>');
      });
    }
  };

  // The lower tier of the time scale: weeks (Mondays) or months.
  Gantt.prototype.ticks = function (a, b) {
    var ticks = [];
    var d = new Date(a - 40 * DAY);
    if (this.zoom === "week") {
      var t = startOfDay(a) - ((new Date(a).getUTCDay() + 6) % 7) * DAY;
      for (; t <= b; t += 7 * DAY) {
        var day = new Date(t);
        ticks.push({ t: t, x: this.x(t), label: day.getUTCDate() + " " + MONTHS[day.getUTCMonth()] });
      }
    } else {
      var m = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
      while (m <= b) {
        var md = new Date(m);
        if (m >= a - 31 * DAY) ticks.push({ t: m, x: this.x(m), label: MONTHS[md.getUTCMonth()] });
        m = Date.UTC(md.getUTCFullYear(), md.getUTCMonth() + 1, 1);
      }
    }
    return ticks;
  };

  Gantt.prototype.renderScale = function (out, chartW) {
    var px = this.px();
    var sl = this.scroll.scrollLeft;
    var a = this.from + Math.floor(sl / px) * DAY;
    var b = this.from + Math.ceil((sl + chartW) / px) * DAY;
    out.push('<rect class="gantt__head" x="0" y="0" width="' + chartW + '" height="' + HEAD + '"/>');
    // Upper tier: months (years at the month zoom), labelled at their left edge or the view's.
    var d = new Date(a);
    var upper = [];
    if (this.zoom === "month") {
      for (var y = d.getUTCFullYear(); Date.UTC(y, 0, 1) <= b; y++) upper.push({ t: Date.UTC(y, 0, 1), label: String(y) });
    } else {
      for (var m = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1); m <= b;) {
        var md = new Date(m);
        upper.push({ t: m, label: MONTHS[md.getUTCMonth()] + " " + md.getUTCFullYear() });
        m = Date.UTC(md.getUTCFullYear(), md.getUTCMonth() + 1, 1);
      }
    }
    var self = this;
    upper.forEach(function (u, k) {
      var x = self.x(u.t);
      var next = k + 1 < upper.length ? self.x(upper[k + 1].t) : chartW;
      out.push('<line class="gantt__tick gantt__tick--strong" x1="' + x + '" x2="' + x + '" y1="0" y2="' + HEAD + '"/>');
      if (next > 40) {
        out.push('<text class="gantt__scale gantt__scale--upper" x="' + Math.max(x, 0) + '" dx="6" y="17">' +
          esc(u.label) + "</text>");
      }
    });
    out.push('<line class="gantt__tick gantt__tick--strong" x1="0" x2="' + chartW + '" y1="' + (HEAD / 2) +
      '" y2="' + (HEAD / 2) + '"/>');
    if (this.zoom === "day") {
      for (var t = a; t <= b; t += DAY) {
        var day = new Date(t);
        out.push('<text class="gantt__scale" x="' + (this.x(t) + px / 2) + '" y="37" text-anchor="middle">' +
          WEEKDAYS[day.getUTCDay()] + day.getUTCDate() + "</text>");
      }
    } else {
      this.ticks(a, b).forEach(function (tick) {
        out.push('<line class="gantt__tick" x1="' + tick.x + '" x2="' + tick.x + '" y1="' + (HEAD / 2) +
          '" y2="' + HEAD + '"/><text class="gantt__scale" x="' + tick.x + '" dx="4" y="37">' + esc(tick.label) + "</text>");
      });
    }
    out.push('<line class="gantt__tick gantt__tick--strong" x1="0" x2="' + chartW + '" y1="' + HEAD + '" y2="' + HEAD + '"/>');
  };

  Gantt.prototype.renderRow = function (out, r, y) {
    var i = this.visible[r];
    var t = this.tasks[i];
    if (t.start == null) return;
    var dates = this.dates(i);
    var x0 = this.x(dates.start), x1 = this.x(dates.finish);
    var id = esc(t.id);
    var tip = "<title>" + esc(t.wbs + " " + t.name + ": " + dayLabel(dates.start) +
      (t.milestone ? "" : " – " + dayLabel(dates.finish - 1)) + (t.duration ? ", " + t.duration : "") +
      (t.milestone ? "" : ", " + t.percent + "% complete") + (t.critical ? ", critical" : "") +
      (t.baseStart != null ? ", baseline " + dayLabel(t.baseStart) + " – " + dayLabel(t.baseFinish - 1) : "")) +
      "</title>";
    if (t.baseStart != null && t.baseFinish != null) {
      var bx0 = this.x(t.baseStart), bx1 = this.x(t.baseFinish);
      if (t.milestone) {
        out.push('<path class="gantt__baseline" d="M' + bx0 + " " + (y + 16) + " l5 5 l-5 5 l-5 -5 z\"/>");
      } else {
        out.push('<rect class="gantt__baseline" x="' + bx0 + '" y="' + (y + 19) + '" width="' +
          Math.max(2, bx1 - bx0) + '" height="4"/>');
      }
    }
    if (t.milestone) {
      out.push('<g class="gantt__milestone' + (t.critical ? " gantt__milestone--critical" : "") +
        '" data-id="' + id + '" data-part="move">' + tip + '<path d="M' + x0 + " " + (y + 5) +
        ' l8 8 l-8 8 l-8 -8 z"/></g>');
      out.push('<text class="gantt__tag" x="' + (x0 + 12) + '" y="' + (y + 18) + '">' + esc(dayLabel(dates.start)) + "</text>");
      return;
    }
    var w = Math.max(2, x1 - x0);
    if (t.summary || t.parent) {
      out.push('<g class="gantt__summary" data-id="' + id + '">' + tip + '<path d="M' + x0 + " " + (y + 7) +
        " h" + w + " v9 l-5 -4 h" + (-Math.max(0, w - 10)) + " l-5 4 z\"/></g>");
      return;
    }
    var cls = "gantt__bar" + (t.critical ? " gantt__bar--critical" : "") +
      (this.drag && this.drag.i === i ? " gantt__bar--dragging" : "");
    out.push('<g class="' + cls + '" data-id="' + id + '">' + tip +
      '<rect class="gantt__bar-body" data-part="move" x="' + x0 + '" y="' + (y + 5) + '" width="' + w +
      '" height="13" rx="3"/>' +
      (t.percent > 0 ? '<rect class="gantt__bar-done" data-part="move" x="' + x0 + '" y="' + (y + 9) +
        '" width="' + (w * t.percent / 100) + '" height="5" rx="1"/>' : "") +
      (this.editable() ? '<rect class="gantt__bar-end" data-part="end" x="' + (x0 + w - 5) + '" y="' + (y + 5) +
        '" width="8" height="13"/>' : "") + "</g>");
  };

  // Arrows between visible rows, drawn where their vertical run crosses the view.
  Gantt.prototype.renderLinks = function (out, first, last, st) {
    var rows = this.row;
    for (var k = 0; k < this.links.length; k++) {
      var l = this.links[k];
      var ra = rows[l.from], rb = rows[l.to];
      if (ra === undefined || rb === undefined) continue;
      if (Math.max(ra, rb) < first || Math.min(ra, rb) > last) continue;
      var a = this.tasks[l.from], b = this.tasks[l.to];
      if (a.start == null || b.start == null) continue;
      var da = this.dates(l.from), db = this.dates(l.to);
      var fromEnd = l.type === "FS" || l.type === "FF";
      var toEnd = l.type === "FF" || l.type === "SF";
      var sx = this.x(fromEnd && !a.milestone ? da.finish : da.start) + (a.milestone ? (fromEnd ? 8 : -8) : 0);
      var tx = this.x(toEnd && !b.milestone ? db.finish : db.start) + (b.milestone ? (toEnd ? 8 : -8) : 0);
      var sy = HEAD + ra * ROW - st + 12, ty = HEAD + rb * ROW - st + 12;
      var out1 = fromEnd ? 1 : -1, in1 = toEnd ? -1 : 1;
      var ex = sx + out1 * 8, ix = tx - in1 * 8;
      // One bend where the exit and the approach allow it, else a detour between the rows.
      var fitsIn = function (x) { return in1 === 1 ? x <= ix : x >= ix; };
      var fitsOut = function (x) { return out1 === 1 ? x >= ex : x <= ex; };
      var bend = fitsIn(ex) ? ex : fitsOut(ix) ? ix : null;
      var d = bend != null
        ? "M" + sx + " " + sy + " H" + bend + " V" + ty + " H" + tx
        : "M" + sx + " " + sy + " H" + ex + " V" + (ty + (ty > sy ? -ROW / 2 : ROW / 2)) + " H" + ix + " V" + ty + " H" + tx;
      var arrow = "M" + tx + " " + ty + " l" + (-in1 * 5) + " -4 v8 z";
      var critical = a.critical && b.critical;
      out.push('<g class="gantt__link' + (critical ? " gantt__link--critical" : "") + '" data-from="' +
        esc(a.id) + '" data-to="' + esc(b.id) + '"><path class="gantt__link-line" d="' + d +
        '"/><path class="gantt__link-head" d="' + arrow + '"/></g>');
    }
  };

  Gantt.prototype.renderLines = function (out, h) {
    if (this.status != null) {
      var xs = this.x(this.status);
      out.push('<line class="gantt__status-date" x1="' + xs + '" x2="' + xs + '" y1="' + HEAD + '" y2="' + h +
        '"><title>Status date ' + esc(dayLabel(this.status)) + "</title></line>");
    }
    if (this.today != null) {
      var xt = this.x(this.today);
      out.push('<line class="gantt__today" x1="' + xt + '" x2="' + xt + '" y1="' + HEAD + '" y2="' + h +
        '"><title>Today ' + esc(dayLabel(this.today)) + "</title></line>");
    }
  };

  Gantt.prototype.editable = function () {
    return !!this.root.getAttribute("data-edit-url");
  };

  Gantt.prototype.click = function (event) {
    var toggle = event.target.closest("[data-toggle]");
    if (toggle) {
      var id = toggle.getAttribute("data-toggle");
      if (this.collapsed[id]) delete this.collapsed[id]; else this.collapsed[id] = true;
      this.refresh();
      return;
    }
    // A task's name brings its bar into view.
    var row = event.target.closest(".gantt__row[data-id]");
    if (row) {
      var task = this.tasks[this.byId[row.getAttribute("data-id")]];
      if (task && task.start != null) this.goTo(task.start);
      return;
    }
    var zoom = event.target.closest("[data-zoom]");
    if (zoom && this.root.contains(zoom) && zoom.tagName === "BUTTON") {
      var centre = this.from + (this.scroll.scrollLeft + (this.scroll.clientWidth - GRID) / 2) / this.px() * DAY;
      this.zoom = zoom.getAttribute("data-zoom");
      this.root.querySelectorAll(".gantt__zoom [data-zoom]").forEach(function (b) {
        b.setAttribute("aria-pressed", String(b === zoom));
      });
      this.layout();
      this.scroll.scrollLeft = Math.max(0, (centre - this.from) / DAY * this.px() - (this.scroll.clientWidth - GRID) / 2);
      this.render();
      return;
    }
    var action = event.target.closest("[data-action]");
    if (!action) return;
    var what = action.getAttribute("data-action");
    if (what === "today" && this.today != null) this.goTo(this.today);
    if (what === "expand") { this.collapsed = {}; this.refresh(); }
    if (what === "collapse") {
      var collapsed = {};
      this.tasks.forEach(function (t) { if (t.parent) collapsed[t.id] = true; });
      this.collapsed = collapsed;
      this.scroll.scrollTop = 0;
      this.refresh();
    }
  };

  Gantt.prototype.pointerDown = function (event) {
    if (!this.editable() || event.button !== 0) return;
    var part = event.target.closest("[data-part]");
    var group = event.target.closest("[data-id]");
    if (!part || !group) return;
    var i = this.byId[group.getAttribute("data-id")];
    if (i === undefined || this.tasks[i].summary || this.tasks[i].parent) return;
    this.drag = { i: i, part: part.getAttribute("data-part"), x: event.clientX, days: 0 };
    this.chart.setPointerCapture(event.pointerId);
    event.preventDefault();
  };

  Gantt.prototype.pointerMove = function (event) {
    if (!this.drag) return;
    var days = Math.round((event.clientX - this.drag.x) / this.px());
    if (days !== this.drag.days) {
      this.drag.days = days;
      this.schedule();
    }
  };

  Gantt.prototype.pointerUp = function () {
    var drag = this.drag;
    if (!drag) return;
    var dates = this.dates(drag.i);
    this.drag = null;
    if (!drag.days) { this.schedule(); return; }
    var t = this.tasks[drag.i];
    var fields = ["start=" + isoDay(dates.start)];
    if (drag.part === "end") fields.push("finish=" + isoDay(dates.finish - 1));
    if (t.version != null) fields.push("version=" + encodeURIComponent(t.version));
    this.post(t, fields.join("&"), dates);
  };

  Gantt.prototype.post = function (task, body, dates) {
    var self = this;
    // Keep the bar where it was dropped until the plan comes back.
    task.start = dates.start;
    task.finish = dates.finish;
    this.render();
    this.say("Rescheduling…", false);
    var url = this.root.getAttribute("data-edit-url").replace("{id}", encodeURIComponent(task.id));
    fetch(url, { method: "POST", headers: csrf(), body: body, credentials: "same-origin" })
      .then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (json) {
          return { ok: response.ok, json: json };
        });
      })
      .then(function (answer) {
        var text = answer.json.message || answer.json.detail ||
          (answer.ok ? "Saved." : "The change was not saved.");
        return self.load().then(function () {
          self.say(text, !answer.ok);
          self.root.dispatchEvent(new CustomEvent("gantt:changed", { bubbles: true, detail: answer.json }));
        });
      })
      .catch(function () {
        self.say("The change was not saved: the server did not answer.", true);
        self.load();
      });
  };

  Gantt.prototype.say = function (text, error) {
    this.message.textContent = text;
    this.message.classList.toggle("gantt__message--error", !!error);
  };

  function init() {
    document.querySelectorAll(".gantt[data-src]").forEach(function (root) {
      if (!root.gantt) root.gantt = new Gantt(root);
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
