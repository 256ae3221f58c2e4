'use strict'
// napi-rs's name for this platform, as in its binary's file and package names.

/** linux-x64-gnu, linux-arm64-musl, darwin-arm64, win32-x64-msvc, … */
function platformName() {
  const { platform, arch } = process
  if (platform === 'linux') return `linux-${arch}-${isMusl() ? 'musl' : 'gnu'}`
  if (platform === 'win32') return `win32-${arch}-msvc`
  return `${platform}-${arch}`
}

/**
 * musl libc (Alpine). Read cheaply from the system's `ldd` where it can be; else told by the
 * absence of glibc in Node's own report (which costs milliseconds to make).
 */
function isMusl() {
  try {
    return require('node:fs').readFileSync('/usr/bin/ldd', 'utf8').includes('musl')
  } catch {
    const report = process.report && process.report.getReport ? process.report.getReport() : null
    return !(report && report.header && report.header.glibcVersionRuntime)
  }
}

const ARCH = { x86_64: 'x64', aarch64: 'arm64', i686: 'ia32', armv7: 'arm' }
const SYSTEM = { 'unknown-linux-gnu': 'linux-{}-gnu', 'unknown-linux-musl': 'linux-{}-musl', 'apple-darwin': 'darwin-{}', 'pc-windows-msvc': 'win32-{}-msvc' }

/** The platform name of a Rust target triple (`aarch64-unknown-linux-musl` → linux-arm64-musl). */
function platformOfTarget(triple) {
  const [arch, ...rest] = triple.split('-')
  const form = SYSTEM[rest.join('-')]
  return form ? form.replace('{}', ARCH[arch] || arch) : triple
}

module.exports = { platformName, platformOfTarget }
