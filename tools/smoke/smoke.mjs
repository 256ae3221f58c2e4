// Smoke test of the installed package as an ES module: prints what a few real calls gave.
import { mastraClient, createMastraClient, getMastraBaseUrl, MastraClientError } from 'mastra-client-native'
import { run } from './calls.mjs'

console.log(JSON.stringify(await run({ mastraClient, createMastraClient, getMastraBaseUrl, MastraClientError })))
