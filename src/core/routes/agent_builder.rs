//! Agent builder: routes still to come (see the surface issues).

use super::*;

/// The agent builder group.
pub const GROUP: Group = Group { name: "agent_builder", resources: &[], routes: &[] };
