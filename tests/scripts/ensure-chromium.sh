#!/usr/bin/env bash
# Makes sure a Chromium is available for the playground browser test (tests/e2e/playground.browser.test.ts).
# Uses CHROMIUM_PATH when set, /usr/bin/chromium otherwise. When it is missing and we are root on a
# Debian-like system, installs Debian's chromium package with apt-get.
# Exit status: 0 when Chromium is present afterwards, 1 otherwise.
set -u

CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"

say() { echo "ensure-chromium: $*"; }

if [ -x "$CHROMIUM" ]; then
  say "found $CHROMIUM ($("$CHROMIUM" --version 2>/dev/null | head -n 1)); nothing to do."
  exit 0
fi

if [ -n "${CHROMIUM_PATH:-}" ]; then
  say "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable file; not installing anything."
  exit 1
fi

if [ "$(id -u)" -ne 0 ]; then
  say "$CHROMIUM is missing and this is not root, so it cannot be installed here."
  say "install it with: sudo apt-get install -y chromium   (or set CHROMIUM_PATH)"
  exit 1
fi

if ! command -v apt-get >/dev/null 2>&1; then
  say "$CHROMIUM is missing and apt-get is not available; install Chromium yourself and set CHROMIUM_PATH."
  exit 1
fi

say "$CHROMIUM is missing; installing Debian's chromium package with apt-get..."
export DEBIAN_FRONTEND=noninteractive
if ! apt-get update -q -q; then
  say "apt-get update failed."
  exit 1
fi
if ! apt-get install -y -q -q chromium; then
  say "apt-get install chromium failed."
  exit 1
fi

if [ -x "$CHROMIUM" ]; then
  say "installed $CHROMIUM ($("$CHROMIUM" --version 2>/dev/null | head -n 1))."
  exit 0
fi
say "apt-get finished but $CHROMIUM is still missing."
exit 1
