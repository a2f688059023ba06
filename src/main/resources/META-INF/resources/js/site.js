// Progressive improvements only: every page works without this file.
(function () {
  "use strict";
  // An error summary takes focus, so a screen reader reads it and a keyboard user starts from it.
  function focusSummary(root) {
    var summary = (root || document).querySelector(".error-summary");
    if (summary) {
      summary.focus();
    }
  }
  document.addEventListener("DOMContentLoaded", function () { focusSummary(document); });
  document.addEventListener("htmx:afterSwap", function (e) { focusSummary(e.target); });
  // A link in the summary moves focus to its field (not only scrolls to it).
  document.addEventListener("click", function (e) {
    var link = e.target.closest && e.target.closest(".error-summary a[href^='#']");
    if (!link) {
      return;
    }
    var field = document.getElementById(link.getAttribute("href").slice(1));
    if (field) {
      e.preventDefault();
      field.focus();
      field.scrollIntoView({ block: "center" });
    }
  });
  // A form sent once is not sent again by a second click while the first is on its way.
  document.addEventListener("submit", function (e) {
    var form = e.target;
    if (form.dataset.sent === "1") {
      e.preventDefault();
      return;
    }
    form.dataset.sent = "1";
    setTimeout(function () { form.dataset.sent = ""; }, 8000);
  });
})();
