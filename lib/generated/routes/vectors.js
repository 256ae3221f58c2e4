'use strict'
// Generated from src/core/routes/ by `npm run generate`: edit the route table (or the hook
// file named below), not this file.
// The routes of the vectors group, declared in src/core/routes/vectors.rs. Each declaration is JSON
// text, parsed when its method is first called (lib/surface.js, which keeps the compiled
// method on the entry).

module.exports = {
  /** Lists the server's vector stores. `GET /vectors` */
  'MastraClient.listVectors': { json: '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"vectors","method":"listVectors","name":"MastraClient.listVectors","params":[],"path":"/vectors","query":[],"reply":{"kind":"json"},"verb":"GET"}' },
  /** Lists the embedding models the server offers. `GET /embedders` */
  'MastraClient.listEmbedders': { json: '{"bind":[],"body":{"kind":"none"},"class":"MastraClient","group":"vectors","method":"listEmbedders","name":"MastraClient.listEmbedders","params":[],"path":"/embedders","query":[],"reply":{"kind":"json"},"verb":"GET"}' },
  /** A vector store by name (no request is made). */
  'MastraClient.getVector': { json: '{"bind":[{"field":"vectorName","optional":false,"src":"vectorName"}],"body":{"kind":"none"},"class":"MastraClient","group":"vectors","method":"getVector","name":"MastraClient.getVector","params":["vectorName"],"path":"","query":[],"reply":{"class":"Vector","kind":"resource"},"verb":null}' },
  /** Dimension, metric and size of an index. `GET /vector/{vectorName}/indexes/{indexName}` */
  'Vector.details': { json: '{"bind":[],"body":{"kind":"none"},"class":"Vector","group":"vectors","method":"details","name":"Vector.details","params":["indexName","requestContext"],"path":"/vector/{vectorName}/indexes/{indexName}","query":[{"enc":"rc","key":"requestContext","src":"requestContext"}],"reply":{"kind":"json"},"verb":"GET"}' },
  /** Deletes an index. `DELETE /vector/{vectorName}/indexes/{indexName}` */
  'Vector.delete': { json: '{"bind":[],"body":{"kind":"none"},"class":"Vector","group":"vectors","method":"delete","name":"Vector.delete","params":["indexName"],"path":"/vector/{vectorName}/indexes/{indexName}","query":[],"reply":{"kind":"json"},"verb":"DELETE"}' },
  /** Names of the store's indexes. `GET /vector/{vectorName}/indexes` */
  'Vector.getIndexes': { json: '{"bind":[],"body":{"kind":"none"},"class":"Vector","group":"vectors","method":"getIndexes","name":"Vector.getIndexes","params":["requestContext"],"path":"/vector/{vectorName}/indexes","query":[{"enc":"rc","key":"requestContext","src":"requestContext"}],"reply":{"kind":"json"},"verb":"GET"}' },
  /** Creates an index. `POST /vector/{vectorName}/create-index` */
  'Vector.createIndex': { json: '{"bind":[],"body":{"kind":"whole","src":"params"},"class":"Vector","group":"vectors","method":"createIndex","name":"Vector.createIndex","params":["params"],"path":"/vector/{vectorName}/create-index","query":[],"reply":{"kind":"json"},"verb":"POST"}' },
  /** Inserts or updates vectors; resolves with their ids. `POST /vector/{vectorName}/upsert` */
  'Vector.upsert': { json: '{"bind":[],"body":{"kind":"whole","src":"params"},"class":"Vector","group":"vectors","method":"upsert","name":"Vector.upsert","params":["params"],"path":"/vector/{vectorName}/upsert","query":[],"reply":{"kind":"json"},"verb":"POST"}' },
  /** Finds the vectors nearest to a query vector. `POST /vector/{vectorName}/query` */
  'Vector.query': { json: '{"bind":[],"body":{"kind":"whole","src":"params"},"class":"Vector","group":"vectors","method":"query","name":"Vector.query","params":["params"],"path":"/vector/{vectorName}/query","query":[],"reply":{"kind":"json"},"verb":"POST"}' },
}
