// ESM entry: the same module as `require('mastra-client-native')`, one instance per process.
import native from './index.js'

export const {
  getMastraBaseUrl,
  mastraClient,
  createMastraClient,
  MastraClient,
  MastraClientError,
  RequestContext,
  ClientTool,
  createTool,
  agentControllerMessageText,
  isKnownAgentControllerEvent,
} = native
export default native
