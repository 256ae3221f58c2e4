'use strict'
// The two agent-controller helpers client-js exports: `isKnownAgentControllerEvent` (whether an
// event of a session's stream is one of the explicitly typed kinds) and
// `agentControllerMessageText` (the plain text of a message's parts).

// The event types client-js 1.47.0 types explicitly (its KNOWN_AGENT_CONTROLLER_EVENT_TYPES).
const KNOWN_EVENT_TYPES = new Set([
  'agent_start', 'agent_end', 'message_start', 'message_update', 'message_end', 'state_changed',
  'tool_input_start', 'tool_input_delta', 'tool_input_end', 'tool_start', 'tool_update', 'shell_output',
  'command_exit', 'tool_end', 'tool_approval_required', 'tool_suspended', 'tool_suspension_cancelled',
  'mode_changed', 'model_changed', 'thread_changed', 'thread_created', 'thread_deleted',
  'thread_title_updated', 'subagent_start', 'subagent_text_delta', 'subagent_tool_start',
  'subagent_tool_end', 'subagent_end', 'subagent_model_changed', 'task_updated', 'notification',
  'notification_summary', 'usage_update', 'display_state_changed', 'goal_evaluation',
  'follow_up_queued', 'om_observation_start', 'om_observation_end', 'om_observation_failed',
  'om_reflection_start', 'om_reflection_end', 'om_reflection_failed', 'om_buffering_start',
  'om_buffering_end', 'om_buffering_failed', 'om_model_changed', 'om_activation', 'om_status',
  'om_thread_title_updated', 'workspace_ready', 'workspace_error', 'workspace_status_changed', 'info',
  'error',
])

/** Whether `event` is one of the explicitly typed agent-controller events (by its `type`). */
function isKnownAgentControllerEvent(event) {
  return KNOWN_EVENT_TYPES.has(event.type)
}

/** The plain text of a message: its text parts, joined. */
function agentControllerMessageText(message) {
  return message.content.parts
    .filter((p) => p.type === 'text' && typeof p.text === 'string')
    .map((p) => p.text)
    .join('')
}

module.exports = { isKnownAgentControllerEvent, agentControllerMessageText, KNOWN_EVENT_TYPES }
