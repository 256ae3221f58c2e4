//! Workspaces: routes still to come (see the surface issues).

use super::*;

/// The workspaces group.
pub const GROUP: Group = Group { name: "workspaces", resources: &[], routes: &[] };
