/* Blueprint planners' workspace, for admins: the accounts, and adding one or resetting its password. */
"use strict";
(function () {
  var P = window.bpPlanner;

  function list() {
    bp.getJson("/api/planner/accounts").then(function (accounts) {
      var box = document.getElementById("account-list");
      box.textContent = "";
      box.appendChild(P.table(["Account", "Role", "Created"], accounts.map(function (a) {
        return [a.name, a.role, a.created.substring(0, 10)];
      })));
    });
  }

  P.onShow(function (me) {
    var section = document.getElementById("accounts");
    section.classList.toggle("bp-hidden", me.role !== "admin");
    if (me.role === "admin") { list(); }
  });

  document.getElementById("account-form").addEventListener("submit", function (e) {
    e.preventDefault();
    var result = document.getElementById("account-result");
    result.textContent = "";
    P.send("POST", "/api/planner/accounts", { name: document.getElementById("account-name").value,
      password: document.getElementById("account-password").value,
      role: document.getElementById("account-role").value }).then(function (a) {
      result.appendChild(bp.el("li", "bp-yes", a.name + " saved as " + a.role + "."));
      document.getElementById("account-password").value = "";
      list();
    }).catch(function (err) {
      result.appendChild(bp.el("li", "bp-no", err.message));
    });
  });
})();
