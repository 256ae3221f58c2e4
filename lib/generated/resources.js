'use strict'
// Generated from src/core/routes/ by `npm run generate`: edit the route table (or the hook
// file named below), not this file.
// The resource classes of the route table: group, field names and, for a member object,
// its owner and property. The facade (lib/surface.js) reads them at load.

module.exports = {
  MastraClient: { group: 'client', fields: [] },
  Agent: { group: 'agents', fields: ['agentId', 'version', 'routeOverrides'] },
  AgentVoice: { group: 'agents', fields: ['agentId', 'version'], member: { of: 'Agent', field: 'voice' } },
  Workflow: { group: 'workflows', fields: ['workflowId'] },
  Run: { group: 'workflows', fields: ['workflowId', 'runId'] },
  DynamicWorkflow: { group: 'workflows', fields: ['dynamicWorkflowId'] },
  Tool: { group: 'tools', fields: ['toolId'] },
  Processor: { group: 'tools', fields: ['processorId'] },
  MCPTool: { group: 'tools', fields: ['serverId', 'toolId'] },
  ToolProvider: { group: 'tools', fields: ['providerId'] },
  ProcessorProvider: { group: 'tools', fields: ['providerId'] },
  AgentBuilder: { group: 'agent_builder', fields: ['actionId'] },
  AgentController: { group: 'agent_controller', fields: ['controllerId'] },
  AgentControllerSession: { group: 'agent_controller', fields: ['controllerId', 'resourceId', 'scope'] },
  MemoryThread: { group: 'memory', fields: ['threadId', 'agentId'] },
  Vector: { group: 'vectors', fields: ['vectorName'] },
  Observability: { group: 'observability', fields: [], member: { of: 'MastraClient', field: 'observability' } },
  StoredAgent: { group: 'stored', fields: ['storedAgentId'] },
  StoredPromptBlock: { group: 'stored', fields: ['storedPromptBlockId'] },
  StoredScorer: { group: 'stored', fields: ['storedScorerId'] },
  StoredMCPClient: { group: 'stored', fields: ['storedMCPClientId'] },
  StoredSkill: { group: 'stored', fields: ['storedSkillId'] },
  Workspace: { group: 'workspaces', fields: ['workspaceId'] },
  WorkspaceSkillResource: { group: 'workspaces', fields: ['workspaceId', 'skillName', 'skillPath', 'basePath', 'pathQuery'] },
  A2A: { group: 'a2a', fields: ['agentId'] },
  A2AV1: { group: 'a2a', fields: ['agentId'] },
  Conversations: { group: 'conversations', fields: [], member: { of: 'MastraClient', field: 'conversations' } },
  ConversationItems: { group: 'conversations', fields: [], member: { of: 'Conversations', field: 'items' } },
  Responses: { group: 'responses', fields: [], member: { of: 'MastraClient', field: 'responses' } },
  Channels: { group: 'channels', fields: [], member: { of: 'MastraClient', field: 'channels' } },
}
