// Types of the channels group, re-exported by index.d.ts: the server's /channels routes.

/** A channel platform (e.g. Slack) and whether the server has it configured. */
export interface ChannelPlatformInfo {
  id: string
  name: string
  isConfigured: boolean
  /** JSON Schema of the `options` that `connect` takes for this platform. */
  connectOptionsSchema?: Record<string, unknown>
}
/** @deprecated Use `ChannelPlatformInfo`. */
export type ChannelPlatform = ChannelPlatformInfo
/** An agent's installation on a platform. */
export interface ChannelInstallationInfo {
  id: string
  platform: string
  agentId: string
  status: 'active' | 'pending'
  displayName?: string
  /** Typed `Date` as in client-js; the JSON reply carries ISO text. */
  installedAt?: Date
}
/** @deprecated Use `ChannelInstallationInfo`. */
export type ChannelInstallation = ChannelInstallationInfo
/** `connect` result: the user authorizes at `authorizationUrl`. */
export interface ChannelConnectOAuth {
  type: 'oauth'
  authorizationUrl: string
  installationId: string
}
/** `connect` result: the user opens `url` in the platform's app. */
export interface ChannelConnectDeepLink {
  type: 'deep_link'
  url: string
  installationId: string
}
/** `connect` result: the agent is connected already. */
export interface ChannelConnectImmediate {
  type: 'immediate'
  installationId: string
}
/** The connect result: its `type` says which authorization flow follows. */
export type ChannelConnectResult = ChannelConnectOAuth | ChannelConnectDeepLink | ChannelConnectImmediate
