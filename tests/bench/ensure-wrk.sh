#!/usr/bin/env bash
# Installs wrk from Debian's packages when it is missing and we are root; the bench uses it when
# autocannon is the bottleneck (see README.md here). Never fails the bench: without wrk it falls
# back to autocannon and says so in BENCHMARKS.md.
if command -v wrk >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing wrk (apt-get)…"
  export DEBIAN_FRONTEND=noninteractive
  (apt-get install -y -qq wrk >/dev/null 2>&1 || { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq wrk >/dev/null 2>&1; }) || echo "Could not install wrk; the bench will use autocannon."
else
  echo "wrk is not installed (apt-get install -y wrk); the bench will use autocannon."
fi
exit 0
