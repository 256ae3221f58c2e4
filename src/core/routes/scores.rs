//! Scores: routes still to come (see the surface issues).

use super::*;

/// The scores group.
pub const GROUP: Group = Group { name: "scores", resources: &[], routes: &[] };
