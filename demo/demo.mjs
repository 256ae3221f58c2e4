// The demo: an embedded real Mastra server on http://localhost:4111 (unless MASTRA_BASE_URL
// points elsewhere), then, through `mastraClient` unchanged, the four everyday flows:
// list agents, generate, stream (printed live) and a workflow run.
//
//   npm run demo                 # embedded server on :4111
//   MASTRA_BASE_URL=http://host:port npm run demo   # an existing server with the same agent/workflow

let server
if (!process.env.MASTRA_BASE_URL) {
  const { startMastraServer } = await import('../tools/mastra-server.mjs')
  try {
    server = await startMastraServer({ port: 4111, host: 'localhost' })
  } catch (err) {
    console.error(`could not start the embedded Mastra server on port 4111 (${err.code ?? err.message}); set MASTRA_BASE_URL to use another server`)
    process.exit(1)
  }
  console.log(`embedded Mastra server listening on ${server.url}`)
}

// Imported after the server is up: `mastraClient` reads the environment when the module loads.
const { mastraClient, getMastraBaseUrl } = await import('../index.js')

const section = (title) => console.log(`\n== ${title}`)
try {
  console.log(`client base URL: ${getMastraBaseUrl()}`)

  section('listAgents()')
  const agents = await mastraClient.listAgents()
  for (const [id, agent] of Object.entries(agents)) console.log(`${id}: ${agent.name}`)

  section("getAgent('echo-agent').generate('Hello from the native client')")
  const agent = mastraClient.getAgent('echo-agent')
  const result = await agent.generate('Hello from the native client')
  console.log(`text: ${result.text}  (finishReason ${result.finishReason}, ${result.usage?.totalTokens ?? '?'} tokens)`)

  section("getAgent('echo-agent').stream('streaming one word at a time') — live")
  const response = await agent.stream('streaming one word at a time')
  const types = []
  process.stdout.write('> ')
  await response.processDataStream({
    onChunk: async (chunk) => {
      types.push(chunk.type)
      if (chunk.type === 'text-delta') {
        process.stdout.write(chunk.payload.text)
        await new Promise((resolve) => setTimeout(resolve, 80)) // slow enough to watch it arrive
      }
    },
  })
  console.log(`\nchunks: ${types.join(', ')}`)

  section("getWorkflow('double-then-inc').createRun() → startAsync({ inputData: { value: 20 } })")
  const run = await mastraClient.getWorkflow('double-then-inc').createRun()
  const outcome = await run.startAsync({ inputData: { value: 20 } })
  console.log(`run ${run.runId}: ${outcome.status}, result ${JSON.stringify(outcome.result)}`)
} finally {
  await server?.close()
}
