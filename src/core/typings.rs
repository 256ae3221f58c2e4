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
                "| {class} | `{}{}({})` | {request} | `{}` |",
                route.method,
                type_params(route),
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
    // The names the declarations use (doc comments left out: a word there is no reference).
    let code = classes.lines().filter(|l| !l.trim_start().starts_with("/**"));
    let words: std::collections::HashSet<&str> = code
        .flat_map(|l| l.split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '$')))
        .filter(|w| !w.is_empty())
        .collect();
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
    // client-js's `BaseResource.options`: the options the client was made with (the same
    // object), shared by every object the client makes.
    out.push_str("  /** The options the client was made with (the same object; changing it afterwards changes nothing). */\n");
    out.push_str("  readonly options: ClientOptions;\n");
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
            let _ = writeln!(out, "  {}{}({}): {};", variant.method, type_params(variant), variant.params.join(", "), returns(variant));
        }
        let _ = writeln!(out, "  /** {}{} */", route.doc, wire(route));
        let _ = writeln!(out, "  {}{}({}): {};", route.method, type_params(route), route.params.join(", "), returns(route));
    }
    out.push_str("}\n");
}

fn wire(route: &Route) -> String {
    match (route.verb, route.custom) {
        (Some(verb), None) => format!(" `{verb:?} {}`", route.path),
        _ => String::new(),
    }
}

/// A method's type parameters and its result type, from its `returns`: a generic method writes
/// its type parameters first, `<T = any>Promise<T>` (`request<T = any>(...): Promise<T>`).
fn split_generics(returns: &'static str) -> (&'static str, &'static str) {
    if !returns.starts_with('<') {
        return ("", returns);
    }
    let mut depth = 0usize;
    for (i, ch) in returns.char_indices() {
        match ch {
            '<' => depth += 1,
            '>' if returns[..i].ends_with('=') => {} // an arrow `=>` inside a default
            '>' => {
                depth -= 1;
                if depth == 0 {
                    return (&returns[..=i], returns[i + 1..].trim_start());
                }
            }
            _ => {}
        }
    }
    panic!("unbalanced type parameters in `{returns}`")
}

/// The method's type parameters (`<T = any>`), or nothing.
fn type_params(route: &Route) -> &'static str {
    split_generics(route.returns).0
}

fn returns(route: &Route) -> String {
    let declared = split_generics(route.returns).1;
    if route.verb.is_none() && route.custom.is_some() {
        // A client-side method: its type as declared.
        return declared.to_string();
    }
    match route.reply {
        Reply::Resource { class } => class.to_string(),
        Reply::ResourceFromReply { class } => format!("Promise<{class}>"),
        Reply::Json | Reply::Sse | Reply::SseAsReceived | Reply::Records | Reply::Events | Reply::Response | Reply::Delegate { .. } => {
            // An async generator method returns its generator at once, not a promise.
            if declared.starts_with("Promise<") || declared.starts_with("AsyncGenerator<") || declared.contains("=>") {
                declared.to_string()
            } else {
                format!("Promise<{declared}>")
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
            let sig = format!("  {}{}(", route.method, type_params(route));
            assert!(block.contains(&sig), "{} missing", route.method);
        }
        assert!(block.contains("getAgent(agentId: string, version?: AgentVersionIdentifier, routeOverrides?: AgentRouteOverrides): Agent;"));
        assert!(block.contains("createRun(params?: CreateRunParams): Promise<Run>;"));
        // client-js's BaseResource members, on every class.
        assert!(block.contains("  request<T = any>(path: string, options?: RequestOptions): Promise<T>;"));
        let classes = block.matches("export declare class ").count();
        assert_eq!(block.matches("  readonly options: ClientOptions;\n").count(), classes);
        assert_eq!(block.matches("  request<T = any>(").count(), classes);
    }

    #[test]
    fn generic_methods_write_their_type_parameters_first() {
        assert_eq!(split_generics("<T = any>Promise<T>"), ("<T = any>", "Promise<T>"));
        assert_eq!(split_generics("<T extends Record<string, unknown> = {}> Promise<T>"), ("<T extends Record<string, unknown> = {}>", "Promise<T>"));
        assert_eq!(split_generics("<F = () => void>F"), ("<F = () => void>", "F"));
        assert_eq!(split_generics("Promise<string>"), ("", "Promise<string>"));
    }
}
