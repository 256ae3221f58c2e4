//! Responses: routes still to come (see the surface issues).

use super::*;

/// The responses group.
pub const GROUP: Group = Group { name: "responses", resources: &[], routes: &[] };
