'use strict'
// The key under which every client object keeps its native core (`{ native, signal }`).

/** Property key of an object's native core (a client's, shared by the objects it makes). */
const CORE = Symbol('mastra.client.core')

module.exports = { CORE }
