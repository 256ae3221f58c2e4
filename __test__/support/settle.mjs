// How a promise settles, for the loopback fault and stream tests.

import assert from 'node:assert/strict'

/** The value `promise` rejects with; fails if it resolves. */
export async function rejection(promise) {
  let value
  try {
    value = await promise
  } catch (err) {
    return err
  }
  assert.fail(`expected a rejection, got ${JSON.stringify(value)?.slice(0, 200)}`)
}

/** Resolves when `promise` settles, or fails after `ms` naming `what`. */
export async function within(promise, ms, what) {
  let timer
  const guard = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`not within ${ms} ms: ${what}`)), ms)
  })
  try {
    return await Promise.race([promise, guard])
  } finally {
    clearTimeout(timer)
  }
}
