#!/usr/bin/env bash
# Builds the workspace's front-end assets from the npm packages with the machine's node/npm, into the directory given
# (the Maven build passes target/classes/META-INF/resources/assets, so the jar serves them): nothing is committed
# and nothing is fetched from a CDN at run time. The packages are kept in target/npm, so a rebuild reads no registry.
# Licences and sources: src/main/resources/META-INF/resources/assets/SOURCES.md.
set -euo pipefail
NHSUK_FRONTEND=10.6.1
HTMX=2.0.4
cd "$(dirname "$0")/.."
out=${1:?usage: build-assets.sh <output directory>}
packages=target/npm
if [ -f "$out/nhsuk-frontend.min.css" ] && [ "$out/nhsuk-frontend.min.css" -nt "$0" ]; then
  exit 0
fi
mkdir -p "$packages"
for package in "nhsuk-frontend-$NHSUK_FRONTEND" "htmx.org-$HTMX"; do
  if [ ! -f "$packages/$package.tgz" ]; then
    (cd "$packages" && npm pack --silent --prefer-offline "nhsuk-frontend@$NHSUK_FRONTEND" "htmx.org@$HTMX" >/dev/null)
  fi
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/nhsuk" "$work/htmx" "$out/images"
tar xzf "$packages/nhsuk-frontend-$NHSUK_FRONTEND.tgz" -C "$work/nhsuk"
tar xzf "$packages/htmx.org-$HTMX.tgz" -C "$work/htmx"
dist="$work/nhsuk/package/dist/nhsuk"
# The compiled stylesheet loads the Frutiger web font from the NHS's asset host; the workspace serves nothing from
# another host, so those @font-face rules go (the NHS font stack falls back to Arial).
sed -E 's/@font-face\{[^}]*assets\.nhs\.uk[^}]*\}//g' "$dist/nhsuk-frontend.min.css" > "$work/nhsuk-frontend.min.css"
if grep -q 'https://' "$work/nhsuk-frontend.min.css"; then echo "stylesheet still names another host" >&2; exit 1; fi
cp "$dist/nhsuk-frontend.min.js" "$out/nhsuk-frontend.min.js"
cp "$dist"/assets/images/*.svg "$dist"/assets/images/favicon.ico "$out/images/"
cp "$work/htmx/package/dist/htmx.min.js" "$out/htmx.min.js"
cp "$work/htmx/package/LICENSE" "$out/htmx.LICENSE"
# Last: its presence (newer than this script) is what a later build checks.
cp "$work/nhsuk-frontend.min.css" "$out/nhsuk-frontend.min.css"
echo "assets written to $out"
