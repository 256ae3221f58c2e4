//! Datasets: routes still to come (see the surface issues).

use super::*;

/// The datasets group.
pub const GROUP: Group = Group { name: "datasets", resources: &[], routes: &[] };
