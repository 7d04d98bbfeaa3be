/*
 * Small progressive enhancements. Every page works without this file.
 *  - the user menu closes on Escape and on a click elsewhere;
 *  - flash messages get a dismiss button;
 *  - buttons with data-confirm ask before submitting, buttons with data-print print the page;
 *  - forms with data-autosubmit submit when a field changes (when htmx is absent);
 *  - htmx requests carry the CSRF token even where hx-headers is missing;
 *  - export links follow the filters that htmx changed in place.
 */
(function () {
  "use strict";

  function closeMenus(except) {
    document.querySelectorAll("details.user-menu[open]").forEach(function (menu) {
      if (menu !== except) menu.removeAttribute("open");
    });
  }

  document.addEventListener("click", function (event) {
    var menu = event.target.closest("details.user-menu");
    closeMenus(menu);

    if (event.target.closest("[data-print]")) window.print();

    var dismiss = event.target.closest(".flash__close");
    if (dismiss) {
      var flash = dismiss.closest(".flash");
      if (flash) flash.remove();
    }
  });

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    var open = document.querySelector("details.user-menu[open]");
    if (open) {
      open.removeAttribute("open");
      var summary = open.querySelector("summary");
      if (summary) summary.focus();
    }
    var toggle = document.getElementById("nav-toggle");
    if (toggle && toggle.checked) toggle.checked = false;
  });

  document.addEventListener("submit", function (event) {
    var submitter = event.submitter;
    var message =
      (submitter && submitter.getAttribute("data-confirm")) ||
      event.target.getAttribute("data-confirm");
    if (message && !window.confirm(message)) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  }, true);

  function init() {
    // After a failed save, start at the list of problems (it links to each field).
    var summary = document.getElementById("error-summary");
    if (summary && !document.querySelector("[autofocus]")) summary.focus();

    document.querySelectorAll(".flash__close[hidden]").forEach(function (button) {
      button.hidden = false;
    });
    if (!window.htmx) {
      document.querySelectorAll("form[data-autosubmit]").forEach(function (form) {
        form.addEventListener("change", function () {
          form.requestSubmit ? form.requestSubmit() : form.submit();
        });
      });
    }
  }

  document.addEventListener("htmx:configRequest", function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header && !event.detail.headers[header.content]) {
      event.detail.headers[header.content] = token.content;
    }
  });

  // Export links (data-follows-filters) download what the page shows: after htmx changed the
  // filters or the sort in place and put them in the address, the links take them over too.
  // The page number and size are the screen's, not the export's.
  function exportLinksFollowFilters() {
    var params = new URLSearchParams(window.location.search);
    params.delete("page");
    params.delete("size");
    var query = params.toString();
    document.querySelectorAll("a[data-follows-filters]").forEach(function (link) {
      var target = new URL(link.getAttribute("href"), window.location.href);
      link.setAttribute("href", target.pathname + (query ? "?" + query : ""));
    });
  }
  document.addEventListener("htmx:pushedIntoHistory", exportLinksFollowFilters);
  document.addEventListener("htmx:replacedInHistory", exportLinksFollowFilters);

  // When htmx replaced the part of the page that held the focus, keep the keyboard user in place.
  document.addEventListener("htmx:afterSettle", function (event) {
    if (document.activeElement && document.activeElement !== document.body) return;
    var target = event.detail.elt;
    var next = target && target.querySelector && target.querySelector("[autofocus], #add-member");
    if (next) next.focus();
  });

  // A form whose answer takes seconds (an optimizer run) says so on its button while it waits,
  // and is not sent twice.
  document.addEventListener("submit", function (event) {
    var button = event.target.querySelector && event.target.querySelector("button[data-busy-text]");
    if (!button || event.defaultPrevented) return;
    button.textContent = button.getAttribute("data-busy-text");
    button.setAttribute("aria-disabled", "true");
    button.classList.add("is-busy");
    event.target.addEventListener("submit", function (again) { again.preventDefault(); });
  });

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
