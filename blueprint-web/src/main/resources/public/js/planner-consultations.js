/* Blueprint planners' workspace: analyse a consultation's responses so far, or write its full report. */
"use strict";
(function () {
  var P = window.bpPlanner;

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
        + (a.campaigns.length === 1 ? " organised campaign" : " organised campaigns") + "; counting each campaign once: "
        + a.counted_once_per_campaign.toLocaleString("en-GB") + ".");
      summary.id = "analysis-summary";
      box.appendChild(summary);
      a.questions.forEach(function (q) {
        var question = (c.questions.filter(function (x) { return x.id === q.question; })[0] || {}).text || q.question;
        box.appendChild(bp.el("h4", null, question));
        box.appendChild(P.table(["Answer", "Every response (95% interval)", "Each campaign once"],
          q.every_response.map(function (s) {
            var once = q.each_campaign_once.filter(function (o) { return o.answer === s.answer; })[0];
            return [s.answer, pct(s), once ? pct(once) : "-"];
          })));
      });
      if (a.campaigns.length > 0) {
        box.appendChild(bp.el("h4", null, "Organised campaigns"));
        box.appendChild(P.table(["Campaign", "Responses", "Template (personal data removed)"], a.campaigns.map(function (k) {
          var t = k.template.replace(/\s+/g, " ");
          return [k.id, String(k.size), t.length > 200 ? t.substring(0, 199) + "…" : t];
        })));
      }
      var redacted = Object.keys(a.personal_data.redacted).map(function (k) { return a.personal_data.redacted[k] + " " + k; });
      box.appendChild(bp.el("p", null, "Personal data removed from " + a.personal_data.responses_with_personal_data
        + " responses" + (redacted.length ? ": " + redacted.join(", ") : "") + "."));
    }).catch(function (e) { box.textContent = e.message; });
  }

  function report(c) {
    P.start("Report: " + c.title, "/api/planner/consultations/" + encodeURIComponent(c.id) + "/reports", {},
      function (r, box) {
        var line = r.services[0];
        box.appendChild(bp.el("p", null, line.responses.toLocaleString("en-GB") + " responses, " + line.campaigns
          + (line.campaigns === 1 ? " organised campaign." : " organised campaigns.")));
        var link = P.reportLink(r, "Read the consultation report");
        link.className = "nhsuk-action-link__link";
        link.id = "report-link";
        var para = bp.el("p", "nhsuk-action-link");
        para.appendChild(link);
        box.appendChild(para);
        document.getElementById("run").scrollIntoView();
      });
  }

  P.onShow(function () {
    bp.getJson("/api/consultations").then(function (list) {
      var ul = document.getElementById("consultation-list");
      ul.textContent = "";
      list.forEach(function (c) {
        var li = bp.el("li", "bp-actions");
        var a = P.button("Analyse responses to " + c.title, "analyse-" + c.id, true);
        a.addEventListener("click", function () { analyse(c); });
        var r = P.button("Write the full report", "report-" + c.id, true);
        r.setAttribute("aria-label", "Write the full report on " + c.title);
        r.addEventListener("click", function () { report(c); });
        li.appendChild(a);
        li.appendChild(r);
        ul.appendChild(li);
      });
    });
  });
})();
