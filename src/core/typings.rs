//! Typings: the resource classes of `index.d.ts` are rendered from the route table, so a
//! method is declared once (in [`super::routes`]) and its TypeScript follows.
//!
//! `index.d.ts` holds the general types around a generated block between [`BEGIN`] and
//! [`END`]. The block holds, group by group, the group's own types (hand-written in
//! `typings/<group>.d.ts`) and its classes. `docs/API.md` (every method, its request and
//! result) is rendered whole. Both are among the generated files of [`super::generate`].

use std::fmt::Write as _;

use super::routes::{resources, routes, Group, Reply, Resource, Route, EVERY_CLASS, GROUPS};

/// First line of the generated block.
pub const BEGIN: &str = "// <routes> Generated from src/core/routes/ and typings/ by `npm run generate`: edit those, not this block.";
/// Last line of the generated block.
pub const END: &str = "// </routes>";

/// The API reference (`docs/API.md`), whole.
pub fn render_api() -> String {
    let mut out = String::from(
        "# API\n\nGenerated from `src/core/routes/` by `npm run generate`: every method of the surface, the request it \
         sends (after the API prefix, `/api` by default) and what it resolves with.\n",
    );
    for group in GROUPS {
        let mut rows = String::new();
        for route in group.routes {
            let request = match (route.verb, route.when) {
                (Some(verb), None) => format!("`{verb:?} {}`", route.path),
                (Some(verb), Some(when)) => format!("`{verb:?} {}` when `{when}` is set", route.path),
                (None, _) => match route.reply {
                    Reply::Delegate { to } => format!("as `{to}`"),
                    _ => "no request".to_string(),
                },
            };
            let class = if route.class == EVERY_CLASS { "every class" } else { route.class };
            let _ = writeln!(
                rows,
                "| {class} | `{}({})` | {request} | `{}` |",
                route.method,
                route.param_names().collect::<Vec<_>>().join(", "),
                returns(route).replace('|', "\\|")
            );
        }
        if !rows.is_empty() {
            let _ = write!(out, "\n## {}\n\n| class | method | request | returns |\n|---|---|---|---|\n{rows}", group.name);
        }
    }
    out
}

/// The generated block, markers included; `types` gives a group's hand-written types.
pub fn render(types: impl Fn(&Group) -> Option<String>) -> String {
    let mut out = String::new();
    out.push_str(BEGIN);
    out.push('\n');
    for group in GROUPS {
        if let Some(text) = types(group) {
            let _ = writeln!(out, "// ---- {}: types", group.name);
            out.push_str(text.trim_end());
            out.push('\n');
        }
        for resource in group.resources {
            if !resource.class.is_empty() {
                render_class(&mut out, resource);
            }
        }
    }
    out.push_str(END);
    out
}

fn render_class(out: &mut String, resource: &Resource) {
    let _ = writeln!(out, "/** {} */", resource.doc);
    let _ = writeln!(out, "export declare class {} {{", resource.class);
    if resource.class == "MastraClient" {
        out.push_str("  constructor(options: ClientOptions);\n");
    } else {
        out.push_str("  private constructor();\n");
    }
    for field in resource.fields {
        let _ = writeln!(out, "  readonly {field};");
    }
    for member in resources().iter().filter(|r| r.member.is_some_and(|m| m.of == resource.class)) {
        let field = member.member.map_or("", |m| m.field);
        let _ = writeln!(out, "  /** {} */\n  readonly {field}: {};", member.doc, member.class);
    }
    let own = routes().iter().filter(|r| (r.class == resource.class || r.class == EVERY_CLASS) && r.when.is_none());
    for route in own {
        let _ = writeln!(out, "  /** {}{} */", route.doc, wire(route));
        let _ = writeln!(out, "  {}({}): {};", route.method, route.params.join(", "), returns(route));
    }
    out.push_str("}\n");
}

fn wire(route: &Route) -> String {
    match (route.verb, route.custom) {
        (Some(verb), None) => format!(" `{verb:?} {}`", route.path),
        _ => String::new(),
    }
}

fn returns(route: &Route) -> String {
    if route.verb.is_none() && route.custom.is_some() {
        // A client-side method: its type as declared.
        return route.returns.to_string();
    }
    match route.reply {
        Reply::Resource { class } => class.to_string(),
        Reply::ResourceFromReply { class } => format!("Promise<{class}>"),
        Reply::Json | Reply::Sse | Reply::SseAsReceived | Reply::Records | Reply::Events | Reply::Response | Reply::Delegate { .. } => {
            // An async generator method returns its generator at once, not a promise.
            if route.returns.starts_with("Promise<") || route.returns.starts_with("AsyncGenerator<") || route.returns.contains("=>") {
                route.returns.to_string()
            } else {
                format!("Promise<{}>", route.returns)
            }
        }
    }
}

/// Replaces the block of `text` between `begin` and `end` (markers included) with `block`;
/// `None` when the markers are missing.
pub fn splice(text: &str, begin: &str, end: &str, block: &str) -> Option<String> {
    let start = text.find(begin)?;
    let end = text[start..].find(end)? + start + end.len();
    Some(format!("{}{}{}", &text[..start], block, &text[end..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_appears_once() {
        let block = render(|_| None);
        for route in routes() {
            let sig = format!("  {}(", route.method);
            assert!(block.contains(&sig), "{} missing", route.method);
        }
        assert!(block.contains("getAgent(agentId: string, version?: AgentVersionIdentifier, routeOverrides?: AgentRouteOverrides): Agent;"));
        assert!(block.contains("createRun(params?: CreateRunParams): Promise<Run>;"));
    }
}
