// The smoke calls, the same for every client given: a list, a generate, a stream read to
// its end and a 404. `native` is what the package exports (or client-js's equivalent).
const AGENT = 'echo-agent'

export async function run({ mastraClient, createMastraClient, getMastraBaseUrl, MastraClientError }) {
  const agents = Object.keys(await mastraClient.listAgents()).sort()
  const agent = createMastraClient('smoke-token').getAgent(AGENT)
  const generated = (await agent.generate('hello smoke')).text
  const response = await agent.stream('hello stream')
  let streamed = ''
  await response.processDataStream({
    onChunk: async (chunk) => {
      if (chunk.type === 'text-delta') streamed += chunk.payload.text
    },
  })
  let missing
  try {
    await mastraClient.getAgent('no-such-agent').details()
  } catch (err) {
    missing = { isClientError: err instanceof MastraClientError, status: err.status }
  }
  return { node: process.version, baseUrl: getMastraBaseUrl(), agents, generated, streamed, missing }
}
