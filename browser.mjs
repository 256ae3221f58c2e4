// ESM entry of browser.js: the same module, one instance per bundle.
import mod from './browser.js'

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
} = mod
export default mod
