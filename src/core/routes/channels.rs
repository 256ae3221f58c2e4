//! Channels: `client.channels`, the messaging platforms (e.g. Slack) agents connect to.

use super::*;

/// The channels group.
pub const GROUP: Group = Group {
    name: "channels",
    resources: &[Resource {
        class: "Channels",
        fields: &[],
        member: Some(Member { of: "MastraClient", field: "channels" }),
        doc: "The server's channel platforms (`client.channels`).",
    }],
    routes: &[
        route("Channels", "listPlatforms", &[], "ChannelPlatformInfo[]")
            .get("/channels/platforms")
            .doc("The registered channel platforms and whether each is configured."),
        route("Channels", "listInstallations", &["platform: string", "agentId?: string"], "ChannelInstallationInfo[]")
            .get("/channels/{platform}/installations")
            .finish("channelsForAgent")
            .doc("A platform's installations; with `agentId`, only that agent's."),
        route("Channels", "connect", &["platform: string", "agentId: string", "options?: Record<string, unknown>"], "ChannelConnectResult")
            .post("/channels/{platform}/connect")
            .pick(&[f("agentId", "agentId"), f("options", "options")])
            .doc("Connects an agent to a platform; the result's `type` says which authorization flow follows."),
        route("Channels", "disconnect", &["platform: string", "agentId: string"], "{ success: boolean }")
            .post("/channels/{platform}/{agentId}/disconnect")
            .doc("Disconnects an agent from a platform."),
    ],
    prepares: &[],
};
