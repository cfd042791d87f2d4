// What every signed-in page shares: DOM helpers, the session (who, and the antiforgery token),
// fetch with that token, and start(init), which runs a page's code once its strings and the
// session are in. Loaded after i18n.js, before the page's own script.
"use strict";

const $ = (sel) => document.querySelector(sel);
const el = (tag, { dataset, ...props } = {}, ...children) => {
  const e = Object.assign(document.createElement(tag), props);
  Object.assign(e.dataset, dataset ?? {}); // dataset itself is read-only
  for (const c of children) e.append(c ?? "");
  return e;
};

// Who is signed in, and the antiforgery token every change sends back (X-CSRF-Token): a page on
// another origin can make the browser send the session cookie, but cannot read this token.
let session = null;
async function loadSession() {
  const r = await fetch("/api/session");
  if (r.status === 401) { location.href = "/login?return=" + encodeURIComponent(location.pathname + location.search); return; }
  session = await r.json();
}

// The signed-in name and role, the account link and the sign-out button, shown once the page's
// handlers are in place.
function showSession() {
  const nav = $("#session");
  if (!nav) return;
  const out = el("button", { type: "button", className: "link", onclick: async () => { await send("/logout", { method: "POST" }); location.href = "/login"; } }, t("nav.signout"));
  const who = el("span", { className: "who", dataset: { role: session.role } }, t("nav.session", { name: session.name, role: word("role", session.role) }));
  nav.replaceChildren(who, " ",
    el("a", { href: "files.html", id: "nav-files" }, t("nav.files")), " ",
    ...(session.name.startsWith("token:") ? [] : [el("a", { href: "account.html" }, t("nav.account")), " "]),
    ...(session.role === "admin" ? [el("a", { href: "/jobs" }, t("nav.jobs")), " "] : []), out);
  for (const e of document.querySelectorAll("[data-role=archivist]")) e.hidden = session.role === "reader";
}

// fetch, with the antiforgery token on every request that changes something.
async function send(url, options = {}) {
  const method = (options.method ?? "GET").toUpperCase();
  const headers = new Headers(options.headers);
  if (!["GET", "HEAD"].includes(method) && session?.csrf_token) headers.set("X-CSRF-Token", session.csrf_token);
  return fetch(url, { ...options, headers });
}

async function json(url, options) {
  const r = await send(url, options);
  if (!r.ok) throw new Error((await r.json().catch(() => ({}))).error ?? `${r.status} ${r.statusText}`);
  return r.json();
}

// A table's body with one row per item (none: one "none" row); cells are text or elements. Each
// cell carries its column's heading (data-label), which a phone shows when the rows reflow as cards.
function rows(table, items, cells) {
  const body = $(`#${table} tbody`);
  const labels = [...$(`#${table}`).tHead.rows[0].cells].map((th) => th.textContent);
  body.replaceChildren(...items.map((x) => el("tr", {}, ...cells(x).map((c, i) => el("td", { dataset: { label: labels[i] ?? "" } }, c)))));
  if (items.length === 0) body.append(el("tr", {}, el("td", { colSpan: 9, className: "hint" }, t("table.none"))));
}

function start(init) {
  Promise.all([stringsReady, loadSession()]).then(() => {
    if (!session) return;
    init();
    showSession();
  });
}

// "Possible duplicate of 58/KH-UBND (same number, date and issuer)": a rescan of an archived plan,
// linked to the plan it repeats.
function duplicateFlag(d) {
  const reason = d.similarity == null ? t("dup.same_header") : t("dup.same_text", { percent: Math.floor(d.similarity * 100) });
  return el("span", { className: "duplicate", dataset: { original: d.plan_id } },
    " ", t("dup.flag"), " ", el("a", { href: `plan.html?id=${d.plan_id}` }, d.number ?? d.source), ` (${d.source}; ${reason})`);
}
