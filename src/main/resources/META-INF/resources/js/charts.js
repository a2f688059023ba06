// Draws each table marked data-chart as a chart on its canvas; the table stays, with the numbers.
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    if (typeof Chart === "undefined") {
      return;
    }
    var rtl = document.documentElement.dir === "rtl";
    var font = getComputedStyle(document.documentElement).fontFamily;
    Chart.defaults.font.family = font;
    document.querySelectorAll("table[data-chart]").forEach(function (table) {
      var canvas = document.getElementById(table.dataset.canvas);
      if (!canvas) {
        return;
      }
      var labels = [], values = [];
      table.querySelectorAll("tbody tr").forEach(function (row) {
        labels.push(row.querySelector("th").textContent);
        values.push(Number(row.querySelector("td").dataset.value));
      });
      new Chart(canvas, {
        type: table.dataset.chart,
        data: { labels: labels, datasets: [{ label: table.querySelector("caption").textContent, data: values,
          backgroundColor: "#00594f", borderColor: "#00594f" }] },
        options: { responsive: true, maintainAspectRatio: false, animation: false,
          plugins: { legend: { display: false } }, locale: document.documentElement.lang,
          scales: { x: { reverse: rtl }, y: { beginAtZero: true, position: rtl ? "right" : "left" } } }
      });
      canvas.dataset.drawn = values.length;
    });
  });
})();
