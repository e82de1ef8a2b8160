/* Blueprint planners' workspace: sign in; run, compare, add and edit scenarios with progress shown; earlier runs. */
"use strict";
(function () {
  var csrf = sessionStorage.getItem("bp-csrf") || "";
  var shown = [];   // functions the other workspace scripts register, called with the account once signed in

  function send(method, path, body) {
    return fetch(path, { method: method, headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf },
      body: body === undefined ? undefined : JSON.stringify(body) }).then(function (r) {
      if (r.status === 204) { return {}; }
      return r.json().then(function (reply) {
        if (!r.ok) { var e = new Error(reply.error); e.field = reply.field; e.status = r.status; throw e; }
        return reply;
      });
    });
  }

  function table(headers, rows) {
    var t = bp.el("table", "nhsuk-table");
    var head = bp.el("tr", "nhsuk-table__row");
    headers.forEach(function (h) { head.appendChild(bp.el("th", "nhsuk-table__header", h)); });
    t.appendChild(head);
    rows.forEach(function (r) {
      var row = bp.el("tr", "nhsuk-table__row");
      r.forEach(function (v) {
        var td = bp.el("td", "nhsuk-table__cell");
        if (v instanceof Node) { td.appendChild(v); } else { td.textContent = v; }
        row.appendChild(td);
      });
      t.appendChild(row);
    });
    return t;
  }

  function button(text, id, secondary) {
    var b = bp.el("button", "nhsuk-button nhsuk-u-margin-bottom-0" + (secondary ? " nhsuk-button--secondary" : ""),
      text);
    b.type = "button";
    if (id) { b.id = id; }
    return b;
  }

  function reportLink(r, text) {
    var link = bp.el("a", null, text || "Read the report");
    link.href = r.report;
    return link;
  }

  /** Polls a background run, showing its step, then calls done(run) once it has finished. */
  function poll(id, status, done) {
    bp.getJson("/api/planner/runs/" + encodeURIComponent(id)).then(function (r) {
      status.textContent = r.status === "done" ? "Done." : r.status === "failed" ? "Failed: " + r.error
        : "Running: " + r.step + "…";
      if (r.status === "done" || r.status === "failed") {
        showRuns();
        if (r.status === "done") { done(r); }
      } else {
        setTimeout(function () { poll(id, status, done); }, 500);
      }
    });
  }

  function start(title, path, body, done) {
    var box = document.getElementById("run");
    box.textContent = "";
    var status = bp.el("p", null, "Starting…");
    status.id = "run-status";
    box.appendChild(bp.el("h2", null, title));
    box.appendChild(status);
    send("POST", path, body).then(function (r) { poll(r.id, status, function (run) { done(run, box); }); })
      .catch(function (e) { status.textContent = e.message; });
  }

  function pct(x) { return (100 * x).toFixed(1) + "%"; }

  function showResult(r, box) {
    var byScenario = r.services.some(function (s) { return s.scenario; });
    box.appendChild(table((byScenario ? ["Scenario"] : []).concat(["Service", "Within the standard before", "After",
      "People with a longer journey"]), r.services.map(function (s) {
      return (byScenario ? [s.scenario] : []).concat([s.name, pct(s.within_before), pct(s.within_after),
        s.population_longer_journey.toLocaleString("en-GB")]);
    })));
    var link = reportLink(r, byScenario ? "Read the comparison report" : "Read the report");
    link.className = "nhsuk-action-link__link";
    link.id = "report-link";
    var para = bp.el("p", "nhsuk-action-link");
    para.appendChild(link);
    box.appendChild(para);
  }

  function showScenarios() {
    bp.getJson("/api/planner/scenarios").then(function (list) {
      var body = document.getElementById("scenarios");
      body.textContent = "";
      list.forEach(function (s) {
        var row = bp.el("tr", "nhsuk-table__row");
        var pick = bp.el("td", "nhsuk-table__cell");
        var box = bp.el("input", "bp-compare");
        box.type = "checkbox";
        box.id = "compare-" + s.id;
        box.value = s.id;
        box.setAttribute("aria-label", "Compare " + s.name);
        pick.appendChild(box);
        row.appendChild(pick);
        row.appendChild(bp.el("td", "nhsuk-table__cell", s.name));
        row.appendChild(bp.el("td", "nhsuk-table__cell", s.description));
        var actions = bp.el("td", "nhsuk-table__cell bp-actions");
        var run = button("Run", "run-" + s.id);
        run.setAttribute("aria-label", "Run " + s.name);
        run.addEventListener("click", function () {
          start(s.name, "/api/planner/runs", { scenario: s.id }, showResult);
        });
        var edit = button("Edit", "edit-" + s.id, true);
        edit.setAttribute("aria-label", "Edit " + s.name);
        edit.addEventListener("click", function () { editScenario(s); });
        actions.appendChild(run);
        actions.appendChild(edit);
        row.appendChild(actions);
        body.appendChild(row);
      });
    });
  }

  function editScenario(s) {
    bp.getJson("/api/planner/scenarios/" + encodeURIComponent(s.id)).then(function (found) {
      var yaml = document.getElementById("yaml");
      yaml.value = found.yaml;
      document.getElementById("upload-result").textContent = "";
      document.getElementById("editing").textContent = found.uploaded
        ? "Editing " + s.name + ": saving under the same name replaces it."
        : "Editing a copy of " + s.name + ", which is shipped with Blueprint and stays as it is: saving adds the copy"
          + " (give it a new name).";
      document.getElementById("scenario-editor").scrollIntoView();
      yaml.focus();
    });
  }

  function compareSelected() {
    var chosen = Array.prototype.slice.call(document.querySelectorAll(".bp-compare:checked"))
      .map(function (b) { return b.value; });
    if (chosen.length < 2 || chosen.length > 6) {
      bp.showErrors([{ field: "scenarios", message: "Choose 2 to 6 scenarios to compare" }]);
      return;
    }
    bp.showErrors([]);
    start("Comparing " + chosen.length + " scenarios", "/api/planner/comparisons", { scenarios: chosen }, showResult);
  }

  function showRuns() {
    bp.getJson("/api/planner/runs").then(function (runs) {
      var box = document.getElementById("runs");
      box.textContent = "";
      if (runs.length === 0) { box.appendChild(bp.el("p", null, "No runs yet.")); return; }
      box.appendChild(table(["Started", "What", "Status", "Report"], runs.map(function (r) {
        return [r.started.replace("T", " ").substring(0, 16) + " UTC", r.scenario,
          r.status === "failed" ? "failed: " + r.error : r.status, r.report ? reportLink(r, "Open") : ""];
      })));
    });
  }

  function showWorkspace(me) {
    document.getElementById("sign-in").classList.add("bp-hidden");
    document.getElementById("workspace").classList.remove("bp-hidden");
    document.getElementById("who").textContent = "Signed in as " + me.account + " (" + me.role + ").";
    document.getElementById("who").dataset.account = me.account;
    showScenarios();
    showRuns();
    shown.forEach(function (f) { f(me); });
  }

  function upload(store) {
    var result = document.getElementById("upload-result");
    result.textContent = "";
    fetch("/api/planner/scenarios" + (store ? "" : "?validate=true"), { method: "POST",
      headers: { "Content-Type": "application/yaml", "X-CSRF-Token": csrf },
      body: document.getElementById("yaml").value }).then(function (r) {
      return r.json().then(function (reply) {
        if (r.ok) {
          result.appendChild(bp.el("li", "bp-yes", reply.name + ": " + reply.modifications
            + (reply.modifications === 1 ? " modification, " : " modifications, ")
            + (!reply.stored ? "no problems found" : reply.replaced ? "saved over the earlier version"
              : "saved; it is in the list above")));
          if (reply.stored) { showScenarios(); }
        } else if (reply.problems) {
          reply.problems.forEach(function (p) {
            result.appendChild(bp.el("li", "bp-no", (p.line ? "line " + p.line + ": " : "") + (p.field ? p.field + " " : "")
              + (p.value ? "'" + p.value + "' " : "") + p.message));
          });
        } else {
          result.appendChild(bp.el("li", "bp-no", reply.error));
        }
      });
    });
  }

  window.bpPlanner = { send: send, table: table, button: button, start: start, reportLink: reportLink,
    onShow: function (f) { shown.push(f); } };

  document.getElementById("compare").addEventListener("click", compareSelected);
  document.getElementById("check-scenario").addEventListener("click", function () { upload(false); });
  document.getElementById("upload").addEventListener("submit", function (e) { e.preventDefault(); upload(true); });
  document.getElementById("sign-in").addEventListener("submit", function (e) {
    e.preventDefault();
    var name = document.getElementById("name").value;
    var password = document.getElementById("password").value;
    var problems = [];
    if (!name) { problems.push({ field: "name", message: "Enter your account name" }); }
    if (!password) { problems.push({ field: "password", message: "Enter your password" }); }
    bp.showErrors(problems);
    if (problems.length > 0) { return; }
    send("POST", "/api/session", { name: name, password: password }).then(function (r) {
      csrf = r.csrf_token;
      sessionStorage.setItem("bp-csrf", csrf);
      bp.showErrors([]);
      showWorkspace(r);
    }).catch(function (err) {
      bp.showErrors([{ field: "password", message: err.message }]);
    });
  });
  document.getElementById("sign-out").addEventListener("click", function () {
    send("DELETE", "/api/session").then(function () {
      sessionStorage.removeItem("bp-csrf");
      window.location.reload();
    });
  });
  // scripts registering with onShow load after this one; wait for them before showing a signed-in workspace
  window.addEventListener("load", function () {
    fetch("/api/planner/whoami").then(function (r) {
      if (r.ok) { r.json().then(showWorkspace); }
    });
  });
})();
