'use strict'
// Generated from src/core/routes/ by `npm run generate`: edit the route table (or the hook
// file named below), not this file.
// The routes of the vectors group (src/core/routes/vectors.rs). Each declaration is JSON text, parsed
// when its method is first called (lib/surface.js).

module.exports = {
  'MastraClient.listVectors': '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"vectors","method":"listVectors","name":"MastraClient.listVectors","params":[],"path":"/vectors","query":[],"reply":{"kind":"json"},"verb":"GET"}',
  'MastraClient.listEmbedders': '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"vectors","method":"listEmbedders","name":"MastraClient.listEmbedders","params":[],"path":"/embedders","query":[],"reply":{"kind":"json"},"verb":"GET"}',
  'MastraClient.getVector': '{"bind":[{"field":"vectorName","optional":false,"src":"vectorName"}],"body":{"kind":"none"},"class":"MastraClient","group":"vectors","method":"getVector","name":"MastraClient.getVector","params":["vectorName"],"path":"","query":[],"reply":{"class":"Vector","kind":"resource"},"verb":null}',
  'Vector.details': '{"bind":[],"body":{"kind":"none"},"class":"Vector","group":"vectors","method":"details","name":"Vector.details","params":["indexName","requestContext"],"path":"/vector/{vectorName}/indexes/{indexName}","query":[{"enc":"rc","key":"requestContext","src":"requestContext"}],"reply":{"kind":"json"},"verb":"GET"}',
  'Vector.delete': '{"bind":[],"body":{"kind":"none"},"class":"Vector","group":"vectors","method":"delete","name":"Vector.delete","params":["indexName"],"path":"/vector/{vectorName}/indexes/{indexName}","query":[],"reply":{"kind":"json"},"verb":"DELETE"}',
  'Vector.getIndexes': '{"bind":[],"body":{"kind":"none"},"class":"Vector","group":"vectors","method":"getIndexes","name":"Vector.getIndexes","params":["requestContext"],"path":"/vector/{vectorName}/indexes","query":[{"enc":"rc","key":"requestContext","src":"requestContext"}],"reply":{"kind":"json"},"verb":"GET"}',
  'Vector.createIndex': '{"bind":[],"body":{"kind":"whole","src":"params"},"class":"Vector","group":"vectors","method":"createIndex","name":"Vector.createIndex","params":["params"],"path":"/vector/{vectorName}/create-index","query":[],"reply":{"kind":"json"},"verb":"POST"}',
  'Vector.upsert': '{"bind":[],"body":{"kind":"whole","src":"params"},"class":"Vector","group":"vectors","method":"upsert","name":"Vector.upsert","params":["params"],"path":"/vector/{vectorName}/upsert","query":[],"reply":{"kind":"json"},"verb":"POST"}',
  'Vector.query': '{"bind":[],"body":{"kind":"whole","src":"params"},"class":"Vector","group":"vectors","method":"query","name":"Vector.query","params":["params"],"path":"/vector/{vectorName}/query","query":[],"reply":{"kind":"json"},"verb":"POST"}',
}
