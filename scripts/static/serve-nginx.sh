#!/usr/bin/env bash
# Serves out/ with the generated nginx server block (.portal/static/host/nginx.conf)
# on a loopback port, in the foreground: Playwright's web server for the
# static build. `--test` only checks the configuration (nginx -t).
set -euo pipefail
cd "$(dirname "$0")/../.."
mode=serve
[ "${1:-}" = "--test" ] && { mode=test; shift; }
port="${1:-3102}"
host="${PORTAL_DATA_DIR:-.portal/static}/host"
[ -f "$host/nginx.conf" ] || { echo "no $host/nginx.conf: run npm run build:static first" >&2; exit 1; }

dir=$(mktemp -d)
sed "s/^  listen .*;/  listen 127.0.0.1:${port};/" "$host/nginx.conf" > "$dir/server.conf"
cat > "$dir/nginx.conf" <<CONF
# njs (language negotiation) and any other module Debian enabled.
include /etc/nginx/modules-enabled/*.conf;
daemon off;
user root;
worker_processes 2;
error_log stderr warn;
pid $dir/nginx.pid;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  sendfile on;
  client_body_temp_path $dir/body;
  proxy_temp_path $dir/proxy;
  fastcgi_temp_path $dir/fastcgi;
  uwsgi_temp_path $dir/uwsgi;
  scgi_temp_path $dir/scgi;
  include $dir/server.conf;
}
CONF
if [ "$mode" = test ]; then exec nginx -t -c "$dir/nginx.conf"; fi
exec nginx -c "$dir/nginx.conf"
