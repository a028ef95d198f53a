#!/usr/bin/env bash
# Installs the Debian packages the harness and its twin need, only when they are missing.
# Idempotent and non-interactive: `npm test`, `npm run smoke` and .ci/run call it on every start.
set -euo pipefail

need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
{ [ -x /usr/sbin/mariadbd ] && [ -x /usr/bin/mariadb-install-db ]; } || need+=(mariadb-server)
command -v openssl >/dev/null 2>&1 || need+=(openssl)
# certutil: puts the twin's local CA into an NSS database that only the harness's Chromium reads.
command -v certutil >/dev/null 2>&1 || need+=(libnss3-tools)
# Fonts so that screenshots of the SPA show text, not boxes.
[ -d /usr/share/fonts/truetype/dejavu ] || need+=(fonts-dejavu-core)

if [ ${#need[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" -ne 0 ]; then
  echo "setup: missing system packages: ${need[*]} — install them (sudo apt-get install ${need[*]}) or run as root" >&2
  exit 78
fi
echo "setup: installing ${need[*]} (apt-get, non-interactive)…" >&2
export DEBIAN_FRONTEND=noninteractive
# The machine's package service must not start a system-wide MariaDB: the twin runs its own.
if [ ! -e /usr/sbin/policy-rc.d ]; then
  printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
  trap 'rm -f /usr/sbin/policy-rc.d' EXIT
fi
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
