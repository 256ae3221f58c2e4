// Smoke test of the installed package through require(): prints what a few real calls gave.
const native = require('mastra-client-native')

import('./calls.mjs')
  .then(({ run }) => run(native))
  .then((result) => console.log(JSON.stringify(result)))
  .catch((err) => {
    console.error(err)
    process.exit(1)
  })
