'use strict'
// Workflows: run results as client-js gives them.

const finish = {
  /** Workflow results: a serialized error becomes an `Error` again. */
  workflowResult(reply) {
    if (reply && reply.status === 'failed' && reply.error) {
      const raw = reply.error
      if (!(raw instanceof Error)) {
        const error = new Error(typeof raw === 'string' ? raw : (raw.message ?? 'Unknown workflow error'))
        if (raw && typeof raw === 'object') {
          for (const [k, v] of Object.entries(raw)) if (k !== 'message' && k !== 'stack') error[k] = v
        }
        reply.error = error
      }
    }
    return reply
  },
}

module.exports = { finish }
