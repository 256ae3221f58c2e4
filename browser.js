'use strict'
// What a bundler gets when it pulls this package into code for the browser: the package
// holds a service token and a native addon, so it refuses to load there.
throw new Error(
  'mastra-client-native is server-only: it was bundled into browser code. ' +
    'It sends the service token (JWT_TOKEN) and loads a native addon, so keep it on the server ' +
    '(server components, route handlers, server actions) and call those from the browser instead.',
)
