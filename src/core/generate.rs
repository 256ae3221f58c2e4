//! The generated files: everything rendered from the route table, in one list. `npm run
//! generate` writes them ([`write`]); `cargo test` fails while one is stale.
//!
//! - `lib/generated/resources.js`: the resource classes (group, fields, member), read at load;
//! - `lib/generated/routes/<group>.js`: each route's declaration as JSON text by name
//!   (`Class.method`), parsed at its method's first call so that loading does not grow with
//!   the surface;
//! - `lib/generated/classes/<group>.js`: the classes, one stub method per route that hands
//!   its arguments to the facade's `run` with the route's name;
//! - `lib/generated/{routes/index,classes/index,hooks}.js`: the route, class and hand-written
//!   hook files (`lib/groups/<group>.js`) by group, each loaded at first use through a static
//!   `require` that editors and bundlers follow. A route's entry names its hooks statically
//!   (`prepare: () => hooks.agents.prepare.agentCall`), so go-to-definition goes from a
//!   method's stub to its route, and from there to its hand-written steps;
//! - the generated block of `index.d.ts` and `docs/API.md` ([`super::typings`]).

use std::fmt::Write as _;
use std::path::Path;

use serde_json::{json, Value};

use super::routes::{name_of, routes, Group, Resource, Route, EVERY_CLASS, GROUPS};
use super::typings;

/// First lines of every generated JavaScript file.
const JS_HEADER: &str = "'use strict'\n// Generated from src/core/routes/ by `npm run generate`: edit the route table (or the hook\n// file named below), not this file.\n";

/// Where the generated JavaScript lives.
pub const JS_DIR: &str = "lib/generated";

/// Every generated file as `(path from the repository root, text)`. `root` is read for the
/// hand-written inputs: `typings/<group>.d.ts`, `index.d.ts` around its block, and which
/// groups have a hook file.
pub fn files(root: &Path) -> std::io::Result<Vec<(String, String)>> {
    let has_hooks = |group: &str| root.join(format!("lib/groups/{group}.js")).is_file();
    let mut out = vec![
        (format!("{JS_DIR}/resources.js"), render_resources_js()),
        (format!("{JS_DIR}/routes/index.js"), render_routes_index_js()),
        (format!("{JS_DIR}/classes/index.js"), render_classes_index_js()),
        (format!("{JS_DIR}/hooks.js"), render_hooks_index_js(&has_hooks)),
        (format!("{JS_DIR}/classes/resource.js"), render_resource_js()),
    ];
    for group in GROUPS {
        if !group.resources.is_empty() {
            out.push((format!("{JS_DIR}/classes/{}.js", group.name), render_group_classes_js(group)));
        }
        if !group.routes.is_empty() {
            out.push((format!("{JS_DIR}/routes/{}.js", group.name), render_routes_js(group, has_hooks(group.name))));
        }
    }
    let index = std::fs::read_to_string(root.join("index.d.ts"))?;
    let group_types = |group: &Group| {
        let text = std::fs::read_to_string(root.join(format!("typings/{}.d.ts", group.name))).ok()?;
        Some(text.lines().skip_while(|l| l.starts_with("//")).collect::<Vec<_>>().join("\n"))
    };
    let block = typings::render(group_types);
    let index = typings::splice(&index, typings::BEGIN, typings::END, &block)
        .ok_or_else(|| std::io::Error::other("index.d.ts has lost its generated-block markers"))?;
    out.push(("index.d.ts".to_string(), index));
    out.push(("docs/API.md".to_string(), typings::render_api()));
    Ok(out)
}

/// Writes every generated file under `root` that differs, and removes files under
/// `lib/generated/classes/` that are no longer generated; returns the paths it changed.
pub fn write(root: &Path) -> std::io::Result<Vec<String>> {
    let files = files(root)?;
    let mut changed = Vec::new();
    for (path, text) in &files {
        let full = root.join(path);
        if std::fs::read_to_string(&full).ok().as_deref() != Some(text.as_str()) {
            if let Some(dir) = full.parent() {
                std::fs::create_dir_all(dir)?;
            }
            std::fs::write(&full, text)?;
            changed.push(path.clone());
        }
    }
    for stale in stale_files(root, &files)? {
        std::fs::remove_file(root.join(&stale))?;
        changed.push(stale);
    }
    Ok(changed)
}

/// Files under `lib/generated/` that the route table no longer generates.
pub fn stale_files(root: &Path, files: &[(String, String)]) -> std::io::Result<Vec<String>> {
    let mut stale = Vec::new();
    for dir in [JS_DIR.to_string(), format!("{JS_DIR}/classes"), format!("{JS_DIR}/routes")] {
        let Ok(entries) = std::fs::read_dir(root.join(&dir)) else { continue };
        for entry in entries {
            let entry = entry?;
            if entry.file_type()?.is_dir() {
                continue;
            }
            let path = format!("{dir}/{}", entry.file_name().to_string_lossy());
            if !files.iter().any(|(p, _)| *p == path) {
                stale.push(path);
            }
        }
    }
    Ok(stale)
}

/// A string as a single-quoted JavaScript literal.
fn js_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('\'');
    for ch in text.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            '\'' => out.push_str("\\'"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            _ => out.push(ch),
        }
    }
    out.push('\'');
    out
}

fn names(decls: &'static [&'static str]) -> Vec<&'static str> {
    decls.iter().map(|d| name_of(d)).collect()
}

/// A route's declaration for the facade: its name and group, parameter names (not types),
/// and what its prepare hook adds to a call's namespace (`prepares`).
fn route_value(route: &Route, group: &Group) -> Value {
    let mut value = serde_json::to_value(route).expect("a route serializes");
    value["name"] = Value::from(route.name());
    value["group"] = Value::from(group.name);
    value["params"] = json!(names(route.params));
    if let Some(prepares) = route.prepare.and_then(|hook| group.prepares.iter().find(|p| p.hook == hook)) {
        value["prepares"] = json!(prepares.adds);
    }
    value
}

/// `lib/generated/resources.js`: the resource classes, all the facade reads at load.
pub fn render_resources_js() -> String {
    let mut out = String::from(JS_HEADER);
    out.push_str("// The resource classes of the route table: group, field names and, for a member object,\n// its owner and property. The facade (lib/surface.js) reads them at load.\n\n");
    out.push_str("module.exports = {\n");
    for group in GROUPS {
        for resource in group.resources {
            let _ = writeln!(out, "  {}: {},", resource.class, resource_value(resource, group.name));
        }
    }
    out.push_str("}\n");
    out
}

/// `lib/generated/routes/<group>.js`: the group's routes by name (`Class.method`), each
/// declaration as JSON text with its variants (routes with `when`) inline.
pub fn render_routes_js(group: &Group, has_hooks: bool) -> String {
    let mut out = String::from(JS_HEADER);
    let _ = writeln!(
        out,
        "// The routes of the {} group, declared in {}. Each declaration is JSON\n\
         // text, parsed when its method is first called (lib/surface.js, which keeps the compiled\n\
         // method on the entry).\n",
        group.name,
        source_file(group)
    );
    if has_hooks {
        out.push_str("const hooks = require('../hooks')\n\n");
    }
    out.push_str("module.exports = {\n");
    for route in group.routes.iter().filter(|r| r.when.is_none()) {
        let mut value = route_value(route, group);
        let variants: Vec<Value> = group
            .routes
            .iter()
            .filter(|r| r.when.is_some() && r.class == route.class && r.method == route.method)
            .map(|r| route_value(r, group))
            .collect();
        let variant_refs: Vec<String> = group
            .routes
            .iter()
            .filter(|r| r.when.is_some() && r.class == route.class && r.method == route.method)
            .map(|r| format!("{{ {} }}", hook_refs(r, group.name).join(", ")))
            .collect();
        if !variants.is_empty() {
            value["variants"] = Value::from(variants);
        }
        let mut fields = vec![format!("json: {}", js_string(&value.to_string()))];
        fields.extend(hook_refs(route, group.name));
        if variant_refs.iter().any(|v| v != "{  }") {
            fields.push(format!("variants: [{}]", variant_refs.join(", ")));
        }
        let wire = match route.verb {
            Some(verb) => format!(" `{verb:?} {}`", route.path),
            None => String::new(),
        };
        let _ = writeln!(out, "  /** {}{wire} */", route.doc);
        let _ = writeln!(out, "  {}: {{ {} }},", js_string(&route.name()), fields.join(", "));
    }
    out.push_str("}\n");
    out
}

/// A route's hooks as properties naming each function statically (`prepare: () =>
/// hooks.agents.prepare.agentCall`), so go-to-definition reaches it from the route's entry.
fn hook_refs(route: &Route, group: &str) -> Vec<String> {
    [("prepare", route.prepare), ("finish", route.finish), ("custom", route.custom)]
        .into_iter()
        .filter_map(|(kind, name)| name.map(|name| format!("{kind}: () => hooks.{group}.{kind}.{name}")))
        .collect()
}

/// The file that declares `group`'s routes.
fn source_file(group: &Group) -> String {
    format!("src/core/routes/{}.rs", if group.name == "client" { "mod" } else { group.name })
}

/// An object of lazily required files: `name` → `require(path)` at its first read (a static
/// `require`, which editors and bundlers follow), then kept as a plain property.
fn lazy_index(what: &str, entries: impl Iterator<Item = (String, String, String)>) -> String {
    let mut out = String::from(JS_HEADER);
    let _ = writeln!(out, "// {what}, each loaded when first read.\n\nmodule.exports = {{");
    for (name, path, doc) in entries {
        let _ = writeln!(
            out,
            "  /** {doc} */\n  get {name}() {{\n    const value = require('{path}')\n    Object.defineProperty(this, '{name}', {{ value }})\n    return value\n  }},"
        );
    }
    out.push_str("}\n");
    out
}

/// `lib/generated/routes/index.js`: each group's route file.
pub fn render_routes_index_js() -> String {
    let groups = GROUPS.iter().filter(|g| !g.routes.is_empty());
    lazy_index(
        "The route files by group",
        groups.map(|g| (g.name.to_string(), format!("./{}", g.name), format!("The routes of the {} group ({}).", g.name, source_file(g)))),
    )
}

/// `lib/generated/classes/index.js`: each group's class file.
pub fn render_classes_index_js() -> String {
    let groups = GROUPS.iter().filter(|g| !g.resources.is_empty());
    lazy_index(
        "The class files by group (each a function of the facade's `Resource`, `Base` and `run`)",
        groups.map(|g| (g.name.to_string(), format!("./{}", g.name), format!("The classes of the {} group.", g.name))),
    )
}

/// `lib/generated/hooks.js`: each group's hand-written hook file.
pub fn render_hooks_index_js(has_hooks: impl Fn(&str) -> bool) -> String {
    let groups = GROUPS.iter().filter(|g| has_hooks(g.name));
    lazy_index(
        "The hand-written hook files by group (lib/groups/<group>.js: prepare, finish, custom)",
        groups.map(|g| (g.name.to_string(), format!("../groups/{}", g.name), format!("The hooks of the {} group.", g.name))),
    )
}

fn resource_value(resource: &Resource, group: &str) -> String {
    let quoted = |names: Vec<&str>| names.iter().map(|n| format!("'{n}'")).collect::<Vec<_>>().join(", ");
    let member = resource.member.map_or(String::new(), |m| format!(", member: {{ of: '{}', field: '{}' }}", m.of, m.field));
    format!("{{ group: '{group}', fields: [{}]{member} }}", quoted(names(resource.fields)))
}

/// `method(a, b) { return run(this, routes.<group>['Class.method'], arguments) }`: the entry
/// is named statically, so go-to-definition reaches the route's declaration.
fn js_method(route: &Route) -> String {
    let group = GROUPS.iter().find(|g| g.routes.iter().any(|r| r.class == route.class && r.method == route.method)).map_or("", |g| g.name);
    format!("{}({}) {{ return run(this, routes.{group}[{}], arguments) }}", route.method, names(route.params).join(", "), js_string(&route.name()))
}

const CLASSES_NOTE: &str = "// One method per route: a method hands its arguments to `run` with its route's entry (in\n// ../routes/<group>.js: the declaration); the facade (lib/surface.js) compiles the route at\n// the method's first call.\n\nconst routes = require('../routes')\n\n";

/// `lib/generated/classes/resource.js`: the base class with the methods every class has.
pub fn render_resource_js() -> String {
    let mut out = format!("{JS_HEADER}{CLASSES_NOTE}");
    out.push_str("/** The base of every class, on the facade's `Base` (core, fields, members) and dispatcher `run`. */\n");
    out.push_str("module.exports = (Base, run) =>\n  class Resource extends Base {\n");
    for route in routes().iter().filter(|r| r.class == EVERY_CLASS && r.when.is_none()) {
        let _ = writeln!(out, "    {}", js_method(route));
    }
    out.push_str("  }\n");
    out
}

/// `lib/generated/classes/<group>.js`: the group's classes, one method per route.
pub fn render_group_classes_js(group: &Group) -> String {
    let mut out = format!("{JS_HEADER}{CLASSES_NOTE}");
    let _ = writeln!(out, "/** The classes of the {} group, on `Resource` (./resource.js). */", group.name);
    out.push_str("module.exports = (Resource, Base, run) => ({\n");
    for resource in group.resources {
        let _ = writeln!(out, "  {}: class {} extends Resource {{", resource.class, resource.class);
        if resource.class == "MastraClient" {
            out.push_str("    constructor(options) {\n      super(Base.client(options))\n    }\n");
        }
        for route in routes().iter().filter(|r| r.class == resource.class && r.when.is_none()) {
            let _ = writeln!(out, "    {}", js_method(route));
        }
        out.push_str("  },\n");
    }
    out.push_str("})\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::routes::resources;

    fn root() -> &'static Path {
        Path::new(env!("CARGO_MANIFEST_DIR"))
    }

    #[test]
    fn generated_files_are_fresh() {
        let files = files(root()).unwrap();
        for (path, fresh) in &files {
            let text = std::fs::read_to_string(root().join(path)).unwrap_or_default();
            assert!(*fresh == text, "{path} is stale: run `npm run generate`");
        }
        let stale = stale_files(root(), &files).unwrap();
        assert!(stale.is_empty(), "{stale:?} are no longer generated: run `npm run generate`");
    }

    #[test]
    fn every_route_has_a_unique_name_and_its_method_a_stub() {
        let mut seen = std::collections::HashSet::new();
        for route in routes().iter().filter(|r| r.when.is_none()) {
            assert!(seen.insert(route.name()), "{} named twice", route.name());
        }
        let group = |name: &str| GROUPS.iter().find(|g| g.name == name).unwrap();
        let agents = render_routes_js(group("agents"), true);
        assert!(agents.contains("  'Agent.generate': { json: '{"));
        assert!(agents.contains("prepare: () => hooks.agents.prepare.agentCall, finish: () => hooks.agents.finish.clientTools },"));
        assert!(render_routes_js(group("client"), true).contains("  'Resource.request': { json: '{"));
        let agents = render_group_classes_js(GROUPS.iter().find(|g| g.name == "agents").unwrap());
        assert!(agents.contains("generate(messages, options) { return run(this, routes.agents['Agent.generate'], arguments) }"));
    }

    #[test]
    fn every_group_types_file_names_a_group() {
        for entry in std::fs::read_dir(root().join("typings")).unwrap() {
            let name = entry.unwrap().file_name().into_string().unwrap();
            let group = name.trim_end_matches(".d.ts");
            assert!(GROUPS.iter().any(|g| g.name == group), "typings/{name} names no group");
        }
    }

    #[test]
    fn js_strings_are_escaped() {
        assert_eq!(js_string("a'b\\c\nd"), "'a\\'b\\\\c\\nd'");
    }

    #[test]
    fn resources_render_as_object_literals() {
        let agent_voice = resources().iter().find(|r| r.class == "AgentVoice").unwrap();
        assert_eq!(
            resource_value(agent_voice, "agents"),
            "{ group: 'agents', fields: ['agentId', 'version'], member: { of: 'Agent', field: 'voice' } }"
        );
    }
}
