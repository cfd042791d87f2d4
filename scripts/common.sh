# Shared by ./ingest and ./test: install what is missing, build once, build again only when
# sources changed. Sourced, not run.

INGEST_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
INGEST_DLL="$INGEST_ROOT/src/Ingest.App/bin/Release/net10.0/Ingest.App.dll"

# The packages every use needs: the OCR engine and its models, the fonts test pages are
# rendered with (old Liberation lacks Vietnamese glyphs), and poppler's pdftoppm for pages
# whose image PdfPig cannot hand over.
INGEST_PACKAGES=(tesseract-ocr tesseract-ocr-vie libtesseract5 fonts-liberation2 poppler-utils)
# What ./test needs besides: a PostgreSQL server for the shared-catalog tests, and Chromium
# for the web UI's browser tests (Playwright drives /usr/bin/chromium; it downloads nothing),
# and hunspell-vi, which the syllable lexicon is cross-checked against.
INGEST_TEST_PACKAGES=(postgresql chromium hunspell-vi)

say() { printf 'ingest: %s\n' "$*" >&2; }

missing_packages() {
  local p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || printf '%s\n' "$p"
  done
}

ensure_packages() {
  local missing
  mapfile -t missing < <(missing_packages "$@")
  [ "${#missing[@]}" -eq 0 ] && return 0
  local apt=(apt-get)
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      apt=(sudo -n apt-get)
    else
      say "missing Debian packages: ${missing[*]}"
      say "install them as root:  apt-get update && apt-get install -y ${missing[*]}"
      exit 3
    fi
  fi
  say "installing ${missing[*]} (apt-get, once)"
  if ! { DEBIAN_FRONTEND=noninteractive "${apt[@]}" update -qq >&2 \
         && DEBIAN_FRONTEND=noninteractive "${apt[@]}" install -y -qq --no-install-recommends "${missing[@]}" >&2; }; then
    say "apt-get could not install: ${missing[*]}"
    exit 3
  fi
}

ensure_dotnet() {
  if ! command -v dotnet >/dev/null 2>&1; then
    say "the .NET SDK 10 is not on PATH (dotnet); install it first (https://learn.microsoft.com/dotnet/core/install/linux-debian)"
    exit 3
  fi
  export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
}

# Builds Release when no build exists or any source, project or props file is newer than it.
ensure_build() {
  local stamp="$INGEST_ROOT/src/Ingest.App/bin/Release/.built"
  if [ -f "$stamp" ] && [ -f "$INGEST_DLL" ] && [ -z "$(find "$INGEST_ROOT/src" "$INGEST_ROOT"/Directory.*.props \
        "$INGEST_ROOT/global.json" -newer "$stamp" -type f \
        -not -path '*/bin/*' -not -path '*/obj/*' -print -quit 2>/dev/null)" ]; then
    return 0
  fi
  say "building (Release)…"
  local log
  log="$(mktemp)"
  if ! dotnet build "$INGEST_ROOT/src/Ingest.App/Ingest.App.csproj" -c Release -nologo -v quiet > "$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log"
    say "build failed"
    exit 4
  fi
  rm -f "$log"
  touch "$stamp"
}

# Tesseract's OpenMP threads make one page several times slower on small machines; the
# engine pool runs one single-threaded engine per core instead. It must be in the native
# environment before libtesseract loads, so the launcher exports it.
export OMP_THREAD_LIMIT=1
