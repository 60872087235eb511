#!/usr/bin/env bash
# Installs what the tests need from Debian when it is missing: Chromium
# (Playwright cannot download its own browser here), the Noto CJK fonts
# (without them Chinese renders as boxes in screenshots), nginx with its
# JavaScript module (serves the static export and fronts `next start`,
# negotiating languages with njs) and Redis (the server processes' shared cache).
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || missing+=(fonts-noto-cjk)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx)
[ -e /usr/lib/nginx/modules/ngx_http_js_module.so ] || missing+=(libnginx-mod-http-js)
command -v redis-server >/dev/null || missing+=(redis-server)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
  echo "Missing system packages: ${missing[*]}. Install them (Debian: apt-get install ${missing[*]}) and retry." >&2
  exit 1
fi
echo "Installing ${missing[*]} with apt-get…"
apt-get update -qq
# Install without starting services: the tests run nginx and Redis themselves, on loopback ports.
policy=/usr/sbin/policy-rc.d
[ -e "$policy" ] || { printf '#!/bin/sh\nexit 101\n' > "$policy"; chmod +x "$policy"; trap 'rm -f "$policy"' EXIT; }
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
