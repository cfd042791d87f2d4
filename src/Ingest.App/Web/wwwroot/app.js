// The web UI: plain DOM over the JSON API (/api/...). index.html: search, upload with live
// progress, exports. plan.html?id=N: one plan's record and its pages.
"use strict";

const $ = (sel) => document.querySelector(sel);
const el = (tag, { dataset, ...props } = {}, ...children) => {
  const e = Object.assign(document.createElement(tag), props);
  Object.assign(e.dataset, dataset ?? {}); // dataset itself is read-only
  for (const c of children) e.append(c ?? "");
  return e;
};
const LOW_CONFIDENCE = 60;

// Who is signed in, and the antiforgery token every change sends back (X-CSRF-Token): a page on
// another origin can make the browser send the session cookie, but cannot read this token.
let session = null;
async function loadSession() {
  const r = await fetch("/api/session");
  if (r.status === 401) { location.href = "/login?return=" + encodeURIComponent(location.pathname + location.search); return; }
  session = await r.json();
}

// The signed-in name and the sign-out button, shown once the page's handlers are in place.
function showSession() {
  const nav = $("#session");
  if (!nav) return;
  const out = el("button", { type: "button", className: "link", onclick: async () => { await send("/logout", { method: "POST" }); location.href = "/login"; } }, "Đăng xuất");
  nav.replaceChildren(`${session.name} (${session.role}) `, ...(session.role === "admin" ? [el("a", { href: "/jobs" }, "Jobs"), " "] : []), out);
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

// ---- index.html ----------------------------------------------------------------------------

async function search(event) {
  event?.preventDefault();
  const params = new URLSearchParams();
  for (const name of ["q", "kind", "issuer", "year"]) {
    const v = $("#" + name).value.trim();
    if (v) params.set(name, v);
  }
  history.replaceState(null, "", "?" + params);
  const list = $("#hits");
  list.replaceChildren();
  if ([...params.keys()].length === 0) return;
  try {
    const hits = await json("/api/search?" + params);
    if (hits.length === 0) list.append(el("li", { className: "none" }, "No plans found."));
    for (const h of hits) {
      const snippet = el("div", { className: "snippet" });
      snippet.innerHTML = h.snippet_html; // HTML-encoded by the server, <mark> added there
      list.append(el("li", { className: "hit" },
        el("a", { href: `plan.html?id=${h.plan_id}`, className: "hit-link" }, `${h.number ?? "(no number)"} — ${h.title ?? h.kind}`),
        el("div", { className: "meta" }, [h.kind, h.issued_on, h.issuer, h.source].filter(Boolean).join(" · ")),
        snippet));
    }
  } catch (e) {
    list.append(el("li", { className: "error" }, e.message));
  }
}

async function upload(files) {
  if (files.length === 0) return;
  const form = new FormData();
  for (const f of files) form.append("file", f, f.name);
  try {
    const answers = await json("/api/documents", { method: "POST", body: form });
    // A file refused on its own (over the limit, not a PDF) is named with its reason; the others went in.
    const refused = answers.filter((a) => a.status === "refused").map((a) => a.error);
    if (refused.length) alert("Not accepted:\n" + refused.join("\n"));
  } catch (e) {
    alert("Upload failed: " + e.message);
  }
  refreshDocuments();
}

function progressCell(d) {
  if (d.status === "processing") {
    const total = d.page_count ?? 0;
    const done = d.pages_done ?? 0;
    return el("span", {}, el("progress", { max: Math.max(total, 1), value: done }), ` ${d.stage ?? "starting"} ${total ? `page ${done} of ${total}` : ""}`);
  }
  if (d.status === "failed") return el("span", { className: "error" }, d.error ?? "failed");
  if (d.status === "done") return `${d.page_count ?? "?"} pages`;
  return "waiting";
}

// The upload list shows the latest files. It is asked again every second while a file is queued
// or in work, every 10 s when all are finished (another user's upload shows up), and not while
// the tab is hidden.
const LISTED = 100;
let pollTimer;

function schedulePoll(busy) {
  clearTimeout(pollTimer);
  if (document.visibilityState === "hidden") return;
  pollTimer = setTimeout(refreshDocuments, busy ? 1000 : 10000);
}

async function refreshDocuments() {
  const body = $("#documents tbody");
  if (!body) return;
  let docs;
  try {
    docs = await json(`/api/documents?limit=${LISTED}`);
  } catch {
    schedulePoll(true);
    return;
  }
  schedulePoll(docs.some((d) => d.status === "queued" || d.status === "processing"));
  $("#documents-more").hidden = docs.length < LISTED;
  body.replaceChildren(...docs.map((d) => {
    const plans = el("td", {}, ...(d.plans ?? []).flatMap((p, i) =>
      [i ? ", " : "", el("a", { href: `plan.html?id=${p.plan_id}` }, `${p.kind} ${p.number ?? ""}`.trim())]));
    const action = el("td");
    if (d.status === "failed") {
      action.append(el("button", { className: "retry", onclick: async () => { await send(`/api/documents/${d.id}/retry`, { method: "POST" }); refreshDocuments(); } }, "Retry"));
    }
    return el("tr", { className: "doc", dataset: { id: d.id, status: d.status } },
      el("td", { className: "source" }, d.source),
      el("td", { className: `status status-${d.status}` }, d.status),
      el("td", {}, progressCell(d)),
      plans, action);
  }));
}

function initIndex() {
  const params = new URLSearchParams(location.search);
  for (const name of ["q", "kind", "issuer", "year"]) $("#" + name).value = params.get(name) ?? "";
  $("#search-form").addEventListener("submit", search);
  const drop = $("#drop");
  $("#file-input").addEventListener("change", (e) => { upload([...e.target.files]); e.target.value = ""; });
  drop.addEventListener("dragover", (e) => { e.preventDefault(); drop.classList.add("over"); });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (e) => { e.preventDefault(); drop.classList.remove("over"); upload([...e.dataTransfer.files]); });
  document.addEventListener("visibilitychange", () => { if (document.visibilityState === "visible") refreshDocuments(); });
  refreshDocuments();
  if (params.toString()) search();
}

// ---- plan.html -----------------------------------------------------------------------------

function rows(table, items, cells) {
  const body = $(`#${table} tbody`);
  body.replaceChildren(...items.map((x) => el("tr", {}, ...cells(x).map((c) => el("td", {}, c)))));
  if (items.length === 0) body.append(el("tr", {}, el("td", { colSpan: 9, className: "hint" }, "none")));
}

function pageView(planDocId, page) {
  const words = page.words.filter((w) => w.level === 5);
  const whole = page.words.find((w) => w.level === 1);
  const image = el("div", { className: "image" });
  if (page.has_image) {
    const img = el("img", { src: `/api/documents/${planDocId}/pages/${page.number}.png`, alt: `page ${page.number}` });
    image.append(img);
    if (whole) {
      for (const w of words.filter((w) => w.conf >= 0 && w.conf < LOW_CONFIDENCE)) {
        image.append(el("div", { className: "box", title: `${w.text} (${Math.round(w.conf)}%)`, style: `left:${100 * w.left / whole.width}%;top:${100 * w.top / whole.height}%;width:${100 * w.width / whole.width}%;height:${100 * w.height / whole.height}%` }));
      }
    }
  }
  // The restored text keeps OCR's words in order; when the counts agree, mark the same words in it.
  const text = el("pre", { className: "text" });
  const tokens = page.text.split(/(\s+)/);
  const wordTokens = tokens.filter((t) => t.trim());
  if (words.length === wordTokens.length && words.length > 0) {
    let k = 0;
    for (const t of tokens) {
      if (!t.trim()) { text.append(t); continue; }
      const w = words[k++];
      text.append(w.conf >= 0 && w.conf < LOW_CONFIDENCE ? el("span", { className: "low", title: `OCR: ${w.text} (${Math.round(w.conf)}%)` }, t) : t);
    }
  } else {
    text.textContent = page.text;
  }
  const conf = page.confidence == null ? page.source : `${page.source}, confidence ${Math.round(page.confidence)}%`;
  return el("div", { className: "page" }, image, el("div", {}, el("h4", {}, `Page ${page.number} (${conf})`), text));
}

// An archivist corrects the header on the plan page: only the fields changed are sent (PATCH);
// the person's values then win over the machine's, on every reprocess too.
function initCorrection(id, r) {
  const fields = ["number", "kind", "issuer", "issued_on", "title"];
  $("#corrected").textContent = r.corrected?.length ? `Người sửa: ${r.corrected.join(", ")}` : "";
  $("#edit").onclick = () => {
    for (const f of fields) $(`#edit-${f}`).value = r[f] ?? "";
    $("#edit-reviewed").checked = !!r.reviewed;
    $("#correct-form").hidden = false;
    $("#edit-number").focus();
  };
  $("#correct-form").onsubmit = async (event) => {
    event.preventDefault();
    const patch = {};
    for (const f of fields) {
      const v = $(`#edit-${f}`).value.trim();
      if (v !== (r[f] ?? "")) patch[f] = v === "" ? null : v;
    }
    if ($("#edit-reviewed").checked !== !!r.reviewed) patch.reviewed = $("#edit-reviewed").checked;
    try {
      await json(`/api/plans/${id}`, { method: "PATCH", headers: { "Content-Type": "application/json" }, body: JSON.stringify(patch) });
      location.reload();
    } catch (e) {
      $("#correct-result").textContent = e.message;
    }
  };
}

async function initPlan() {
  const id = new URLSearchParams(location.search).get("id");
  let p;
  try {
    p = await json(`/api/plans/${id}`);
  } catch (e) {
    $("#plan-title").textContent = e.message;
    return;
  }
  const r = p.record;
  initCorrection(id, r);
  document.title = `${r.number ?? r.kind} — Ingest`;
  $("#plan-title").textContent = `${r.kind} ${r.number ?? ""}`.trim();
  const header = $("#plan-header");
  const fields = [["Title", r.title], ["Issuer", r.issuer], ["Place", r.place], ["Issued on", r.issued_on],
    ["Period", r.period ? `${r.period.from}–${r.period.to}` : null], ["Signer", r.signer ? [r.signer.title, r.signer.name].filter(Boolean).join(" ") : null],
    ["File", `${p.source} (page ${p.page})`]];
  header.replaceChildren(...fields.filter(([, v]) => v).flatMap(([k, v]) => [el("dt", {}, k), el("dd", {}, String(v))]));
  $("#plan-exports").replaceChildren("CSV of this plan: ", ...["deadlines", "references", "quotas", "targets"].flatMap((k, i) =>
    [i ? " · " : "", el("a", { href: `/api/export/${k}.csv?plan=${p.plan_id}`, download: `${r.number ?? "plan"}-${k}.csv`.replaceAll("/", "_"), className: `export-${k}` }, k)]));
  const cited = new Map(p.cited_plans.map((c) => [c.number, c.plan_id]));
  rows("references", r.references, (x) => [x.kind, cited.get(x.number) ? el("a", { href: `plan.html?id=${cited.get(x.number)}` }, x.number) : x.number, x.date ?? "", x.issuer ?? "", x.relation]);
  rows("deadlines", r.deadlines, (x) => [x.due, x.qualifier, x.action, (x.responsible ?? []).join(", "), x.section ?? ""]);
  rows("quotas", r.quotas, (x) => [[].concat(x.holder).join(", "), String(x.count), x.unit, x.purpose ?? ""]);
  rows("targets", r.targets, (x) => [x.indicator, x.comparator, String(x.value), x.unit ?? "", x.by ?? ""]);
  $("#pages").replaceChildren(...p.pages.map((page) => pageView(p.document_id, page)));
  // Who uploaded, retried, corrected this file, and when.
  const file = await json(`/api/documents/${p.document_id}`);
  rows("history", file.audit ?? [], (a) => [a.at.replace("T", " ").slice(0, 16), a.actor, a.action]);
}

// ---- account.html ----------------------------------------------------------------------------

function initAccount() {
  $("#password-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    try {
      await json("/api/account/password", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ password: $("#new-password").value }) });
      $("#password-result").textContent = "Đã lưu mật khẩu. Password saved.";
    } catch (e) {
      $("#password-result").textContent = e.message;
    }
  });
}

loadSession().then(() => {
  if (!session) return;
  if ($("#plan")) initPlan(); else if ($("#password-form")) initAccount(); else initIndex();
  showSession();
});
