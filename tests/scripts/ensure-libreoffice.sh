#!/usr/bin/env bash
# Makes sure LibreOffice's `soffice` is available for the feed format test (tests/e2e/feeds-formats.test.ts),
# which opens the CSV feed with `soffice --headless --convert-to` as a spreadsheet user would.
# Uses SOFFICE_PATH when set, `soffice` on the PATH otherwise. When it is missing and we are root on a
# Debian-like system, installs Debian's headless LibreOffice Calc with apt-get: libreoffice-calc-nogui
# and libreoffice-core-nogui, without recommends (about 60 packages, 90 MB to download, no X11 or GTK).
# Idempotent: does nothing when soffice is already there.
# Exit status: 0 when soffice is present afterwards, 1 otherwise.
set -u

PACKAGES="libreoffice-core-nogui libreoffice-calc-nogui"

say() { echo "ensure-libreoffice: $*"; }

version_of() { "$1" --headless --version 2>/dev/null | head -n 1; }

if [ -n "${SOFFICE_PATH:-}" ]; then
  if [ -x "$SOFFICE_PATH" ]; then
    say "found $SOFFICE_PATH ($(version_of "$SOFFICE_PATH")); nothing to do."
    exit 0
  fi
  say "SOFFICE_PATH=$SOFFICE_PATH is not an executable file; not installing anything."
  exit 1
fi

if SOFFICE="$(command -v soffice 2>/dev/null)"; then
  say "found $SOFFICE ($(version_of "$SOFFICE")); nothing to do."
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  say "soffice is missing and this is not root, so it cannot be installed here."
  say "install it with: sudo apt-get install -y --no-install-recommends $PACKAGES   (or set SOFFICE_PATH)"
  exit 1
fi

if ! command -v apt-get >/dev/null 2>&1; then
  say "soffice is missing and apt-get is not available; install LibreOffice yourself and set SOFFICE_PATH."
  exit 1
fi

say "soffice is missing; installing Debian's headless LibreOffice Calc ($PACKAGES) with apt-get (this takes a few minutes)..."
export DEBIAN_FRONTEND=noninteractive
if ! apt-get update -q -q; then
  say "apt-get update failed."
  exit 1
fi
# shellcheck disable=SC2086 # the package list is meant to split
if ! apt-get install -y -q -q --no-install-recommends $PACKAGES; then
  say "apt-get install $PACKAGES failed."
  exit 1
fi

if SOFFICE="$(command -v soffice 2>/dev/null)"; then
  say "installed $SOFFICE ($(version_of "$SOFFICE"))."
  exit 0
fi
say "apt-get finished but soffice is still missing."
exit 1
