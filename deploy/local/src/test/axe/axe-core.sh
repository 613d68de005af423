#!/usr/bin/env bash
# axe-core (Deque, MPL-2.0), which the workspace's browser tests inject into each page, from its npm package with the
# machine's node/npm into the directory given (the build passes target/test-classes/axe). The package is kept in
# target/npm, so a rebuild reads no registry.
set -euo pipefail
AXE_CORE=4.14.1
cd "$(dirname "$0")/../../.."
out=${1:?usage: axe-core.sh <output directory>}
if [ -f "$out/axe.min.js" ] && [ "$out/axe.min.js" -nt "$0" ]; then
  exit 0
fi
mkdir -p target/npm "$out"
if [ ! -f "target/npm/axe-core-$AXE_CORE.tgz" ]; then
  (cd target/npm && npm pack --silent --prefer-offline "axe-core@$AXE_CORE" >/dev/null)
fi
tar xzf "target/npm/axe-core-$AXE_CORE.tgz" -C "$out" --strip-components=1 package/axe.min.js package/LICENSE package/LICENSE-3RD-PARTY.txt
echo "axe-core $AXE_CORE written to $out"
