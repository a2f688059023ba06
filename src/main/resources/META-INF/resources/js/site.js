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
// The centre form: the location from the chosen neighbourhood's point, or from this device.
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll(".js-only").forEach(function (el) { el.classList.add("ready"); });
  });
  document.addEventListener("click", function (e) {
    var button = e.target.closest && e.target.closest("[data-location]");
    if (!button) {
      return;
    }
    var lat = document.getElementById("lat");
    var lon = document.getElementById("lon");
    if (button.dataset.location === "neighbourhood") {
      var select = document.getElementById("neighbourhoodId");
      var option = select && select.options[select.selectedIndex];
      if (option && option.dataset.lat) {
        lat.value = option.dataset.lat;
        lon.value = option.dataset.lon;
      }
    } else if (navigator.geolocation) {
      navigator.geolocation.getCurrentPosition(function (p) {
        lat.value = p.coords.latitude.toFixed(5);
        lon.value = p.coords.longitude.toFixed(5);
      });
    }
  });
})();
