'use strict'
// The native addon, through napi-rs's generated loader (binding.js). When no binary fits,
// the error names this platform, the package that carries its binary and how to get it.

const pkg = require('../package.json')
const { platformName, platformOfTarget } = require('./platform')

function notLoaded(cause) {
  const name = platformName()
  const published = (pkg.napi.targets || []).map(platformOfTarget)
  const binaryPackage = `${pkg.name}-${name}@${pkg.version}`
  const remedy = published.includes(name)
    ? `Its binary comes in the optional dependency ${binaryPackage}: install it (npm install ${binaryPackage}), ` +
      'or remove node_modules and the lockfile and install again if they were made on another platform or with --omit=optional.'
    : `No binary is published for ${name} (published: ${published.join(', ')}); build one from a clone with a Rust toolchain (npm run build).`
  const error = new Error(
    `mastra-client-native: no native binary loaded for ${name} (Node ${process.version}). ${remedy} ` +
      `Loader said: ${cause && cause.message}`,
  )
  error.code = 'MASTRA_NATIVE_NOT_FOUND'
  error.cause = cause
  return error
}

function load() {
  try {
    return require('../binding.js')
  } catch (cause) {
    throw notLoaded(cause)
  }
}

module.exports = load()
