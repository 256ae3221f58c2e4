// A CommonJS consumer: `import x = require()` and named imports, checked types (not `any`).
import native = require('mastra-client-native')
import { createMastraClient, MastraClient } from 'mastra-client-native'

const client: MastraClient = native.createMastraClient()
export const calls = [client.listAgents(), createMastraClient('t').getAgent('a').details(), native.getMastraBaseUrl()]

// @ts-expect-error the token is a string
native.createMastraClient(42)
