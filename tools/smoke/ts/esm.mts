// An ES module consumer: named and default imports, checked types (not `any`).
import { mastraClient, createMastraClient, getMastraBaseUrl, MastraClient, MastraClientError } from 'mastra-client-native'
import native from 'mastra-client-native'

const client: MastraClient = createMastraClient('token')
const url: string = getMastraBaseUrl()
const same: MastraClient = native.mastraClient
export const calls = [client.listAgents(), mastraClient.getAgent('a').details(), url, same, MastraClientError]

// @ts-expect-error the token is a string
createMastraClient(42)
