// account.html: a signed-in person sets her password (the first admin does so after the one-time link).
"use strict";

function initAccount() {
  $("#password-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    try {
      await json("/api/account/password", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ password: $("#new-password").value }) });
      $("#password-result").textContent = t("account.saved");
    } catch (e) {
      $("#password-result").textContent = e.message;
    }
  });
}

start(initAccount);
