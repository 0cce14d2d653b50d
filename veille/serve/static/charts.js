// Charts of the dashboard, drawn with the bundled Plotly (basic bundle: bar and scatter).
// Data comes from <script type="application/json"> blocks; text goes into the DOM as text only.
(function () {
  "use strict";
  function data(id) {
    var node = document.getElementById("data-" + id);
    return node ? JSON.parse(node.textContent) : null;
  }
  var config = { displayModeBar: false, responsive: true };
  var font = { family: "DejaVu Sans, sans-serif", size: 12, color: "#1d2330" };
  function layout(extra) {
    return Object.assign({ margin: { t: 10, r: 10, b: 50, l: 50 }, font: font, paper_bgcolor: "rgba(0,0,0,0)", plot_bgcolor: "rgba(0,0,0,0)" }, extra);
  }

  // Each chart draws into its own element; `ready` marks it drawn (tests and screenshots wait on it).
  function chart(id, draw) {
    var el = document.getElementById(id);
    if (el) draw(el, function () { el.setAttribute("data-rendered", "1"); });
  }

  chart("per-month", function (el, ready) {
    var rows = data("per-month") || [];
    Plotly.newPlot(el, [{ type: "bar", x: rows.map(function (r) { return r.month; }), y: rows.map(function (r) { return r.documents; }),
      marker: { color: "#2456d6" }, hovertemplate: "%{x} : %{y} articles<extra></extra>" }],
      layout({ bargap: rows.length < 4 ? 0.5 : 0.15, xaxis: { title: { text: "mois" }, type: "category" }, yaxis: { title: { text: "articles" } } }), config).then(ready);
  });

  chart("top-actors", function (el, ready) {
    var actors = (data("top-actors") || []).slice(0, 10).reverse();
    Plotly.newPlot(el, [{ type: "bar", orientation: "h", y: actors.map(function (a) { return a.name || a.id; }), x: actors.map(function (a) { return a.documents; }),
      marker: { color: "#5b7fd9" }, hovertemplate: "%{y} : %{x} articles<extra></extra>" }],
      layout({ margin: { t: 10, r: 10, b: 40, l: 140 }, xaxis: { title: { text: "articles" } } }), config).then(function () {
        ready();
        el.on("plotly_click", function (ev) { window.location = "/actors/" + encodeURIComponent(actors[ev.points[0].pointIndex].id); });
      });
  });

  chart("actor-months", function (el, ready) {
    var months = data("actor-months") || [];
    var x = months.map(function (r) { return r.month; });
    Plotly.newPlot(el, [
      { type: "bar", name: "articles", x: x, y: months.map(function (r) { return r.documents; }), marker: { color: "#2456d6" } },
      { type: "bar", name: el.getAttribute("data-mentions-label") || "mentions", x: x, y: months.map(function (r) { return r.mentions; }), marker: { color: "#e08a3c" } }
    ], layout({ barmode: "group", bargap: x.length < 4 ? 0.6 : 0.2, xaxis: { title: { text: "mois" }, type: "category" },
      yaxis: { title: { text: "nombre" }, rangemode: "tozero" }, legend: { orientation: "h", y: 1.12 }, margin: { t: 30, r: 10, b: 50, l: 50 } }), config).then(ready);
  });

  chart("dyad-chart", function (el, ready) {
    var dyad = data("dyad");
    var traces = [["a_to_b", dyad.a + " → " + dyad.b, "#d0453a"], ["b_to_a", dyad.b + " → " + dyad.a, "#2456d6"]].map(function (spec) {
      var rows = dyad.series.filter(function (s) { return s.direction === spec[0]; });
      return { type: "scatter", mode: "lines+markers", name: spec[1], x: rows.map(function (r) { return r.period; }),
        y: rows.map(function (r) { return r.mean_intensity === null ? 0 : r.mean_intensity; }), customdata: rows,
        marker: { size: rows.map(function (r) { return 8 + 4 * Math.sqrt(r.events); }), color: spec[2] }, line: { color: spec[2], width: 1.5 },
        hovertemplate: "%{x}<br>intensité moyenne %{y}<br>%{customdata.events} événement(s)<extra>" + spec[1] + "</extra>" };
    });
    Plotly.newPlot(el, traces, layout({ xaxis: { title: { text: "période" }, type: "category" },
      yaxis: { title: { text: "intensité (conflit < 0 < coopération)" }, zeroline: true, zerolinecolor: "#999", range: [-10.5, 10.5] },
      legend: { orientation: "h", y: 1.08 }, margin: { t: 30, r: 10, b: 50, l: 60 } }), config).then(function () {
        ready();
        el.on("plotly_click", function (ev) { showPeriod(ev.points[0].customdata); });
      });
  });

  function showPeriod(slot) {
    var body = document.getElementById("dyad-events-body");
    body.textContent = "";
    var title = document.createElement("p");
    title.textContent = slot.period + " · " + slot.events + " événement(s)";
    body.appendChild(title);
    var list = document.createElement("ul");
    list.className = "events";
    slot.refs.forEach(function (ref) {
      var li = document.createElement("li");
      li.className = "event";
      var tag = document.createElement("span");
      tag.className = "tag"; tag.textContent = ref.type || "?";
      li.appendChild(tag);
      if (ref.modality && ref.modality !== "actual") {
        var mod = document.createElement("span"); mod.className = "modality"; mod.textContent = ref.modality; li.appendChild(mod);
      }
      var a = document.createElement("a");
      a.href = "/articles/" + encodeURIComponent(ref.doc_id) + (ref.start !== null && ref.start !== undefined ? "#s" + ref.start : "");
      a.textContent = " " + (ref.sentence || ref.text || ref.doc_id);
      li.appendChild(a);
      list.appendChild(li);
    });
    body.appendChild(list);
  }
})();
