//! Schedules: routes still to come (see the surface issues).

use super::*;

/// The schedules group.
pub const GROUP: Group = Group { name: "schedules", resources: &[], routes: &[] };
