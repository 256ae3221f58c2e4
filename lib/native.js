'use strict'
// The native addon, found so that it loads wherever this package's JavaScript runs: in Node,
// and bundled into a Next.js server build (Turbopack or webpack; `next start`, `next dev` and
// `output: 'standalone'`) with no configuration.
//
// - No `require()` of a `.node` file or of the binary's package: bundlers would try to bundle
//   the binary. The binary is loaded at run time with Node's own `require` (`nodeRequire`).
// - Each platform's candidates are written with literal names, which is what Next's file
//   tracer follows to copy the binary into a standalone build: `path.join(__dirname, …)`
//   (Turbopack) and `__non_webpack_require__.resolve('…')` (webpack).
// - Turbopack rewrites `__dirname` to `/ROOT/<path from the project root>`; such a path is
//   read from the working directory, which is the project root under `next start`.
// When no candidate loads, the error names the platform, the package that carries its
// binary, what was tried and, inside a Next.js build, the one line of config that helps.

/* global __non_webpack_require__ */
const path = require('node:path')
const { createRequire } = require('node:module')
const pkg = require('../package.json')
const { platformName, platformOfTarget } = require('./platform')

/** Node's `require`, also inside a bundle (webpack names it `__non_webpack_require__`). */
const nodeRequire = typeof __non_webpack_require__ === 'function' ? __non_webpack_require__ : createRequire(__filename)
const TURBOPACK_ROOT = '/ROOT/'

/**
 * Where this platform's binary may be: beside the package (a build from a clone), in its
 * platform package beside this one, and that package as webpack resolves it.
 */
function candidates(name) {
  const j = path.join
  // `__non_webpack_require__.resolve('<literal>')` is what Next's tracer follows in a webpack
  // chunk; it is only called inside a webpack bundle.
  const wp = typeof __non_webpack_require__ === 'function'
  // prettier-ignore
  switch (name) {
    case 'linux-x64-gnu': return [j(__dirname, '..', 'mastra-client-native.linux-x64-gnu.node'), j(__dirname, '..', '..', 'mastra-client-native-linux-x64-gnu', 'mastra-client-native.linux-x64-gnu.node'), () => wp && __non_webpack_require__.resolve('mastra-client-native-linux-x64-gnu')]
    case 'linux-arm64-gnu': return [j(__dirname, '..', 'mastra-client-native.linux-arm64-gnu.node'), j(__dirname, '..', '..', 'mastra-client-native-linux-arm64-gnu', 'mastra-client-native.linux-arm64-gnu.node'), () => wp && __non_webpack_require__.resolve('mastra-client-native-linux-arm64-gnu')]
    case 'linux-x64-musl': return [j(__dirname, '..', 'mastra-client-native.linux-x64-musl.node'), j(__dirname, '..', '..', 'mastra-client-native-linux-x64-musl', 'mastra-client-native.linux-x64-musl.node'), () => wp && __non_webpack_require__.resolve('mastra-client-native-linux-x64-musl')]
    case 'linux-arm64-musl': return [j(__dirname, '..', 'mastra-client-native.linux-arm64-musl.node'), j(__dirname, '..', '..', 'mastra-client-native-linux-arm64-musl', 'mastra-client-native.linux-arm64-musl.node'), () => wp && __non_webpack_require__.resolve('mastra-client-native-linux-arm64-musl')]
    case 'darwin-x64': return [j(__dirname, '..', 'mastra-client-native.darwin-x64.node'), j(__dirname, '..', '..', 'mastra-client-native-darwin-x64', 'mastra-client-native.darwin-x64.node'), () => wp && __non_webpack_require__.resolve('mastra-client-native-darwin-x64')]
    case 'darwin-arm64': return [j(__dirname, '..', 'mastra-client-native.darwin-arm64.node'), j(__dirname, '..', '..', 'mastra-client-native-darwin-arm64', 'mastra-client-native.darwin-arm64.node'), () => wp && __non_webpack_require__.resolve('mastra-client-native-darwin-arm64')]
    case 'win32-x64-msvc': return [j(__dirname, '..', 'mastra-client-native.win32-x64-msvc.node'), j(__dirname, '..', '..', 'mastra-client-native-win32-x64-msvc', 'mastra-client-native.win32-x64-msvc.node'), () => wp && __non_webpack_require__.resolve('mastra-client-native-win32-x64-msvc')]
    default: return []
  }
}

/**
 * The places to try, in order, each worked out only when the one before did not load: an
 * explicit path first, then the platform's candidates, then its package by name.
 */
function* places(name) {
  const override = process.env.NAPI_RS_NATIVE_LIBRARY_PATH
  if (override) yield override
  const seen = new Set()
  const fresh = (place) => place && !seen.has(place) && seen.add(place)
  for (const candidate of candidates(name)) {
    let place
    try {
      place = typeof candidate === 'function' ? candidate() : candidate
    } catch {
      continue
    }
    // Inside a Turbopack bundle: the same path under the project root (the working directory).
    if (place && place.startsWith(TURBOPACK_ROOT)) place = path.join(process.cwd(), place.slice(TURBOPACK_ROOT.length))
    if (fresh(place)) yield place
  }
  // The binary's package by name, from here and from the working directory (a bundle's own
  // paths are not the package's).
  const binaryPackage = `${pkg.name}-${name}`
  for (const from of [__filename, path.join(process.cwd(), 'noop.js')]) {
    let place
    try {
      place = createRequire(from).resolve(binaryPackage)
    } catch {
      continue
    }
    if (fresh(place)) yield place
  }
}

/** The error when no binary loads: the platform, its package, how to get it, what was tried. */
function notLoaded(name, tried) {
  const published = (pkg.napi.targets || []).map(platformOfTarget)
  const binaryPackage = `${pkg.name}-${name}@${pkg.version}`
  const remedy = published.includes(name)
    ? `Its binary comes in the optional dependency ${binaryPackage}: install it (npm install ${binaryPackage}), ` +
      'or remove node_modules and the lockfile and install again if they were made on another platform or with --omit=optional.'
    : `No binary is published for ${name} (published: ${published.join(', ')}); build one from a clone with a Rust toolchain (npm run build).`
  const bundled = __dirname.startsWith(TURBOPACK_ROOT) || /[\\/]\.next[\\/]/.test(__dirname)
  const nextAdvice = bundled
    ? " It was bundled by Next.js: add serverExternalPackages: ['mastra-client-native'] to next.config " +
      '(with output: "standalone", also outputFileTracingIncludes for the binary package).'
    : ''
  const list = tried.map(([place, err]) => `${place} (${String(err && err.message).split('\n')[0]})`).join('; ')
  const error = new Error(
    `mastra-client-native: no native binary loaded for ${name} (Node ${process.version}). ${remedy}${nextAdvice} ` +
      `Tried: ${list || 'nothing'}`,
  )
  error.code = 'MASTRA_NATIVE_NOT_FOUND'
  error.cause = tried.length ? tried[tried.length - 1][1] : undefined
  return error
}

function load() {
  const name = platformName()
  const tried = []
  for (const place of places(name)) {
    try {
      return nodeRequire(place)
    } catch (err) {
      tried.push([place, err])
    }
  }
  throw notLoaded(name, tried)
}

module.exports = load()
