#!/usr/bin/env bash
# Rebuilds the workspace's committed front-end assets (src/main/resources/META-INF/resources/assets) from the
# npm packages, with the machine's node/npm: nothing is fetched from a CDN at run time. Run it after changing a
# version below, then commit the result (licences in assets/SOURCES.md).
set -euo pipefail
NHSUK_FRONTEND=10.6.1
HTMX=2.0.4
cd "$(dirname "$0")/.."
out=src/main/resources/META-INF/resources/assets
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "nhsuk-frontend@$NHSUK_FRONTEND" "htmx.org@$HTMX" >/dev/null)
mkdir -p "$work/nhsuk" "$work/htmx" "$out/images"
tar xzf "$work/nhsuk-frontend-$NHSUK_FRONTEND.tgz" -C "$work/nhsuk"
tar xzf "$work/htmx.org-$HTMX.tgz" -C "$work/htmx"
dist="$work/nhsuk/package/dist/nhsuk"
# The compiled stylesheet loads the Frutiger web font from the NHS's asset host; the workspace serves nothing from
# another host, so those @font-face rules go (the NHS font stack falls back to Arial).
sed -E 's/@font-face\{[^}]*assets\.nhs\.uk[^}]*\}//g' "$dist/nhsuk-frontend.min.css" > "$out/nhsuk-frontend.min.css"
if grep -q 'https://' "$out/nhsuk-frontend.min.css"; then echo "stylesheet still names another host" >&2; exit 1; fi
cp "$dist/nhsuk-frontend.min.js" "$out/nhsuk-frontend.min.js"
cp "$dist"/assets/images/*.svg "$dist"/assets/images/favicon.ico "$out/images/"
cp "$work/htmx/package/dist/htmx.min.js" "$out/htmx.min.js"
cp "$work/htmx/package/LICENSE" "$out/htmx.LICENSE"
echo "assets written to $out"
