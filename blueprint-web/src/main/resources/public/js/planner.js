/* Blueprint planners' workspace: sign in, run a shipped scenario with its progress shown, open its report. */
"use strict";
(function () {
  var csrf = sessionStorage.getItem("bp-csrf") || "";

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

  function showWorkspace(account) {
    document.getElementById("sign-in").classList.add("bp-hidden");
    document.getElementById("workspace").classList.remove("bp-hidden");
    document.getElementById("who").textContent = "Signed in as " + account + ".";
    bp.getJson("/api/planner/scenarios").then(function (list) {
      var body = document.getElementById("scenarios");
      body.textContent = "";
      list.forEach(function (s) {
        var row = bp.el("tr", "nhsuk-table__row");
        row.appendChild(bp.el("td", "nhsuk-table__cell", s.name));
        row.appendChild(bp.el("td", "nhsuk-table__cell", s.description));
        var cell = bp.el("td", "nhsuk-table__cell");
        var button = bp.el("button", "nhsuk-button nhsuk-u-margin-bottom-0", "Run");
        button.type = "button";
        button.id = "run-" + s.id;
        button.setAttribute("aria-label", "Run " + s.name);
        button.addEventListener("click", function () { run(s); });
        cell.appendChild(button);
        row.appendChild(cell);
        body.appendChild(row);
      });
    });
  }

  function run(s) {
    var box = document.getElementById("run");
    box.textContent = "";
    var status = bp.el("p", null, "Starting " + s.name + "…");
    status.id = "run-status";
    box.appendChild(bp.el("h2", null, s.name));
    box.appendChild(status);
    send("POST", "/api/planner/runs", { scenario: s.id }).then(function (r) { poll(r.id, status, box); })
      .catch(function (e) { status.textContent = e.message; });
  }

  function poll(id, status, box) {
    bp.getJson("/api/planner/runs/" + encodeURIComponent(id)).then(function (r) {
      status.textContent = r.status === "done" ? "Done." : r.status === "failed" ? "Failed: " + r.error
        : "Running: " + r.step + "…";
      if (r.status === "done") {
        var table = bp.el("table", "nhsuk-table");
        var head = bp.el("tr", "nhsuk-table__row");
        ["Service", "Within the standard before", "After", "People with a longer journey"].forEach(function (h) {
          head.appendChild(bp.el("th", "nhsuk-table__header", h));
        });
        table.appendChild(head);
        r.services.forEach(function (s) {
          var row = bp.el("tr", "nhsuk-table__row");
          row.appendChild(bp.el("td", "nhsuk-table__cell", s.name));
          row.appendChild(bp.el("td", "nhsuk-table__cell", (100 * s.within_before).toFixed(1) + "%"));
          row.appendChild(bp.el("td", "nhsuk-table__cell", (100 * s.within_after).toFixed(1) + "%"));
          row.appendChild(bp.el("td", "nhsuk-table__cell", s.population_longer_journey.toLocaleString("en-GB")));
          table.appendChild(row);
        });
        box.appendChild(table);
        var link = bp.el("a", "nhsuk-action-link__link", "Read the report");
        link.href = r.report;
        link.id = "report-link";
        box.appendChild(link);
      } else if (r.status !== "failed") {
        setTimeout(function () { poll(id, status, box); }, 500);
      }
    });
  }

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
      showWorkspace(r.account);
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
  fetch("/api/planner/whoami").then(function (r) {
    if (r.ok) { r.json().then(function (me) { showWorkspace(me.account); }); }
  });
})();
