//! Stored: routes still to come (see the surface issues).

use super::*;

/// The stored group.
pub const GROUP: Group = Group { name: "stored", resources: &[], routes: &[] };
