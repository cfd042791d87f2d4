// index.html: search, upload with live progress, exports.
"use strict";

const SEARCH_FIELDS = ["q", "kind", "issuer", "year"];

// The hits are the list; how many there are, or what went wrong, is the status line beside it.
// The server counts, pages, sorts and counts facets (kind, issuer, year) over every match; a
// facet value is a link that narrows the search to it. Rescans of a plan come as one hit with
// its copies. The CSV links below carry the same query and filters.
const PER_PAGE = 10;
let searchPage = 1;

function searchParams() {
  const params = new URLSearchParams();
  for (const name of SEARCH_FIELDS) {
    const v = $("#" + name).value.trim();
    if (v) params.set(name, v);
  }
  const sort = $("#sort").value;
  if (sort !== "relevance") params.set("sort", sort);
  return params;
}

// The exports of what the search found: q is the export's query, the filters its own.
function exportLinks(params) {
  const p = new URLSearchParams();
  if (params.get("q")) p.set("query", params.get("q"));
  for (const name of ["kind", "issuer", "year"]) if (params.get(name)) p.set(name, params.get(name));
  for (const a of document.querySelectorAll("#exports a")) {
    const base = a.getAttribute("href").split("?")[0];
    a.href = p.toString() ? `${base}?${p}` : base;
  }
  $("#exports-scope").textContent = p.toString() ? t("export.scope.search") : t("export.scope.all");
}

function facetList(name, heading, values, label) {
  if (!values?.length) return null;
  return el("div", { className: "facet" }, el("h3", {}, heading),
    el("ul", {}, ...values.map((f) => el("li", {}, el("a", {
      href: "#", className: "facet-value", dataset: { facet: name, value: f.value },
      onclick: (e) => { e.preventDefault(); $("#" + name).value = f.value; searchPage = 1; search(); },
    }, label(f.value)), ` (${formatNumber(f.count)})`))));
}

function hitItem(h) {
  const snippet = el("div", { className: "snippet" });
  snippet.innerHTML = h.snippet_html; // HTML-encoded by the server, <mark> added there
  const copies = h.copies?.length
    ? el("div", { className: "copies" }, t("search.copies", { count: h.copies.length }), " ",
      ...h.copies.flatMap((c, i) => [i ? ", " : "", el("a", { href: `plan.html?id=${c.plan_id}` }, c.source)]))
    : "";
  return el("li", { className: "hit" },
    el("a", { href: `plan.html?id=${h.plan_id}`, className: "hit-link" }, `${h.number ?? t("search.no_number")} — ${h.title ?? h.kind}`),
    el("div", { className: "meta" }, [h.kind, formatDate(h.issued_on), h.issuer, h.source].filter(Boolean).join(" · ")),
    snippet, copies);
}

async function search(event) {
  event?.preventDefault();
  if (event) searchPage = 1;
  const params = searchParams();
  if (searchPage > 1) params.set("page", searchPage);
  history.replaceState(null, "", "?" + params);
  exportLinks(params);
  const list = $("#hits");
  const status = $("#hits-status");
  list.replaceChildren();
  $("#facets").replaceChildren();
  $("#hits-pager").hidden = true;
  status.textContent = "";
  if ([...params.keys()].filter((k) => k !== "sort" && k !== "page").length === 0) return;
  status.textContent = t("search.searching");
  params.set("per_page", PER_PAGE);
  try {
    const result = await json("/api/search?" + params);
    const first = (result.page - 1) * result.per_page;
    status.textContent = result.total === 0 ? t("search.none")
      : t("search.count_page", { count: result.total, from: first + 1, to: first + result.hits.length });
    list.start = first + 1;
    list.append(...result.hits.map(hitItem));
    $("#facets").replaceChildren(...[
      facetList("kind", t("facet.kind"), result.facets.kind, (v) => v),
      facetList("issuer", t("facet.issuer"), result.facets.issuer, (v) => v),
      facetList("year", t("facet.year"), result.facets.year, (v) => v),
    ].filter(Boolean));
    const pages = Math.ceil(result.total / result.per_page);
    $("#hits-pager").hidden = pages <= 1;
    $("#hits-page-of").textContent = t("files.page_of", { page: result.page, pages });
    $("#hits-prev").disabled = result.page <= 1;
    $("#hits-next").disabled = result.page >= pages;
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
    const r = await send("/api/documents", { method: "POST", body: form });
    const body = await r.json().catch(() => ({}));
    // Every file refused (422) still lists each file with its reason.
    const answers = r.ok ? body : body.files;
    if (!Array.isArray(answers)) throw new Error(body.error ?? `${r.status} ${r.statusText}`);
    // A file refused on its own (over the limit, not a PDF) is named with its reason, in words of
    // the page's language by its code; the others went in.
    const refused = answers.filter((a) => a.status === "refused")
      .map((a) => (a.code ? t("upload.refusal", { file: a.source, reason: word("refusal", a.code) }) : a.error));
    // Bytes the archive holds already are not stored twice: the page names the file that has them.
    const known = answers.filter((a) => a.already_archived);
    const taken = answers.length - refused.length - known.length;
    status.textContent = [taken ? t("upload.sent", { count: taken }) : "",
      ...known.map((a) => t("upload.already", { file: a.source, id: a.id })),
      refused.length ? t("upload.refused", { reasons: refused.join("; ") }) : ""].filter(Boolean).join(" ");
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
  // Why, in the page's words (the file's fault or the machine's), then the reader's own sentence.
  if (d.status === "failed") return [el("span", { className: "error" }, d.failure ? `${word("failure", d.failure)}: ` : "", d.error ?? t("progress.failed"))];
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
      content: () => plans.flatMap((p, i) => [i ? ", " : "", el("a", { href: `plan.html?id=${p.plan_id}` }, `${p.kind} ${p.number ?? ""}`.trim()),
        p.possible_duplicate_of ? duplicateFlag(p.possible_duplicate_of) : ""]),
    },
    {
      className: "actions", key: `${d.status} ${d.retry_helps}`,
      content: () => d.status === "failed" && d.retry_helps
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
  $("#search-form").addEventListener("change", (e) => { if (e.target.id === "sort") search(e); });
  $("#hits-prev").addEventListener("click", () => { searchPage--; search(); });
  $("#hits-next").addEventListener("click", () => { searchPage++; search(); });
  const params = new URLSearchParams(location.search);
  for (const name of SEARCH_FIELDS) $("#" + name).value = params.get(name) ?? "";
  $("#sort").value = params.get("sort") ?? "relevance";
  searchPage = Math.max(1, Number(params.get("page")) || 1);
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
