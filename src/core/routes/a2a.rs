//! A2a: routes still to come (see the surface issues).

use super::*;

/// The a2a group.
pub const GROUP: Group = Group { name: "a2a", resources: &[], routes: &[] };
