// Types of the system group, re-exported by index.d.ts.
import type { Loose } from './loose'
export interface SystemPackages extends Loose {
  packages: Array<{ name: string; version: string }>
}
export interface PermissionPatterns extends Loose {
  patterns?: string[]
}
export type BuilderSettings = Loose
export type BuilderAvailableModels = Loose
export type InfrastructureStatus = Loose
export interface BuilderRegistries extends Loose {
  registries?: Array<{ id: string; enabled: boolean } & Loose>
}
export interface BuilderRegistrySearchParams {
  q: string
  limit?: number
}
export interface BuilderRegistryPageParams {
  limit?: number
  offset?: number
}
export interface BuilderRegistryPreviewParams {
  owner: string
  repo: string
  path: string
}
export type BuilderRegistrySkills = Loose
export type BuilderRegistryPreview = Loose
export type BuilderRegistryInstallBody = Loose
export type BuilderRegistryInstallResult = Loose
