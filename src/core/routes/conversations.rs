//! Conversations: `client.conversations` (OpenAI-style conversations of the server's
//! Responses API) and its `items` member.

use super::*;

/// The conversations group.
pub const GROUP: Group = Group {
    name: "conversations",
    resources: &[
        Resource {
            class: "Conversations",
            fields: &[],
            member: Some(Member { of: "MastraClient", field: "conversations" }),
            doc: "The server's conversations (`client.conversations`).",
        },
        Resource {
            class: "ConversationItems",
            fields: &[],
            member: Some(Member { of: "Conversations", field: "items" }),
            doc: "The items of conversations (`client.conversations.items`).",
        },
    ],
    routes: &[
        route("Conversations", "create", &["params: CreateConversationParams"], "Conversation")
            .post("/v1/conversations")
            .prepare("conversationCreate")
            .query(&[q("requestContext", "requestContext", Enc::Rc)])
            .whole("body")
            .doc("Creates a conversation."),
        route("Conversations", "retrieve", &["conversationId: string", "requestContext?: RequestContextInput"], "Conversation")
            .get("/v1/conversations/{conversationId}")
            .query(RC)
            .doc("A conversation by id."),
        route("Conversations", "delete", &["conversationId: string", "requestContext?: RequestContextInput"], "ConversationDeleted")
            .delete("/v1/conversations/{conversationId}")
            .query(RC)
            .doc("Deletes a conversation."),
        route("ConversationItems", "list", &["conversationId: string", "requestContext?: RequestContextInput"], "ConversationItemsPage")
            .get("/v1/conversations/{conversationId}/items")
            .query(RC)
            .doc("The items of a conversation, in order."),
    ],
    prepares: &[
        adds("conversationCreate", &["requestContext", "body"]),
    ],
};
