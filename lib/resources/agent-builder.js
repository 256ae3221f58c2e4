'use strict'
// AgentBuilder: action bodies, run listing, and workflow results as action results.

const { plainRequestContext } = require('../values')
const workflow = require('./workflow')
const { requireParams } = require('./run')

const { runsQuery } = workflow

/** The action result a workflow result stands for. */
function transformWorkflowResult(result) {
  if (result.status === 'success') {
    const actionResult = result.result
    return {
      success: actionResult?.success ?? false,
      applied: actionResult?.applied ?? false,
      branchName: actionResult?.branchName,
      message: actionResult?.message ?? 'Agent builder action completed',
      validationResults: actionResult?.validationResults,
      error: actionResult?.error,
      errors: actionResult?.errors,
      stepResults: actionResult?.stepResults,
    }
  }
  if (result.status === 'failed') {
    const message = result.error?.message ?? 'Agent builder action failed'
    return { success: false, applied: false, message: `Agent builder action failed: ${message}`, error: message }
  }
  return {
    success: false,
    applied: false,
    message: 'Agent builder action was suspended',
    error: 'Workflow suspended - manual intervention required',
  }
}

/** The body of an action call: its parameters (without `runId` for resumeStream), context last. */
function actionBody(ns, route) {
  requireParams(ns.params, route)
  const { requestContext, ...rest } = ns.params
  if (route.method === 'resumeStream') delete rest.runId
  ns.body = { ...rest, requestContext: plainRequestContext(requestContext) }
}

const prepare = {
  /** `AgentBuilder.runById`: the same query as `Workflow.runById`. */
  workflowRunByIdQuery: workflow.prepare.workflowRunByIdQuery,
  agentBuilderBody: actionBody,
  /** `stream` needs a run id before anything else. */
  agentBuilderStreamBody(ns, route) {
    if (!ns.runId) throw new Error('runId is required to stream an agent builder action')
    actionBody(ns, route)
  },
  /** `AgentBuilder.runs`: the listing query (no status filter). */
  agentBuilderRunsQuery(ns, route) {
    const { status: _status, ...query } = runsQuery(ns.params, route, false)
    ns.runsQuery = query
  },
}

const finish = {
  agentBuilderResult: (reply) => transformWorkflowResult(reply),
}

const custom = {
  /** `transformWorkflowResult(result)`: computed here, no request. */
  agentBuilderTransform: () =>
    function transformWorkflowResultMethod(result) {
      return transformWorkflowResult(result)
    },
}

module.exports = { prepare, finish, custom }
