//! System: the client's methods about the server itself (installed packages, permissions)
//! and the Agent Builder's settings and skill registries.

use super::*;

/// The system group.
pub const GROUP: Group = Group {
    name: "system",
    resources: &[],
    routes: &[
        route("MastraClient", "getSystemPackages", &[], "GetSystemPackagesResponse")
            .get("/system/packages")
            .doc("The Mastra packages installed on the server, with their versions."),
        route("MastraClient", "getPermissionPatterns", &[], "PermissionPatternsResponse")
            .get("/auth/permission-patterns")
            .doc("The valid permission-pattern strings."),
        route("MastraClient", "getWorkflowBuilderSettings", &[], "WorkflowBuilderSettingsResponse")
            .get("/editor/workflow-builder/settings")
            .doc("The workflow builder's settings (feature flags for the UI)."),
        route("MastraClient", "getBuilderSettings", &[], "BuilderSettingsResponse")
            .get("/editor/builder/settings")
            .doc("The agent builder's settings (feature flags and configuration set by an admin)."),
        route("MastraClient", "getBuilderAvailableModels", &[], "BuilderAvailableModelsResponse")
            .get("/editor/builder/models/available")
            .doc("The providers and models the builder's model policy allows."),
        route("MastraClient", "getInfrastructureStatus", &[], "InfrastructureStatusResponse")
            .get("/editor/builder/infrastructure")
            .doc("The agent builder's infrastructure configuration and resolution status."),
        route("MastraClient", "listBuilderRegistries", &[], "ListBuilderRegistriesResponse")
            .get("/editor/builder/registries")
            .doc("The skill registries the builder knows, each with whether it is enabled."),
        route("MastraClient", "searchBuilderRegistry", &["registryId: string", "params: BuilderRegistrySearchParams"], "BuilderRegistrySearchResponse")
            .get("/editor/builder/registries/{registryId}/search")
            .prepare("systemRegistryParams")
            .query(&[q("q", "params.q", Enc::Raw), q("limit", "params.limit", Enc::Num)])
            .doc("Searches a skill registry."),
        route("MastraClient", "getBuilderRegistryPopular", &["registryId: string", "params?: BuilderRegistryPageParams"], "BuilderRegistryPopularResponse")
            .get("/editor/builder/registries/{registryId}/popular")
            .query(&[q("limit", "params.limit", Enc::Num), q("offset", "params.offset", Enc::Num)])
            .doc("The popular skills of a registry."),
        route("MastraClient", "getBuilderRegistryPreview", &["registryId: string", "params: BuilderRegistryPreviewParams"], "BuilderRegistryPreviewResponse")
            .get("/editor/builder/registries/{registryId}/preview")
            .prepare("systemRegistryParams")
            .query(&[q("owner", "params.owner", Enc::Raw), q("repo", "params.repo", Enc::Raw), q("path", "params.path", Enc::Raw)])
            .doc("The rendered preview of one registry skill."),
        route("MastraClient", "installBuilderRegistrySkill", &["registryId: string", "body: BuilderRegistryInstallBody"], "BuilderRegistryInstallResponse")
            .post("/editor/builder/registries/{registryId}/install")
            .whole("body")
            .doc("Installs a registry skill into the stored skills (409 when one with its id exists)."),
    ],
    prepares: &[],
};
