// ESM typings: the same declarations as index.d.ts (CommonJS).
export * from './index.js'
import * as native from './index.js'
export default native
