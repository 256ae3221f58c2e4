#!/usr/bin/env bash
# Cross-builds the addon for Linux targets this machine's rustup has no standard library for
# (rustup cannot download one here). Debian's Rust (rustc-web with its sources, rust-web-src,
# the same version) builds the target's std from source (-Zbuild-std); the C compiler and
# linker come from @napi-rs/cross-toolchain (npm, glibc 2.17) for glibc targets and from
# musl-gcc (musl-tools) for x86_64 musl. A release on real CI would use rustup's prebuilt std
# and native runners instead (see README, Releasing).
#
#   scripts/cross-build.sh [TARGET...]    default: aarch64-unknown-linux-gnu x86_64-unknown-linux-musl
# Binaries go to cross/<platform>/; then `file` describes each.
set -euo pipefail
cd "$(dirname "$0")/.."

TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(aarch64-unknown-linux-gnu x86_64-unknown-linux-musl)
TOOLCHAIN=debian-web
export CARGO_TARGET_DIR=${CROSS_TARGET_DIR:-$PWD/target/cross}

need=()
command -v /usr/bin/rustc >/dev/null && [ -d /usr/lib/rustlib/src/rust/library ] || need+=(rustc-web cargo-web rust-web-src)
command -v musl-gcc >/dev/null || need+=(musl-tools)
if [ ${#need[@]} -gt 0 ]; then
  echo "== apt-get install ${need[*]}"
  apt-get install -y -q "${need[@]}" >/dev/null
fi
rustup toolchain list | grep -q "^$TOOLCHAIN" || rustup toolchain link "$TOOLCHAIN" /usr

# --use-napi-cross's gcc toolchain, unpacked where napi looks for it (~/.napi-rs/cross-toolchain/
# <version of @napi-rs/cross-toolchain>/<target>), from the newest npm package for the target.
napi_cross_toolchain() {
  local target=$1 arch=${1%%-*} version dir tmp
  version=$(node -p "require('@napi-rs/cross-toolchain/package.json').version")
  dir=$HOME/.napi-rs/cross-toolchain/$version/$target
  [ -f "$dir/package.json" ] && return
  tmp=$(mktemp -d)
  (cd "$tmp" && npm pack --silent "@napi-rs/cross-toolchain-x64-target-$arch" >/dev/null && tar xzf ./*.tgz)
  mkdir -p "$dir"
  tar xJf "$tmp/package/$target.tar.xz" -C "$dir"
  cp "$tmp/package/package.json" "$dir/package.json"
  rm -rf "$tmp"
}
export RUSTUP_TOOLCHAIN=$TOOLCHAIN RUSTC_BOOTSTRAP=1

# binutils' strip for the target: the host's for x86_64, the cross toolchain's otherwise.
strip_tool() {
  case "$1" in
    x86_64-*) echo strip ;;
    *) echo "$HOME/.napi-rs/cross-toolchain/$(node -p "require('@napi-rs/cross-toolchain/package.json').version")/$1/bin/$1-strip" ;;
  esac
}

for target in "${TARGETS[@]}"; do
  ( # each target's compiler settings stay its own
    platform=$(node -p "require('./lib/platform.js').platformOfTarget('$target')")
    out=cross/$platform
    mkdir -p "$out"
    flags=(--platform --release -p mastra-client-native --target "$target" --output-dir "$out" --no-js)
    case "$target" in
      *-linux-gnu)
        napi_cross_toolchain "$target"
        flags+=(--use-napi-cross)
        # its gcc 4.8 does not define __ARM_ARCH, which ring's assembly needs
        [ "${target%%-*}" = aarch64 ] && export CFLAGS_aarch64_unknown_linux_gnu=-D__ARM_ARCH=8 ;;
      x86_64-unknown-linux-musl)
        export CC_x86_64_unknown_linux_musl=musl-gcc CARGO_TARGET_X86_64_UNKNOWN_LINUX_MUSL_LINKER=musl-gcc
        # Rust's unwinder links libgcc_s (as on Alpine, where the libgcc package has it); musl-gcc
        # searches only musl's folder, so it gets a folder that has just that library
        mkdir -p "$CARGO_TARGET_DIR/musl-libgcc"
        ln -sf "$(gcc -print-file-name=libgcc_s.so.1)" "$CARGO_TARGET_DIR/musl-libgcc/libgcc_s.so"
        export RUSTFLAGS="-L native=$CARGO_TARGET_DIR/musl-libgcc" ;;
      *) echo "no cross toolchain known here for $target" >&2; exit 2 ;;
    esac
    echo "== $target ($(rustc --version))"
    start=$SECONDS
    npx napi build "${flags[@]}" -- -Zbuild-std=std,panic_abort
    echo "== $target built in $((SECONDS - start)) s"
    # the symbol table is not needed to load (the dynamic symbols stay), as the host build's
    "$(strip_tool "$target")" --strip-all "$out"/*.node
    file "$out"/*.node
    ls -l "$out"/*.node
  )
done
