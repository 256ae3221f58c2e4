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
//!   hook files (a class's own `lib/resources/<class>.js`, or its group's
//!   `lib/groups/<group>.js`), each loaded at first use through a static
//!   `require` that editors and bundlers follow. A route's entry names its hooks statically
//!   (`prepare: () => hooks.agents.prepare.agentCall`), so go-to-definition goes from a
//!   method's stub to its route, and from there to its hand-written steps;
//! - `typings/generated/classes.d.ts` (the resource classes, importing the hand-written
//!   types they name) and `docs/API.md` ([`super::typings`]).

use std::fmt::Write as _;
use std::path::Path;

use serde_json::{json, Value};

use super::routes::{name_of, resources, routes, Group, Resource, Route, EVERY_CLASS, GROUPS};
use super::typings;

/// First lines of every generated JavaScript file.
const JS_HEADER: &str = "'use strict'\n// Generated from src/core/routes/ by `npm run generate`: edit the route table (or the hook\n// file named below), not this file.\n";

/// Where the generated JavaScript lives.
pub const JS_DIR: &str = "lib/generated";

/// Every generated file as `(path from the repository root, text)`. `root` is read for the
/// hand-written inputs: the `typings/*.d.ts` modules and which groups have a hook file.
pub fn files(root: &Path) -> std::io::Result<Vec<(String, String)>> {
    let hooks = HookFiles::read(root);
    let mut out = vec![
        (format!("{JS_DIR}/resources.js"), render_resources_js()),
        (format!("{JS_DIR}/routes/index.js"), render_routes_index_js()),
        (format!("{JS_DIR}/classes/index.js"), render_classes_index_js()),
        (format!("{JS_DIR}/hooks.js"), render_hooks_index_js(&hooks)),
        (format!("{JS_DIR}/classes/resource.js"), render_resource_js()),
    ];
    for group in GROUPS {
        if !group.resources.is_empty() {
            out.push((format!("{JS_DIR}/classes/{}.js", group.name), render_group_classes_js(group)));
        }
        if !group.routes.is_empty() {
            out.push((format!("{JS_DIR}/routes/{}.js", group.name), render_routes_js(group, &hooks)));
        }
    }
    let mut modules = Vec::new();
    for name in typings_modules(root)? {
        let text = std::fs::read_to_string(root.join(format!("typings/{name}.d.ts")))?;
        modules.push((name, text));
    }
    out.push((typings::CLASSES_DTS.to_string(), typings::render_classes(&modules)));
    out.push(("docs/API.md".to_string(), typings::render_api()));
    Ok(out)
}

/// The hand-written typings modules (`typings/*.d.ts`, by name without `.d.ts`), sorted.
fn typings_modules(root: &Path) -> std::io::Result<Vec<String>> {
    let mut names = Vec::new();
    for entry in std::fs::read_dir(root.join("typings"))? {
        let name = entry?.file_name().into_string().unwrap_or_default();
        if let Some(module) = name.strip_suffix(".d.ts") {
            names.push(module.to_string());
        }
    }
    names.sort();
    Ok(names)
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

/// Files under `lib/generated/` and `typings/generated/` that the route table no longer generates.
pub fn stale_files(root: &Path, files: &[(String, String)]) -> std::io::Result<Vec<String>> {
    let mut stale = Vec::new();
    for dir in [JS_DIR.to_string(), format!("{JS_DIR}/classes"), format!("{JS_DIR}/routes"), "typings/generated".to_string()] {
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
/// The hand-written hook files there are: a class's own (`lib/resources/<class>.js`, its
/// name in kebab case) and a group's (`lib/groups/<group>.js`, hooks shared by the group's
/// classes or of the client's methods). A route's hooks are in its class's file when the
/// class has one, else in its group's.
#[derive(Default)]
pub struct HookFiles {
    classes: Vec<&'static str>,
    groups: Vec<&'static str>,
}

impl HookFiles {
    /// The hook files found under `root`.
    pub fn read(root: &Path) -> Self {
        let classes = resources().iter().map(|r| r.class).filter(|c| !c.is_empty());
        let classes = classes.filter(|c| root.join(format!("lib/resources/{}.js", kebab(c))).is_file()).collect();
        let groups = GROUPS.iter().map(|g| g.name).filter(|g| root.join(format!("lib/groups/{g}.js")).is_file()).collect();
        HookFiles { classes, groups }
    }

    /// The key of the file holding `route`'s hooks in `lib/generated/hooks.js`: its class
    /// (`Agent`) or its group (`memory`).
    fn owner(&self, route: &Route, group: &str) -> String {
        if self.classes.contains(&route.class) {
            route.class.to_string()
        } else {
            group.to_string()
        }
    }
}

/// The hook file of `owner` (a class or `group`), from the repository root.
fn hook_file(owner: &str, group: &str) -> String {
    if owner == group {
        format!("lib/groups/{group}.js")
    } else {
        format!("lib/resources/{}.js", kebab(owner))
    }
}

/// `AgentControllerSession` → `agent-controller-session`; `MCPTool` → `mcp-tool`.
pub fn kebab(class: &str) -> String {
    let chars: Vec<char> = class.chars().collect();
    let mut out = String::new();
    for (i, c) in chars.iter().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            let after_lower = chars[i - 1].is_ascii_lowercase();
            let ends_acronym = chars[i - 1].is_ascii_uppercase() && chars.get(i + 1).is_some_and(|n| n.is_ascii_lowercase());
            if after_lower || ends_acronym {
                out.push('-');
            }
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

fn route_value(route: &Route, group: &Group, hooks: &HookFiles) -> Value {
    let mut value = serde_json::to_value(route).expect("a route serializes");
    value["name"] = Value::from(route.name());
    value["group"] = Value::from(group.name);
    value["params"] = json!(names(route.params));
    if route.prepare.is_some() || route.finish.is_some() || route.custom.is_some() {
        let owner = hooks.owner(route, group.name);
        value["hookFile"] = Value::from(hook_file(&owner, group.name));
        value["hooks"] = Value::from(owner);
    }
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
pub fn render_routes_js(group: &Group, hooks: &HookFiles) -> String {
    let mut out = String::from(JS_HEADER);
    let _ = writeln!(
        out,
        "// The routes of the {} group, declared in {}. Each declaration is JSON\n\
         // text, parsed when its method is first called (lib/surface.js, which keeps the compiled\n\
         // method on the entry).\n",
        group.name,
        source_file(group)
    );
    if group.routes.iter().any(|r| r.prepare.is_some() || r.finish.is_some() || r.custom.is_some()) {
        out.push_str("const hooks = require('../hooks')\n\n");
    }
    out.push_str("module.exports = {\n");
    for route in group.routes.iter().filter(|r| r.when.is_none()) {
        let mut value = route_value(route, group, hooks);
        let variants: Vec<Value> = group
            .routes
            .iter()
            .filter(|r| r.when.is_some() && r.class == route.class && r.method == route.method)
            .map(|r| route_value(r, group, hooks))
            .collect();
        let variant_refs: Vec<String> = group
            .routes
            .iter()
            .filter(|r| r.when.is_some() && r.class == route.class && r.method == route.method)
            .map(|r| format!("{{ {} }}", hook_refs(r, &hooks.owner(r, group.name)).join(", ")))
            .collect();
        if !variants.is_empty() {
            value["variants"] = Value::from(variants);
        }
        let mut fields = vec![format!("json: {}", js_string(&value.to_string()))];
        fields.extend(hook_refs(route, &hooks.owner(route, group.name)));
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
/// hooks.Agent.prepare.agentCall`), so go-to-definition reaches it from the route's entry.
fn hook_refs(route: &Route, owner: &str) -> Vec<String> {
    [("prepare", route.prepare), ("finish", route.finish), ("custom", route.custom)]
        .into_iter()
        .filter_map(|(kind, name)| name.map(|name| format!("{kind}: () => hooks.{owner}.{kind}.{name}")))
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
pub fn render_hooks_index_js(hooks: &HookFiles) -> String {
    let file = |owner: &str, group: &str| format!("../{}", hook_file(owner, group).trim_start_matches("lib/").trim_end_matches(".js"));
    let classes = hooks.classes.iter().map(|c| (c.to_string(), file(c, ""), format!("The hooks of the {c} class.")));
    let groups = hooks.groups.iter().map(|g| (g.to_string(), file(g, g), format!("The hooks shared in the {g} group.")));
    lazy_index(
        "The hand-written hook files (prepare, finish, custom): a class's own (lib/resources/<class>.js)\n// and a group's (lib/groups/<group>.js: hooks shared by its classes or of the client's methods)",
        classes.chain(groups),
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
        let hooks = HookFiles::read(root());
        let agents = render_routes_js(group("agents"), &hooks);
        assert!(agents.contains("  'Agent.generate': { json: '{"));
        assert!(agents.contains("prepare: () => hooks.Agent.prepare.agentCall, finish: () => hooks.Agent.finish.clientTools },"));
        assert!(render_routes_js(group("client"), &hooks).contains("  'Resource.request': { json: '{"));
        let agents = render_group_classes_js(GROUPS.iter().find(|g| g.name == "agents").unwrap());
        assert!(agents.contains("generate(messages, options) { return run(this, routes.agents['Agent.generate'], arguments) }"));
    }

    #[test]
    fn every_group_types_file_names_a_group() {
        for entry in std::fs::read_dir(root().join("typings")).unwrap() {
            let name = entry.unwrap().file_name().into_string().unwrap();
            let Some(group) = name.strip_suffix(".d.ts") else { continue };
            // Shared types of no group: general ones, loose shapes, the exported values
            // (`RequestContext`, client tools, ...), client-js's route types.
            let shared = ["common", "loose", "values", "route-types"].contains(&group);
            assert!(shared || GROUPS.iter().any(|g| g.name == group), "typings/{name} names no group");
        }
    }

    #[test]
    fn class_files_are_named_in_kebab_case() {
        assert_eq!(kebab("Agent"), "agent");
        assert_eq!(kebab("AgentControllerSession"), "agent-controller-session");
        assert_eq!(kebab("MCPTool"), "mcp-tool");
        assert_eq!(kebab("A2AV1"), "a2av1");
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
