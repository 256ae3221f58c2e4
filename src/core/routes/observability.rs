//! Observability: routes still to come (see the surface issues).

use super::*;

/// The observability group.
pub const GROUP: Group = Group { name: "observability", resources: &[], routes: &[] };
