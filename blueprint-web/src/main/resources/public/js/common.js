/* Blueprint portal: shared helpers. Text from the server is always set with textContent, never as HTML. */
"use strict";
var bp = {
  getJson: function (path) {
    return fetch(path, { headers: { "Accept": "application/json" } }).then(function (r) {
      return r.json().then(function (body) {
        if (!r.ok) { throw new Error(body && body.error ? body.error : ("HTTP " + r.status)); }
        return body;
      });
    });
  },
  el: function (tag, className, text) {
    var e = document.createElement(tag);
    if (className) { e.className = className; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  },
  /** A span holding the text: for Leaflet tooltips, which would read a string as HTML. */
  text: function (value) {
    return bp.el("span", null, value);
  },
  showErrors: function (items) {
    var summary = document.getElementById("errors");
    var list = document.getElementById("error-list");
    list.textContent = "";
    items.forEach(function (item) {
      var li = bp.el("li");
      var a = bp.el("a", null, item.message);
      a.href = "#" + item.field;
      li.appendChild(a);
      list.appendChild(li);
    });
    summary.classList.toggle("bp-hidden", items.length === 0);
    if (items.length > 0) { summary.focus(); }
  },
  map: function (id) {
    var map = L.map(id, { preferCanvas: true, zoomSnap: 0.25 });
    return map;
  },
  boroughStyle: { color: "#005eb8", weight: 1, fillColor: "#41b6e6", fillOpacity: 0.12 }
};
