// A server-given object typed loosely: its known fields plus any others. Used by the group
// typings; not exported by the package.
export type Loose = { [key: string]: any }
