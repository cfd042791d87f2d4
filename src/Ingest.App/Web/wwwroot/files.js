// files.html: the document browser — every file in the archive, filtered, sorted and paged by
// the server (GET /api/files), with facet counts in the filters, failed files with their reason,
// a retry only where one can help, re-process and delete for archivists. The page's address
// carries its filters, so a view can be bookmarked or sent.
"use strict";

const FILTERS = ["status", "kind", "issuer", "year", "reviewed", "sort", "order"];
const PER_PAGE = 50;
let page = 1;

// A facet's values as the options of its filter, each with its count: "Kế hoạch (12)".
function fillFacet(select, values, label, chosen) {
  const options = [el("option", { value: "" }, t("files.any"))];
  for (const f of values) options.push(el("option", { value: f.value }, `${label(f.value)} (${f.count})`));
  // A chosen value no longer among the facets (no file has it now) stays choosable.
  if (chosen && !values.some((f) => f.value === chosen)) options.push(el("option", { value: chosen }, label(chosen)));
  select.replaceChildren(...options);
  select.value = chosen ?? "";
}

function params() {
  const p = new URLSearchParams();
  for (const name of FILTERS) {
    const v = $("#f-" + name).value;
    if (v) p.set(name, v);
  }
  if (page > 1) p.set("page", page);
  return p;
}

async function act(url, method, done) {
  const r = await send(url, { method });
  if (!r.ok) {
    const error = (await r.json().catch(() => ({}))).error ?? `${r.status}`;
    $("#files-status").textContent = t("files.action.failed", { error });
    return;
  }
  await load();
  $("#files-status").textContent = done;
}

function actions(f) {
  if (session.role === "reader") return [];
  const buttons = [];
  if (f.status === "failed" && f.retry_helps) {
    buttons.push(el("button", { type: "button", className: "retry", ariaLabel: t("docs.retry.label", { file: f.source }),
      onclick: () => act(`/api/documents/${f.id}/retry`, "POST", t("files.retried", { file: f.source })) }, t("docs.retry")));
  }
  if (f.status === "done") {
    buttons.push(el("button", { type: "button", className: "reprocess", ariaLabel: t("files.reprocess.label", { file: f.source }),
      onclick: () => act(`/api/documents/${f.id}/reprocess?from=read`, "POST", t("files.reprocessing", { file: f.source })) }, t("files.reprocess")));
  }
  if (f.status !== "processing") {
    buttons.push(el("button", { type: "button", className: "delete", ariaLabel: t("files.delete.label", { file: f.source }),
      onclick: () => { if (confirm(t("files.delete.confirm", { file: f.source }))) act(`/api/documents/${f.id}`, "DELETE", t("files.deleted", { file: f.source })); } }, t("files.delete")));
  }
  return buttons;
}

function statusCell(f) {
  const cell = [el("span", { className: `status status-${f.status}` }, word("status", f.status))];
  if (f.status === "failed") {
    cell.push(el("div", { className: "error" }, f.failure ? `${word("failure", f.failure)}: ` : "", f.error ?? ""));
    if (!f.retry_helps) cell.push(el("div", { className: "hint" }, t("files.no_retry")));
  }
  return cell;
}

function plansCell(f) {
  return f.plans.flatMap((p, i) => [i ? el("br") : "",
    el("a", { href: `plan.html?id=${p.plan_id}` }, `${p.kind} ${p.number ?? t("search.no_number")}`.trim()),
    p.issued_on ? ` · ${formatDate(p.issued_on)}` : "",
    p.issuer ? ` · ${p.issuer}` : "",
    p.reviewed ? el("span", { className: "reviewed", title: t("files.reviewed.true") }, " ✓") : ""]);
}

async function load(event) {
  event?.preventDefault();
  if (event) page = 1;
  const p = params();
  history.replaceState(null, "", "?" + p);
  p.set("per_page", PER_PAGE);
  const status = $("#files-status");
  let answer;
  try {
    answer = await json("/api/files?" + p);
  } catch (e) {
    status.textContent = t("search.error", { error: e.message });
    return;
  }
  const chosen = Object.fromEntries(FILTERS.map((n) => [n, $("#f-" + n).value]));
  fillFacet($("#f-status"), answer.facets.status, (v) => word("status", v), chosen.status);
  fillFacet($("#f-kind"), answer.facets.kind, (v) => v, chosen.kind);
  fillFacet($("#f-issuer"), answer.facets.issuer, (v) => v, chosen.issuer);
  fillFacet($("#f-year"), answer.facets.year, (v) => v, chosen.year);
  const first = (answer.page - 1) * answer.per_page;
  status.textContent = answer.total === 0 ? t("files.empty")
    : answer.files.length === 0 ? t("files.none", { total: answer.total })
      : t("files.count", { total: answer.total, from: first + 1, to: first + answer.files.length });
  $("#files-table tbody").replaceChildren(...answer.files.map((f) => el("tr", { className: "file", dataset: { id: f.id, status: f.status } },
    el("td", { className: "source" }, el("a", { href: `/api/documents/${f.id}/original`, download: f.source, className: "original", title: t("files.original") }, f.source)),
    el("td", {}, formatDateTime(f.received_at)),
    el("td", {}, ...statusCell(f)),
    el("td", { className: "plans" }, ...plansCell(f)),
    el("td", { className: "actions" }, ...actions(f)))));
  const pages = Math.max(1, Math.ceil(answer.total / answer.per_page));
  $("#page-of").textContent = t("files.page_of", { page: answer.page, pages });
  $("#prev").disabled = answer.page <= 1;
  $("#next").disabled = answer.page >= pages;
}

function initFiles() {
  const p = new URLSearchParams(location.search);
  for (const name of ["reviewed", "sort", "order"]) $("#f-" + name).value = p.get(name) ?? $("#f-" + name).value;
  // The facet filters are filled by the first answer; until then they hold the address's values.
  for (const name of ["status", "kind", "issuer", "year"]) {
    const v = p.get(name);
    $("#f-" + name).replaceChildren(el("option", { value: "" }, t("files.any")), ...(v ? [el("option", { value: v }, v)] : []));
    $("#f-" + name).value = v ?? "";
  }
  page = Math.max(1, Number(p.get("page")) || 1);
  $("#files-form").addEventListener("submit", load);
  for (const name of FILTERS) $("#f-" + name).addEventListener("change", () => { page = 1; load(); });
  $("#prev").addEventListener("click", () => { page--; load(); });
  $("#next").addEventListener("click", () => { page++; load(); });
  load();
}

start(initFiles);
