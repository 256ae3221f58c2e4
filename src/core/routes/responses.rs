//! Responses: `client.responses`, the server's OpenAI-style Responses API.

use super::*;

/// The responses group.
pub const GROUP: Group = Group {
    name: "responses",
    resources: &[Resource {
        class: "Responses",
        fields: &[],
        member: Some(Member { of: "MastraClient", field: "responses" }),
        doc: "The server's Responses API (`client.responses`).",
    }],
    routes: &[
        route("Responses", "create", &["params: CreateResponseParams & { stream?: false | undefined }"], "ResponsesResponse")
            .post("/v1/responses")
            .prepare("responsesParams")
            .query(&[q("requestContext", "requestContext", Enc::Rc)])
            .whole("body")
            .finish("responsesOutputText")
            .doc("Creates a response, with `output_text` (with `stream: true`: a ResponsesStream of its events)."),
        route("Responses", "create", &["params: CreateResponseParams & { stream: true }"], "ResponsesStream")
            .post("/v1/responses")
            .prepare("responsesParams")
            .query(&[q("requestContext", "requestContext", Enc::Rc)])
            .whole("body")
            .response()
            .finish("responsesStreamOf")
            .when("params.stream")
            .doc("Creates a response and streams its events (when `stream` is set)."),
        route("Responses", "stream", &["params: Omit<CreateResponseParams, 'stream'>"], "ResponsesStream")
            .post("/v1/responses")
            .custom("responsesStream")
            .doc("Creates a response and resolves with a ResponsesStream of its events."),
        route("Responses", "retrieve", &["responseId: string", "requestContext?: RequestContextInput"], "ResponsesResponse")
            .get("/v1/responses/{responseId}")
            .query(RC)
            .finish("responsesOutputText")
            .doc("A stored response by id, with `output_text`."),
        route("Responses", "delete", &["responseId: string", "requestContext?: RequestContextInput"], "ResponsesDeleteResponse")
            .delete("/v1/responses/{responseId}")
            .query(RC)
            .doc("Deletes a stored response."),
    ],
    prepares: &[
        adds("responsesParams", &["requestContext", "body"]),
    ],
};
