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
        lat.dispatchEvent(new Event("input", { bubbles: true }));
      }
    } else if (navigator.geolocation) {
      navigator.geolocation.getCurrentPosition(function (p) {
        lat.value = p.coords.latitude.toFixed(5);
        lon.value = p.coords.longitude.toFixed(5);
        lat.dispatchEvent(new Event("input", { bubbles: true }));
      });
    }
  });
})();
// The centre form's map: a click on a neighbourhood's point chooses it and its point; a click elsewhere places the
// centre there. The map's edges are on the element, so the inverse of the server's linear projection is enough.
(function () {
  "use strict";
  function marker(map, lat, lon) {
    var ring = document.getElementById("centre-map-marker");
    var box = map.viewBox.baseVal;
    var north = +map.dataset.north, south = +map.dataset.south, west = +map.dataset.west, east = +map.dataset.east;
    if (!(lat >= south && lat <= north && lon >= west && lon <= east)) {
      ring.classList.add("hidden");
      return;
    }
    ring.setAttribute("cx", ((lon - west) / (east - west) * box.width).toFixed(1));
    ring.setAttribute("cy", ((north - lat) / (north - south) * box.height).toFixed(1));
    ring.classList.remove("hidden");
  }
  document.addEventListener("click", function (e) {
    var map = e.target.closest && e.target.closest("#centre-map");
    if (!map) {
      return;
    }
    var lat = document.getElementById("lat");
    var lon = document.getElementById("lon");
    var place = e.target.closest(".map-place");
    if (place) {
      document.getElementById("neighbourhoodId").value = place.dataset.id;
      lat.value = place.dataset.lat;
      lon.value = place.dataset.lon;
    } else {
      var point = new DOMPoint(e.clientX, e.clientY).matrixTransform(map.getScreenCTM().inverse());
      var box = map.viewBox.baseVal;
      var north = +map.dataset.north, south = +map.dataset.south, west = +map.dataset.west, east = +map.dataset.east;
      lat.value = (north - point.y / box.height * (north - south)).toFixed(5);
      lon.value = (west + point.x / box.width * (east - west)).toFixed(5);
    }
    marker(map, +lat.value, +lon.value);
  });
  document.addEventListener("input", function (e) {
    var map = document.getElementById("centre-map");
    if (map && (e.target.id === "lat" || e.target.id === "lon")) {
      marker(map, +document.getElementById("lat").value, +document.getElementById("lon").value);
    }
  });
})();
// The set-password link carries its code in the fragment (never sent to a server): put it in the form.
(function () {
  "use strict";
  var token = document.getElementById("token");
  if (token && !token.value && location.hash.indexOf("#token=") === 0) {
    token.value = decodeURIComponent(location.hash.substring(7));
    history.replaceState(null, "", location.pathname);
  }
})();
