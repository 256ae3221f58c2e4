'use strict'
// Structured output schemas of agent calls, as agents read them.

const { toJsonSchema } = require('../../values')

/** `structuredOutput` with its schema as JSON Schema (`strict`: as the agent's model wants it). */
function structuredOutputBody(structuredOutput, where, strict = true) {
  const schema = toJsonSchema(structuredOutput.schema, where)
  return { ...structuredOutput, schema: strict && schema === structuredOutput.schema ? strictJsonSchema(schema) : schema }
}

/** Keywords whose value is a subschema, an array of them, or an object of them. */
const SUBSCHEMA = ['additionalItems', 'items', 'contains', 'additionalProperties', 'propertyNames', 'not', 'if', 'then', 'else']
const SUBSCHEMA_LISTS = ['items', 'allOf', 'anyOf', 'oneOf', 'prefixItems']
const SUBSCHEMA_MAPS = ['$defs', 'definitions', 'properties', 'patternProperties', 'dependencies']

/**
 * Plain JSON Schema as a draft-07 document whose objects with properties allow no others
 * (`additionalProperties: false` unless set), as agents read structured output schemas.
 */
function strictJsonSchema(schema) {
  if (schema === null || typeof schema !== 'object') return schema
  const copy = JSON.parse(JSON.stringify(schema))
  if (!copy.$schema) copy.$schema = 'http://json-schema.org/draft-07/schema#'
  closeObjects(copy)
  return copy
}

/** Sets `additionalProperties: false` on every object schema with properties, depth first. */
function closeObjects(node) {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return
  for (const key of SUBSCHEMA) if (node[key] && typeof node[key] === 'object' && !Array.isArray(node[key])) closeObjects(node[key])
  for (const key of SUBSCHEMA_LISTS) if (Array.isArray(node[key])) node[key].forEach(closeObjects)
  for (const key of SUBSCHEMA_MAPS) if (node[key] && typeof node[key] === 'object') Object.values(node[key]).forEach(closeObjects)
  if (node.type === 'object' && node.properties !== undefined && !node.additionalProperties) node.additionalProperties = false
}

module.exports = { structuredOutputBody }
