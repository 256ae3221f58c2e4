// Types of the channels group, re-exported by index.d.ts.
import type { Loose } from './loose'
export interface ChannelPlatform extends Loose {
  id: string
  name?: string
  isConfigured?: boolean
}
export interface ChannelInstallation extends Loose {
  id?: string
  platform?: string
  agentId: string
  status?: string
}
/** The connect result: its `type` says which authorization flow follows. */
export interface ChannelConnectResult extends Loose {
  type: string
}
