/* Blueprint portal: one area's services and journeys, a map, and the open consultations' response forms. */
"use strict";
(function () {
  var code = new URLSearchParams(window.location.search).get("code") || "";
  var rows = document.getElementById("service-rows");
  var map = bp.map("map");

  function cell(row, text, className) {
    var td = bp.el("td", "nhsuk-table__cell" + (className ? " " + className : ""), text);
    row.appendChild(td);
    return td;
  }

  var sources = [];

  /** The site's name, then the published figures the data holds about it (e.g. a stroke unit's audit results). */
  function siteCell(row, site) {
    var td = cell(row, site.name);
    if (site.facts && site.facts.length > 0) {
      var list = bp.el("ul", "nhsuk-list bp-facts");
      site.facts.forEach(function (f) {
        var n = sources.indexOf(f.source + " (" + f.publisher + ")");
        if (n < 0) { sources.push(f.source + " (" + f.publisher + ")"); n = sources.length - 1; }
        list.appendChild(bp.el("li", null, f.label + ": " + f.value + " [" + (n + 1) + "]"));
      });
      td.appendChild(list);
    }
    return td;
  }

  function showSources() {
    var notes = document.getElementById("fact-sources");
    notes.textContent = "";
    sources.forEach(function (s, i) { notes.appendChild(bp.el("li", null, "[" + (i + 1) + "] " + s)); });
    document.getElementById("fact-sources-heading").classList.toggle("bp-hidden", sources.length === 0);
  }

  bp.getJson("/api/areas/" + encodeURIComponent(code) + "/access").then(function (data) {
    var a = data.area;
    document.title = a.name + " - Blueprint";
    document.getElementById("title").textContent = "Services for " + a.name + ", " + a.district_name;
    document.getElementById("summary").textContent = a.population.toLocaleString("en-GB")
      + " people live in this small area (deprivation decile " + a.imd_decile + " of 10, where 1 is the most deprived).";
    document.getElementById("method").textContent = "Journey times are estimates for each way of travelling"
      + " (walking for GP practices, public transport for A&E and clinics, an ambulance for stroke and trauma),"
      + " from the distance and published speeds; the time standard is the one each service is judged by.";
    var bounds = L.latLngBounds([[a.lat, a.lon]]);
    L.circleMarker([a.lat, a.lon], { radius: 9, color: "#005eb8", fillColor: "#005eb8", fillOpacity: 0.8 })
      .bindTooltip(bp.text("Your area: " + a.name)).addTo(map);
    data.services.forEach(function (s) {
      var row = bp.el("tr", "nhsuk-table__row");
      cell(row, s.name);
      if (!s.nearest) {
        cell(row, "None offered");
        cell(row, "");
        cell(row, "");
        cell(row, "");
      } else {
        siteCell(row, s.nearest);
        cell(row, s.nearest.minutes + " minutes " + (s.mode === "walk" ? "on foot" : "by " + s.mode.replace("_", " ")));
        cell(row, s.within_standard ? "Yes" : "No (standard: " + s.standard_minutes + " minutes)",
          s.within_standard ? "bp-yes" : "bp-no");
        cell(row, s.next_nearest ? s.next_nearest.name + ", " + s.next_nearest.minutes + " minutes" : "");
        if (s.nearest.lat !== undefined) {
          L.circleMarker([s.nearest.lat, s.nearest.lon], { radius: 6, color: "#330072", fillColor: "#ffffff",
            fillOpacity: 1 }).bindTooltip(bp.text(s.name + ": " + s.nearest.name)).addTo(map);
          bounds.extend([s.nearest.lat, s.nearest.lon]);
        }
      }
      rows.appendChild(row);
    });
    showSources();
    showProposals(data.proposals || []);
    bp.getJson("/api/boundaries").then(function (geojson) {
      L.geoJSON(geojson, { style: function () { return bp.boroughStyle; } }).addTo(map);
      map.fitBounds(bounds.pad(0.2));
    });
  }).catch(function (e) {
    document.getElementById("title").textContent = "We could not find that area";
    document.getElementById("summary").textContent = e.message;
  });

  function showProposals(proposals) {
    var section = document.getElementById("proposals");
    if (proposals.length === 0) { return; }
    section.appendChild(bp.el("h2", null, "What the proposals would change for this area"));
    proposals.forEach(function (p) {
      var card = bp.el("div", "nhsuk-inset-text");
      card.appendChild(bp.el("h3", null, p.name));
      card.appendChild(bp.el("p", null, p.description));
      if (p.changes.length === 0) {
        card.appendChild(bp.el("p", null, "Your nearest services and journeys would not change."));
      } else {
        var list = bp.el("ul", "nhsuk-list nhsuk-list--bullet");
        p.changes.forEach(function (c) {
          var sign = c.change_minutes > 0 ? "+" : "";
          list.appendChild(bp.el("li", null, c.name + ": " + c.nearest_after.name + ", " + c.nearest_after.minutes
            + " minutes (now " + c.nearest_before.name + ", " + c.nearest_before.minutes + " minutes; "
            + sign + c.change_minutes + " minutes)" + (c.within_standard_after ? "" : " - outside the standard")));
        });
        card.appendChild(list);
      }
      section.appendChild(card);
    });
  }

  bp.getJson("/api/consultations").then(function (consultations) {
    consultations.filter(function (c) { return c.open; }).forEach(function (c) {
      document.getElementById("consultations").appendChild(form(c));
    });
  });

  function key(consultation) {
    var name = "bp-key-" + consultation;
    var k = sessionStorage.getItem(name);
    if (!k) {
      var bytes = new Uint8Array(16);
      crypto.getRandomValues(bytes);
      k = "web-" + Array.prototype.map.call(bytes, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
      sessionStorage.setItem(name, k);
    }
    return k;
  }

  function select(id, label, options) {
    var group = bp.el("div", "nhsuk-form-group");
    var l = bp.el("label", "nhsuk-label", label);
    l.htmlFor = id;
    var s = bp.el("select", "nhsuk-select");
    s.id = id;
    s.name = id;
    options.forEach(function (o) { var opt = bp.el("option", null, o[1]); opt.value = o[0]; s.appendChild(opt); });
    group.appendChild(l);
    group.appendChild(s);
    return group;
  }

  function form(c) {
    var section = bp.el("section");
    section.appendChild(bp.el("h2", null, "Have your say: " + c.title));
    section.appendChild(bp.el("p", null, c.description));
    var summary = bp.el("div", "nhsuk-error-summary bp-hidden");
    summary.setAttribute("role", "alert");
    summary.tabIndex = -1;
    summary.appendChild(bp.el("h3", "nhsuk-error-summary__title", "There is a problem"));
    var list = bp.el("ul", "nhsuk-list nhsuk-error-summary__list");
    summary.appendChild(list);
    section.appendChild(summary);
    var f = bp.el("form");
    f.noValidate = true;
    c.questions.forEach(function (q) {
      var group = bp.el("div", "nhsuk-form-group");
      group.id = "group-" + q.id;
      var fieldset = bp.el("fieldset", "nhsuk-fieldset");
      fieldset.appendChild(bp.el("legend", "nhsuk-fieldset__legend nhsuk-fieldset__legend--s", q.text));
      var radios = bp.el("div", "nhsuk-radios nhsuk-radios--inline");
      q.answers.forEach(function (answer, i) {
        var item = bp.el("div", "nhsuk-radios__item");
        var input = bp.el("input", "nhsuk-radios__input");
        input.type = "radio";
        input.name = q.id;
        input.value = answer;
        input.id = q.id + (i === 0 ? "" : "-" + i);
        var l = bp.el("label", "nhsuk-label nhsuk-radios__label", answer.charAt(0).toUpperCase() + answer.slice(1));
        l.htmlFor = input.id;
        item.appendChild(input);
        item.appendChild(l);
        radios.appendChild(item);
      });
      fieldset.appendChild(radios);
      group.appendChild(fieldset);
      f.appendChild(group);
    });
    var tg = bp.el("div", "nhsuk-form-group");
    var tl = bp.el("label", "nhsuk-label", "Your comments (optional)");
    tl.htmlFor = "text";
    var hint = bp.el("div", "nhsuk-hint", "Please do not include your name, address or other personal details.");
    hint.id = "text-hint";
    var ta = bp.el("textarea", "nhsuk-textarea");
    ta.id = "text";
    ta.name = "text";
    ta.rows = 5;
    ta.maxLength = 10000;
    ta.setAttribute("aria-describedby", "text-hint");
    tg.appendChild(tl);
    tg.appendChild(hint);
    tg.appendChild(ta);
    f.appendChild(tg);
    f.appendChild(select("respondent_type", "Are you responding as", [["", "Prefer not to say"],
      ["individual", "A member of the public"], ["clinician", "A clinician"], ["nhs_staff", "NHS staff"],
      ["organisation", "On behalf of an organisation"], ["councillor_or_mp", "A councillor or MP"]]));
    f.appendChild(select("age_band", "Your age", [["", "Prefer not to say"], ["under 18", "Under 18"],
      ["18-24", "18 to 24"], ["25-44", "25 to 44"], ["45-64", "45 to 64"], ["65-74", "65 to 74"], ["75+", "75 or over"]]));
    var button = bp.el("button", "nhsuk-button", "Send my response");
    button.type = "submit";
    button.id = "send";
    f.appendChild(button);
    f.addEventListener("submit", function (e) {
      e.preventDefault();
      var answers = {};
      c.questions.forEach(function (q) {
        var checked = f.querySelector("input[name='" + q.id + "']:checked");
        if (checked) { answers[q.id] = checked.value; }
      });
      var body = { text: ta.value, respondent_type: f.respondent_type.value, age_band: f.age_band.value,
        area: code, answers: answers };
      button.disabled = true;
      fetch("/api/consultations/" + encodeURIComponent(c.id) + "/responses", {
        method: "POST", headers: { "Content-Type": "application/json", "Idempotency-Key": key(c.id) },
        body: JSON.stringify(body)
      }).then(function (r) {
        return r.json().then(function (reply) {
          button.disabled = false;
          list.textContent = "";
          if (r.status === 201 || r.status === 200) {
            sessionStorage.removeItem("bp-key-" + c.id);
            var panel = bp.el("div", "nhsuk-panel");
            panel.id = "thanks";
            panel.appendChild(bp.el("h3", null, "Thank you: your response has been received"));
            panel.appendChild(bp.el("p", null, "Your reference is " + reply.id + "."));
            f.replaceWith(panel);
            summary.classList.add("bp-hidden");
            panel.tabIndex = -1;
            panel.focus();
            return;
          }
          var field = reply.field || "text";
          var target = field.indexOf("answers.") === 0 ? field.substring(8) : field;
          var li = bp.el("li");
          var a = bp.el("a", null, reply.error);
          a.href = "#" + (document.getElementById(target) ? target : "text");
          li.appendChild(a);
          list.appendChild(li);
          summary.classList.remove("bp-hidden");
          summary.focus();
        });
      }).catch(function () {
        button.disabled = false;
        list.textContent = "";
        list.appendChild(bp.el("li", null, "Your response could not be sent. Please try again: it will not be counted twice."));
        summary.classList.remove("bp-hidden");
        summary.focus();
      });
    });
    section.appendChild(f);
    return section;
  }
})();
