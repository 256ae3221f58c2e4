//! Typings: the resource classes (`typings/generated/classes.d.ts`) are rendered from the
//! route table, so a method is declared once (in [`super::routes`]) and its TypeScript follows.
//!
//! The types the classes name are hand-written in `typings/common.d.ts` and
//! `typings/<group>.d.ts`; the generated file imports those it uses. `index.d.ts` is the
//! hand-written entry that re-exports them all. `docs/API.md` (every method, its request and
//! result) is rendered whole. Both are among the generated files of [`super::generate`].

use std::fmt::Write as _;

use super::routes::{resources, routes, Reply, Resource, Route, EVERY_CLASS, GROUPS};

/// Where the generated class declarations live.
pub const CLASSES_DTS: &str = "typings/generated/classes.d.ts";

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

/// The names a hand-written typings file exports (`export interface|type|declare class|...`).
pub fn exported_names(text: &str) -> Vec<String> {
    text.lines()
        .filter_map(|line| {
            let rest = line.strip_prefix("export ")?;
            let rest = rest.strip_prefix("declare ").unwrap_or(rest);
            let rest = ["interface ", "type ", "class ", "function ", "const ", "enum "].iter().find_map(|k| rest.strip_prefix(k))?;
            let name: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '$').collect();
            (!name.is_empty()).then_some(name)
        })
        .collect()
}

/// `typings/generated/classes.d.ts`, whole. `modules` are the hand-written typings files as
/// `(module name relative to typings/, its text)`; the file imports from each the names its
/// classes use.
pub fn render_classes(modules: &[(String, String)]) -> String {
    let mut classes = String::new();
    for group in GROUPS {
        for resource in group.resources {
            if !resource.class.is_empty() {
                render_class(&mut classes, resource);
            }
        }
    }
    let words: std::collections::HashSet<&str> =
        classes.split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '$')).filter(|w| !w.is_empty()).collect();
    let mut out = String::from(
        "// Generated from src/core/routes/ by `npm run generate`: edit the route table (or the types it\n\
         // names, in typings/common.d.ts and typings/<group>.d.ts), not this file.\n\
         // The resource classes: one method per route, typed as its declaration says.\n",
    );
    for (module, text) in modules {
        // A name the classes use, and not a class of their own (no merging across files).
        let used = exported_names(text).into_iter().filter(|n| words.contains(n.as_str()));
        let mut used: Vec<String> = used.filter(|n| !resources().iter().any(|r| r.class == n.as_str())).collect();
        used.sort();
        used.dedup();
        if !used.is_empty() {
            let _ = writeln!(out, "import type {{ {} }} from '../{module}'", used.join(", "));
        }
    }
    out.push('\n');
    out.push_str(&classes);
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
        // A variant taken when an argument says so (`create({ stream: true })`) is an overload,
        // declared first, when its parameters are typed apart from the main route's.
        let variants = routes().iter().filter(|v| v.class == route.class && v.method == route.method && v.when.is_some());
        for variant in variants.filter(|v| v.params != route.params) {
            let _ = writeln!(out, "  /** {} */", variant.doc);
            let _ = writeln!(out, "  {}({}): {};", variant.method, variant.params.join(", "), returns(variant));
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_appears_once() {
        let block = render_classes(&[]);
        for route in routes() {
            let sig = format!("  {}(", route.method);
            assert!(block.contains(&sig), "{} missing", route.method);
        }
        assert!(block.contains("getAgent(agentId: string, version?: AgentVersionIdentifier, routeOverrides?: AgentRouteOverrides): Agent;"));
        assert!(block.contains("createRun(params?: CreateRunParams): Promise<Run>;"));
    }
}
