//! System: routes still to come (see the surface issues).

use super::*;

/// The system group.
pub const GROUP: Group = Group { name: "system", resources: &[], routes: &[] };
