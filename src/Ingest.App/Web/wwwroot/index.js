// index.html: search, upload with live progress, exports.
"use strict";

const SEARCH_FIELDS = ["q", "kind", "issuer", "year"];

// The hits are the list; whether there are any, or what went wrong, is the status line beside it.
async function search(event) {
  event?.preventDefault();
  const params = new URLSearchParams();
  for (const name of SEARCH_FIELDS) {
    const v = $("#" + name).value.trim();
    if (v) params.set(name, v);
  }
  history.replaceState(null, "", "?" + params);
  const list = $("#hits");
  const status = $("#hits-status");
  list.replaceChildren();
  status.textContent = "";
  if ([...params.keys()].length === 0) return;
  status.textContent = t("search.searching");
  try {
    const hits = await json("/api/search?" + params);
    status.textContent = hits.length === 0 ? t("search.none") : t("search.count", { count: hits.length });
    for (const h of hits) {
      const snippet = el("div", { className: "snippet" });
      snippet.innerHTML = h.snippet_html; // HTML-encoded by the server, <mark> added there
      list.append(el("li", { className: "hit" },
        el("a", { href: `plan.html?id=${h.plan_id}`, className: "hit-link" }, `${h.number ?? t("search.no_number")} — ${h.title ?? h.kind}`),
        el("div", { className: "meta" }, [h.kind, formatDate(h.issued_on), h.issuer, h.source].filter(Boolean).join(" · ")),
        snippet));
    }
  } catch (e) {
    status.textContent = t("search.error", { error: e.message });
  }
}

// The outcome of an upload goes to a status line (read out by screen readers), not an alert.
async function upload(files) {
  if (files.length === 0) return;
  const status = $("#upload-status");
  const form = new FormData();
  for (const f of files) form.append("file", f, f.name);
  status.textContent = t("upload.sending", { count: files.length });
  try {
    const answers = await json("/api/documents", { method: "POST", body: form });
    // A file refused on its own (over the limit, not a PDF) is named with its reason; the others went in.
    const refused = answers.filter((a) => a.status === "refused").map((a) => a.error);
    const taken = answers.length - refused.length;
    status.textContent = [taken ? t("upload.sent", { count: taken }) : "", refused.length ? t("upload.refused", { reasons: refused.join("; ") }) : ""].filter(Boolean).join(" ");
  } catch (e) {
    status.textContent = t("upload.failed", { error: e.message });
  }
  refreshDocuments();
}

function progressCell(d) {
  if (d.status === "processing") {
    const total = d.page_count ?? 0;
    const done = d.pages_done ?? 0;
    return [el("progress", { max: Math.max(total, 1), value: done }),
      ` ${word("stage", d.stage ?? "starting")} ${total ? t("progress.pages", { done, total }) : ""}`];
  }
  if (d.status === "failed") return [el("span", { className: "error" }, d.error ?? t("progress.failed"))];
  if (d.status === "done") return [t("progress.page_count", { count: d.page_count ?? "?" })];
  return [t("progress.waiting")];
}

async function retry(d) {
  const r = await send(`/api/documents/${d.id}/retry`, { method: "POST" });
  if (!r.ok) {
    const error = (await r.json().catch(() => ({}))).error ?? `${r.status}`;
    $("#upload-status").textContent = t("docs.retry.failed", { file: d.source, error });
  }
  refreshDocuments();
}

// A row's cells, each with a key of the data it shows: a cell is rebuilt only when its key
// changes, so a focused link or button in it stays (and stays focused) across polls.
function docCells(d) {
  const plans = d.plans ?? [];
  return [
    { className: "source", key: d.source, content: () => [d.source] },
    { className: `status status-${d.status}`, key: d.status, data: { status: d.status }, content: () => [word("status", d.status)] },
    { className: "progress", key: JSON.stringify([d.status, d.stage, d.pages_done, d.page_count, d.error]), content: () => progressCell(d) },
    {
      className: "plans", key: JSON.stringify(plans),
      content: () => plans.flatMap((p, i) => [i ? ", " : "", el("a", { href: `plan.html?id=${p.plan_id}` }, `${p.kind} ${p.number ?? ""}`.trim())]),
    },
    {
      className: "actions", key: d.status,
      content: () => d.status === "failed"
        ? [el("button", { type: "button", className: "retry", onclick: () => retry(d), ariaLabel: t("docs.retry.label", { file: d.source }) }, t("docs.retry"))]
        : [],
    },
  ];
}

function updateRow(row, d) {
  row.dataset.status = d.status;
  const cells = docCells(d);
  while (row.cells.length < cells.length) row.append(el("td"));
  cells.forEach((c, i) => {
    const td = row.cells[i];
    if (td.dataset.key === c.key) return;
    td.className = c.className;
    Object.assign(td.dataset, c.data ?? {}, { key: c.key });
    td.replaceChildren(...c.content());
  });
}

// The upload list shows the latest files. It is asked again every second while a file is queued
// or in work, every 10 s when all are finished (another user's upload shows up), and not while
// the tab is hidden. Rows are kept by file id and changed in place, never rebuilt wholesale.
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
  const existing = new Map([...body.rows].map((r) => [r.dataset.id, r]));
  const listed = new Set(docs.map((d) => String(d.id)));
  for (const [id, r] of existing) if (!listed.has(id)) r.remove();
  docs.forEach((d, i) => {
    let row = existing.get(String(d.id));
    if (!row) row = el("tr", { className: "doc", dataset: { id: d.id } });
    updateRow(row, d);
    // Only a row out of place is moved (new files come in at the top; the others keep their place).
    if (body.rows[i] !== row) body.insertBefore(row, body.rows[i] ?? null);
  });
}

function initIndex() {
  const params = new URLSearchParams(location.search);
  for (const name of SEARCH_FIELDS) $("#" + name).value = params.get(name) ?? "";
  $("#search-form").addEventListener("submit", search);
  const drop = $("#drop");
  const input = $("#file-input");
  // A real button opens the picker (Tab, then Enter or Space); so does a click anywhere in the zone.
  $("#choose-files").addEventListener("click", (e) => { e.stopPropagation(); input.click(); });
  drop.addEventListener("click", (e) => { if (e.target === drop || e.target.closest(".drop-text")) input.click(); });
  input.addEventListener("change", () => { upload([...input.files]); input.value = ""; });
  drop.addEventListener("dragover", (e) => { e.preventDefault(); drop.classList.add("over"); });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (e) => { e.preventDefault(); drop.classList.remove("over"); upload([...e.dataTransfer.files]); });
  document.addEventListener("visibilitychange", () => { if (document.visibilityState === "visible") refreshDocuments(); });
  refreshDocuments();
  if (params.toString().replace(/(^|&)lang=[^&]*/, "")) search();
}

start(initIndex);
