//! Vectors: the `Vector` resource and the client's vector methods.

use super::*;

/// The vectors group.
pub const GROUP: Group = Group {
    name: "vectors",
    resources: &[Resource { class: "Vector", fields: &["vectorName: string"], member: None, doc: "A vector store of the server." }],
    routes: &[
        route("MastraClient", "listVectors", &[], "VectorStoresList")
            .get("/vectors")
            .doc("Lists the server's vector stores."),
        route("MastraClient", "listEmbedders", &[], "EmbeddersList")
            .get("/embedders")
            .doc("Lists the embedding models the server offers."),
        route("MastraClient", "getVector", &["vectorName: string"], "Vector")
            .makes("Vector", &[bind("vectorName", "vectorName")])
            .doc("A vector store by name (no request is made)."),
        route("Vector", "details", &["indexName: string", "requestContext?: RequestContextInput"], "VectorIndexDetails")
            .get("/vector/{vectorName}/indexes/{indexName}")
            .query(RC)
            .doc("Dimension, metric and size of an index."),
        route("Vector", "delete", &["indexName: string"], "{ success: boolean }")
            .delete("/vector/{vectorName}/indexes/{indexName}")
            .doc("Deletes an index."),
        route("Vector", "getIndexes", &["requestContext?: RequestContextInput"], "string[]")
            .get("/vector/{vectorName}/indexes")
            .query(RC)
            .doc("Names of the store's indexes."),
        route("Vector", "createIndex", &["params: CreateIndexParams"], "{ success: boolean }")
            .post("/vector/{vectorName}/create-index")
            .whole("params")
            .doc("Creates an index."),
        route("Vector", "upsert", &["params: UpsertVectorParams"], "{ ids: string[] }")
            .post("/vector/{vectorName}/upsert")
            .whole("params")
            .doc("Inserts or updates vectors; resolves with their ids."),
        route("Vector", "query", &["params: QueryVectorParams"], "QueryVectorResult[]")
            .post("/vector/{vectorName}/query")
            .whole("params")
            .doc("Finds the vectors nearest to a query vector."),
    ],
    prepares: &[],
};
