/* Blueprint portal: choose a borough and a small area, then go to its page. */
"use strict";
(function () {
  var district = document.getElementById("district");
  var area = document.getElementById("area");
  var boroughLayers = {};
  var map = bp.map("map");
  var areaDots = L.layerGroup().addTo(map);

  function loadAreas(code) {
    area.textContent = "";
    area.disabled = true;
    if (!code) {
      area.appendChild(bp.el("option", null, "Choose a borough first")).value = "";
      return;
    }
    bp.getJson("/api/areas?district=" + encodeURIComponent(code)).then(function (areas) {
      area.appendChild(bp.el("option", null, "Choose a neighbourhood")).value = "";
      areaDots.clearLayers();
      areas.forEach(function (a) {
        // each small area at its population-weighted centre; choosing one on the map chooses it in the list
        L.circleMarker([a.lat, a.lon], { radius: 4, color: "#005eb8", weight: 1, fillColor: "#005eb8",
          fillOpacity: 0.6 }).bindTooltip(bp.text(a.name)).on("click", function () { area.value = a.code; })
          .addTo(areaDots);
      });
      areas.sort(function (a, b) { return a.name.localeCompare(b.name); }).forEach(function (a) {
        var o = bp.el("option", null, a.name + " (" + a.population.toLocaleString("en-GB") + " people)");
        o.value = a.code;
        area.appendChild(o);
      });
      area.disabled = false;
    });
    if (boroughLayers[code]) { map.fitBounds(boroughLayers[code].getBounds()); }
  }

  bp.getJson("/api/districts").then(function (districts) {
    districts.forEach(function (d) {
      var o = bp.el("option", null, d.name);
      o.value = d.code;
      district.appendChild(o);
    });
  });
  bp.getJson("/api/boundaries").then(function (geojson) {
    var layer = L.geoJSON(geojson, {
      style: function () { return bp.boroughStyle; },
      onEachFeature: function (feature, l) {
        boroughLayers[feature.properties.code] = l;
        l.bindTooltip(bp.text(feature.properties.name));
        l.on("click", function () {
          district.value = feature.properties.code;
          loadAreas(feature.properties.code);
        });
      }
    }).addTo(map);
    map.fitBounds(layer.getBounds());
  });
  bp.getJson("/api/datasets").then(function (d) {
    document.getElementById("source").textContent = "Data: " + d[0].attribution;
  });

  document.getElementById("by-postcode").addEventListener("submit", function (e) {
    e.preventDefault();
    var typed = document.getElementById("postcode").value.trim();
    var results = document.getElementById("postcode-results");
    results.classList.add("bp-hidden");
    if (!typed) {
      bp.showErrors([{ field: "postcode", message: "Type your postcode district, for example NW1" }]);
      return;
    }
    bp.getJson("/api/postcode-districts/" + encodeURIComponent(typed)).then(function (found) {
      bp.showErrors([]);
      document.getElementById("postcode-title").textContent = "Small areas near " + found.district;
      document.getElementById("postcode-note").textContent = found.note;
      var list = document.getElementById("postcode-areas");
      list.textContent = "";
      found.areas.forEach(function (a) {
        var li = bp.el("li");
        var link = bp.el("a", null, a.name + ", " + a.district_name);
        link.href = "/area.html?code=" + encodeURIComponent(a.code);
        li.appendChild(link);
        li.appendChild(document.createTextNode(" (" + a.km + " km from the middle of " + found.district + ")"));
        list.appendChild(li);
      });
      results.classList.remove("bp-hidden");
      map.setView([found.lat, found.lon], 13);
    }).catch(function (err) {
      bp.showErrors([{ field: "postcode", message: err.message.charAt(0).toUpperCase() + err.message.slice(1) }]);
    });
  });

  district.addEventListener("change", function () { loadAreas(district.value); });
  document.getElementById("find").addEventListener("submit", function (e) {
    e.preventDefault();
    var problems = [];
    if (!district.value) { problems.push({ field: "district", message: "Choose your borough" }); }
    else if (!area.value) { problems.push({ field: "area", message: "Choose your neighbourhood" }); }
    bp.showErrors(problems);
    if (problems.length === 0) { window.location.href = "/area.html?code=" + encodeURIComponent(area.value); }
  });
})();
