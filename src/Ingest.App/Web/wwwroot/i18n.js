// The interface's language: Vietnamese unless English is asked for (?lang=en, remembered in
// localStorage) or, with no choice made, the browser's languages put English before Vietnamese.
// Every visible word is a key in strings-vi.json / strings-en.json; t(key, args) looks it up.
// (Not strings.vi.json: MSBuild would take "vi" for a culture and put the file in a satellite assembly.)
// Dates in prose are dd/MM/yyyy whatever the language (the CSV and JSON keep ISO).
"use strict";

const LANGUAGES = ["vi", "en"];

const lang = (() => {
  const asked = new URLSearchParams(location.search).get("lang");
  if (LANGUAGES.includes(asked)) {
    try { localStorage.setItem("lang", asked); } catch { /* storage off: the URL still says it */ }
    return asked;
  }
  let kept = null;
  try { kept = localStorage.getItem("lang"); } catch { /* storage off */ }
  if (LANGUAGES.includes(kept)) return kept;
  for (const l of navigator.languages ?? [navigator.language]) {
    const base = String(l).toLowerCase().split("-")[0];
    if (LANGUAGES.includes(base)) return base;
  }
  return "vi";
})();
document.documentElement.lang = lang;

let strings = {};

// The table of the language shown; the page's static words are replaced once it is here.
const stringsReady = fetch(`strings-${lang}.json`)
  .then((r) => r.json())
  .then((table) => { strings = table; applyStrings(document); showLanguageSwitch(); })
  .catch((e) => console.error("no strings for", lang, e)); // the page still works, in the HTML's Vietnamese

// "{name}" in a string is args.name. A key missing from the table shows as the key itself (and
// InterfaceTests fails on it before anyone sees it).
function t(key, args = {}) {
  const s = strings[key];
  if (s === undefined) {
    console.warn("no string", key);
    return key;
  }
  return s.replace(/\{(\w+)\}/g, (m, name) => (name in args ? String(args[name]) : m));
}

// An enum value of the record or the API (status "queued", qualifier "from_to") in words; a value
// this page does not know (a newer server) is shown as it is rather than hidden.
function word(prefix, value) {
  if (value == null) return "";
  const key = `${prefix}.${value}`;
  return key in strings ? strings[key] : String(value);
}

// data-i18n="key" sets the text; data-i18n-placeholder, -aria-label, -title set those attributes.
function applyStrings(root) {
  for (const e of root.querySelectorAll("[data-i18n]")) e.textContent = t(e.dataset.i18n);
  for (const attr of ["placeholder", "aria-label", "title"]) {
    for (const e of root.querySelectorAll(`[data-i18n-${attr}]`)) e.setAttribute(attr, t(e.getAttribute(`data-i18n-${attr}`)));
  }
}

// The link to the other language: the same page with ?lang= set.
function showLanguageSwitch() {
  const a = document.getElementById("lang-switch");
  if (!a) return;
  const other = lang === "vi" ? "en" : "vi";
  const url = new URL(location.href);
  url.searchParams.set("lang", other);
  a.href = url.pathname + url.search;
  a.lang = other;
  a.hreflang = other;
  a.textContent = t("lang.switch");
  a.setAttribute("aria-label", t("lang.switch.label"));
}

// "2024-06-30" → "30/06/2024", "2024-06" → "06/2024", "2024" → "2024" (a plan's partial dates).
function formatDate(iso) {
  if (iso == null) return "";
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(String(iso));
  return m ? [m[3], m[2], m[1]].filter(Boolean).join("/") : String(iso);
}

// An instant (the audit trail's "2026-12-05T18:08:34+00:00") in the browser's time zone: dd/MM/yyyy HH:mm.
function formatDateTime(iso) {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return String(iso ?? "");
  const p = (n) => String(n).padStart(2, "0");
  return `${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

// Figures as the language writes them: 1,5 and 45.000 in Vietnamese, 1.5 and 45,000 in English.
function formatNumber(n) {
  return new Intl.NumberFormat(lang === "vi" ? "vi-VN" : "en-GB", { maximumFractionDigits: 4 }).format(n);
}
