#!/usr/bin/env bash
# Makes sure poppler-utils' `pdftoppm` and `pdftotext` are available for the board pack browser test
# (tests/e2e/board-pack.browser.test.ts), which turns the pack's PDF into page images and text.
# When either is missing and we are root on a Debian-like system, installs Debian's poppler-utils
# with apt-get (a few MB, no X11). Idempotent: does nothing when both are already there.
# Exit status: 0 when both are present afterwards, 1 otherwise.
set -u

say() { echo "ensure-poppler: $*"; }

present() { command -v pdftoppm >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1; }
version() { pdftoppm -v 2>&1 | head -n 1; }

if present; then
  say "found pdftoppm and pdftotext ($(version)); nothing to do."
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  say "pdftoppm or pdftotext is missing and this is not root, so poppler-utils cannot be installed here."
  say "install it with: sudo apt-get install -y poppler-utils"
  exit 1
fi

if ! command -v apt-get >/dev/null 2>&1; then
  say "pdftoppm or pdftotext is missing and apt-get is not available; install poppler-utils yourself."
  exit 1
fi

say "pdftoppm or pdftotext is missing; installing Debian's poppler-utils with apt-get..."
export DEBIAN_FRONTEND=noninteractive
if ! apt-get install -y -q -q --no-install-recommends poppler-utils; then
  # The package lists may be missing or stale on a fresh machine.
  if ! apt-get update -q -q || ! apt-get install -y -q -q --no-install-recommends poppler-utils; then
    say "apt-get install poppler-utils failed."
    exit 1
  fi
fi

if present; then
  say "installed pdftoppm and pdftotext ($(version))."
  exit 0
fi
say "apt-get finished but pdftoppm or pdftotext is still missing."
exit 1
