//! Channels: routes still to come (see the surface issues).

use super::*;

/// The channels group.
pub const GROUP: Group = Group { name: "channels", resources: &[], routes: &[] };
