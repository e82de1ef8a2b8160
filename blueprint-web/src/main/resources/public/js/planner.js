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
    document.getElementById("who").dataset.account = account;
    showConsultations();
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

  function showConsultations() {
    bp.getJson("/api/consultations").then(function (list) {
      var ul = document.getElementById("consultation-list");
      ul.textContent = "";
      list.forEach(function (c) {
        var li = bp.el("li");
        var button = bp.el("button", "nhsuk-button nhsuk-button--secondary", "Analyse responses to " + c.title);
        button.type = "button";
        button.id = "analyse-" + c.id;
        button.addEventListener("click", function () { analyse(c); });
        li.appendChild(button);
        ul.appendChild(li);
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
      r.forEach(function (v) { row.appendChild(bp.el("td", "nhsuk-table__cell", v)); });
      t.appendChild(row);
    });
    return t;
  }

  function pct(s) { return (100 * s.share).toFixed(1) + "% (" + (100 * s.low).toFixed(1) + "-" + (100 * s.high).toFixed(1) + ")"; }

  function analyse(c) {
    var box = document.getElementById("analysis");
    box.textContent = "";
    box.appendChild(bp.el("p", null, "Analysing…"));
    bp.getJson("/api/planner/consultations/" + encodeURIComponent(c.id) + "/analysis").then(function (a) {
      box.textContent = "";
      box.appendChild(bp.el("h3", null, c.title));
      var summary = bp.el("p", null, a.responses.toLocaleString("en-GB") + " responses; "
        + a.responses_in_campaigns.toLocaleString("en-GB") + " of them in " + a.campaigns.length
        + (a.campaigns.length === 1 ? " organised campaign" : " organised campaigns") + "; counting each campaign once: " + a.counted_once_per_campaign.toLocaleString("en-GB") + ".");
      summary.id = "analysis-summary";
      box.appendChild(summary);
      a.questions.forEach(function (q) {
        var question = (c.questions.filter(function (x) { return x.id === q.question; })[0] || {}).text || q.question;
        box.appendChild(bp.el("h4", null, question));
        box.appendChild(table(["Answer", "Every response (95% interval)", "Each campaign once"],
          q.every_response.map(function (s) {
            var once = q.each_campaign_once.filter(function (o) { return o.answer === s.answer; })[0];
            return [s.answer, pct(s), once ? pct(once) : "-"];
          })));
      });
      if (a.campaigns.length > 0) {
        box.appendChild(bp.el("h4", null, "Organised campaigns"));
        box.appendChild(table(["Campaign", "Responses", "Template (personal data removed)"], a.campaigns.map(function (k) {
          var t = k.template.replace(/\s+/g, " ");
          return [k.id, String(k.size), t.length > 200 ? t.substring(0, 199) + "…" : t];
        })));
      }
      var redacted = Object.keys(a.personal_data.redacted).map(function (k) { return a.personal_data.redacted[k] + " " + k; });
      box.appendChild(bp.el("p", null, "Personal data removed from " + a.personal_data.responses_with_personal_data
        + " responses" + (redacted.length ? ": " + redacted.join(", ") : "") + "."));
    }).catch(function (e) { box.textContent = e.message; });
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
        var para = bp.el("p", "nhsuk-action-link");
        para.appendChild(link);
        box.appendChild(para);
      } else if (r.status !== "failed") {
        setTimeout(function () { poll(id, status, box); }, 500);
      }
    });
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
            + (reply.stored ? "saved; it is in the list above" : "no problems found")));
          if (reply.stored) { showWorkspace(document.getElementById("who").dataset.account); }
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
