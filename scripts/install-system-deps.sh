#!/usr/bin/env bash
# Install the Debian packages that forum-messages needs outside Python, and only those missing.
#
#   scripts/install-system-deps.sh           PDF export: pango, harfbuzz-subset, fonts
#   scripts/install-system-deps.sh --docs    also poppler-utils (pdftoppm, for docs/images)
#   scripts/install-system-deps.sh --test    also chromium and postgresql (browser and PostgreSQL tests)
#   scripts/install-system-deps.sh --check   install nothing; list what is missing, exit 1 if any
#
# Idempotent: each package is checked with `dpkg-query` (dpkg -s) and apt-get runs only when one is missing.
# Runs apt-get directly as root, through sudo otherwise. Non-interactive and quiet.
#
# Why each package:
#   libpango-1.0-0 libpangoft2-1.0-0  text layout for WeasyPrint (PDF)
#   libharfbuzz-subset0               fast font subsetting in WeasyPrint (else a slow fallback)
#   fontconfig                        font lookup by family name (fc-list, fc-match)
#   fonts-dejavu-core                 Latin, Cyrillic (Russian), Greek
#   fonts-noto-core                   Noto Sans / Serif, Noto Naskh Arabic, Noto Sans Arabic
#   fonts-noto-cjk                    Noto Sans / Serif CJK: Chinese (never boxes)
#   poppler-utils (--docs)            pdftoppm, to turn PDF pages into the PNGs in docs/images
set -euo pipefail

PACKAGES=(
    libpango-1.0-0
    libpangoft2-1.0-0
    libharfbuzz-subset0
    fontconfig
    fonts-dejavu-core
    fonts-noto-core
    fonts-noto-cjk
)
DOCS_PACKAGES=(poppler-utils)
# For the tests: the browser tests drive Debian's chromium, the PostgreSQL tests start a
# throwaway server from Debian's postgresql binaries.
TEST_PACKAGES=(chromium postgresql)

check_only=0
for arg in "$@"; do
    case "$arg" in
        --docs) PACKAGES+=("${DOCS_PACKAGES[@]}") ;;
        --test) PACKAGES+=("${TEST_PACKAGES[@]}") ;;
        --check) check_only=1 ;;
        -h | --help)
            sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'
            exit 0
            ;;
        *)
            echo "install-system-deps: unknown option '$arg' (use --docs, --test, --check or --help)" >&2
            exit 2
            ;;
    esac
done

if ! command -v dpkg >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
    echo "install-system-deps: this script needs a Debian-like system (dpkg and apt-get)." >&2
    echo "Install by hand: pango >= 1.44, harfbuzz (with its subset library), fontconfig," >&2
    echo "DejaVu fonts, Noto Sans, Noto Naskh Arabic and Noto Sans CJK fonts." >&2
    exit 2
fi

installed() {
    # dpkg -s's Status line, read without a pipe (grep -q closing early trips pipefail).
    [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true)" = "install ok installed" ]
}

missing=()
for pkg in "${PACKAGES[@]}"; do
    if installed "$pkg"; then
        echo "install-system-deps: $pkg already installed"
    else
        missing+=("$pkg")
    fi
done

if [ "${#missing[@]}" -eq 0 ]; then
    echo "install-system-deps: nothing to do"
    exit 0
fi

if [ "$check_only" -eq 1 ]; then
    echo "install-system-deps: missing: ${missing[*]}" >&2
    exit 1
fi

if [ "$(id -u)" -eq 0 ]; then
    as_root=()
elif command -v sudo >/dev/null 2>&1; then
    as_root=(sudo)
else
    echo "install-system-deps: not root and no sudo; as root run:" >&2
    echo "  apt-get update && apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
fi

export DEBIAN_FRONTEND=noninteractive
echo "install-system-deps: installing ${missing[*]}"
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
    --no-install-recommends -o Dpkg::Use-Pty=0 "${missing[@]}" >/dev/null

for pkg in "${missing[@]}"; do
    if ! installed "$pkg"; then
        echo "install-system-deps: $pkg failed to install" >&2
        exit 1
    fi
    echo "install-system-deps: installed $pkg"
done
