//! Conversations: routes still to come (see the surface issues).

use super::*;

/// The conversations group.
pub const GROUP: Group = Group { name: "conversations", resources: &[], routes: &[] };
