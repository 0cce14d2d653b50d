// Article page: click a highlighted passage to see what veille extracted there.
// Every value is untrusted article text: it is set with textContent, never as HTML.
(function () {
  "use strict";
  // An event's date; one resolved against an undated article's estimated date says so.
  function eventDate(d) {
    if (!d || typeof d !== "object") return d;
    var value = d.value || d.earliest;
    return d.estimated && value ? "≈ " + value + " (estimée)" : value;
  }

  var spans = JSON.parse(document.getElementById("data-spans").textContent);
  var body = document.getElementById("doc-body");
  var panel = document.getElementById("panel-body");
  var names = { actor: "Acteur", entity: "Entité", time: "Date", quote: "Citation", speaker: "Locuteur", event: "Événement", figure: "Chiffre" };

  function add(dl, term, value) {
    if (value === null || value === undefined || value === "" || (Array.isArray(value) && !value.length)) return;
    var dt = document.createElement("dt"); dt.textContent = term;
    var dd = document.createElement("dd");
    if (value instanceof Node) dd.appendChild(value); else dd.textContent = String(value);
    dl.appendChild(dt); dl.appendChild(dd);
  }
  function actorNode(actor) {
    if (!actor) return null;
    if (typeof actor === "string") actor = { id: actor, name: actor };
    var a = document.createElement("a");
    a.href = "/actors/" + encodeURIComponent(actor.id || actor.name);
    a.textContent = (actor.name || actor.id) + (actor.country ? " (" + actor.country + ")" : "") + (actor.kind ? " · " + actor.kind : "") + (actor.role ? " · " + actor.role : "");
    return a;
  }
  function actorsNode(list) {
    if (!list || !list.length) return null;
    var frag = document.createElement("span");
    list.forEach(function (actor, i) { if (i) frag.appendChild(document.createTextNode(", ")); frag.appendChild(actorNode(actor) || document.createTextNode(String(actor))); });
    return frag;
  }
  function describe(span) {
    var box = document.createElement("div");
    var head = document.createElement("div"); head.className = "kind-title"; head.textContent = names[span.kind] || span.kind;
    box.appendChild(head);
    var dl = document.createElement("dl");
    add(dl, "texte", span.text);
    if (span.kind === "entity") { add(dl, "étiquette", span.label); add(dl, "acteur", actorNode(span.actor) || (span.label === "LOC" || span.label === "PER" || span.label === "ORG" ? actorNode({ id: span.text, name: span.text }) : null)); }
    if (span.kind === "actor") { add(dl, "acteur", actorNode(span.actor)); add(dl, "lien", span.via); }
    if (span.kind === "time") { add(dl, "type", span.type); add(dl, "valeur normalisée", span.value); add(dl, "intervalle", span.earliest ? span.earliest + " → " + span.latest : null); add(dl, "ancre", span.anchor); }
    if (span.kind === "quote") { add(dl, "type", span.quote_kind); add(dl, "locuteur", span.speaker ? (actorNode(span.speaker.actor) || span.speaker.text) : "inconnu");
      add(dl, "verbe", span.verb && typeof span.verb === "object" ? (span.verb.lemma || span.verb.text) : span.verb); add(dl, "relais", span.via && typeof span.via === "object" ? span.via.text : span.via);
      add(dl, "date", span.date && typeof span.date === "object" ? span.date.value : span.date); }
    if (span.kind === "speaker") { add(dl, "acteur", actorNode(span.actor)); add(dl, "citation", span.quote); }
    if (span.kind === "event") { add(dl, "type", span.event_type + (span.mode ? " / " + span.mode : "")); add(dl, "source", actorsNode(span.source)); add(dl, "cible", actorsNode(span.target));
      add(dl, "modalité", span.modality); add(dl, "polarité", span.polarity); add(dl, "date", eventDate(span.date));
      add(dl, "lieu", span.location && typeof span.location === "object" ? span.location.text || span.location.name : span.location); add(dl, "intensité", span.intensity);
      add(dl, "rapporté par", span.reported_by && typeof span.reported_by === "object" ? span.reported_by.text || span.reported_by.name : span.reported_by); }
    if (span.kind === "figure") { add(dl, "valeur", span.value); add(dl, "qualificatif", span.qualifier); add(dl, "catégorie", span.category); }
    box.appendChild(dl);
    return box;
  }
  function select(el) {
    Array.prototype.forEach.call(body.querySelectorAll(".m.selected"), function (n) { n.classList.remove("selected"); });
    el.classList.add("selected");
    panel.textContent = "";
    el.getAttribute("data-spans").split(",").forEach(function (i) { panel.appendChild(describe(spans[+i])); });
  }
  body.addEventListener("click", function (ev) {
    var el = ev.target.closest(".m");
    if (el) select(el);
  });
  document.getElementById("legend").addEventListener("change", function (ev) {
    var kind = ev.target.getAttribute("data-kind");
    if (kind) body.classList.toggle("hide-" + kind, !ev.target.checked);
  });
  var match = /^#s(\d+)$/.exec(window.location.hash);
  if (match) {
    var target = body.querySelector('.m[data-start="' + match[1] + '"]');
    if (target) { target.scrollIntoView({ block: "center" }); select(target); }
  }
})();
