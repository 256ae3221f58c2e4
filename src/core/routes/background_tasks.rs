//! Background tasks: routes still to come (see the surface issues).

use super::*;

/// The background tasks group.
pub const GROUP: Group = Group { name: "background_tasks", resources: &[], routes: &[] };
