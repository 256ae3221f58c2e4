//! Agent controller: routes still to come (see the surface issues).

use super::*;

/// The agent controller group.
pub const GROUP: Group = Group { name: "agent_controller", resources: &[], routes: &[] };
