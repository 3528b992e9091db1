// lockstep's hooks added to the config of the pre-commit framework or lefthook, as YAML edits that keep the
// user's comments and layout. Each returns the new text, or undefined where lockstep's hooks are there
// already (so a second init changes nothing).

import { type Document, isMap, isScalar, isSeq, parseDocument, type YAMLMap, type YAMLSeq } from "yaml";
import { LockstepError } from "./errors.js";
import type { HookLines } from "./hook-lines.js";

/** The ids of lockstep's hooks in a pre-commit config (the guard's is also the id lockstep's hook repository gives). */
export const PRE_COMMIT_IDS = { preCommit: "lockstep-guard", prePush: "lockstep-check" } as const;

/**
 * The stage names a pre-commit version takes: 3.2 renamed `commit` and `push` to the hook names, and later
 * versions warn about the old ones. Unknown version: the current names.
 */
export function preCommitStages(version: string | undefined): { preCommit: string; prePush: string } {
  const [major = 99, minor = 0] = (/(\d+)\.(\d+)/.exec(version ?? "") ?? []).slice(1).map(Number);
  const old = major < 3 || (major === 3 && minor < 2);
  return old ? { preCommit: "commit", prePush: "push" } : { preCommit: "pre-commit", prePush: "pre-push" };
}

/** `.pre-commit-config.yaml` with a `repo: local` entry for lockstep's two hooks, and both hook types installed. */
export function withPreCommitHooks(
  text: string,
  file: string,
  entries: HookLines,
  stages: { preCommit: string; prePush: string },
): string | undefined {
  const doc = parsed(text, file);
  const repos = collectionAt(doc, doc.contents as YAMLMap, "repos", "seq", file) as YAMLSeq;
  const ids = new Set<unknown>();
  for (const repo of repos.items)
    if (isMap(repo)) {
      const hooks = repo.get("hooks");
      if (isSeq(hooks)) for (const hook of hooks.items) if (isMap(hook)) ids.add(hook.get("id"));
    }
  const wanted = (["preCommit", "prePush"] as const)
    .filter((which) => !ids.has(PRE_COMMIT_IDS[which]))
    .map((which) => ({
      id: PRE_COMMIT_IDS[which],
      name: which === "preCommit" ? "lockstep guard" : "lockstep check",
      entry: entries[which],
      language: "system",
      pass_filenames: false,
      always_run: true,
      stages: [stages[which]],
    }));
  let changed = false;
  if (wanted.length > 0) {
    const repo = doc.createNode({ repo: "local", hooks: wanted });
    for (const hook of (repo.get("hooks") as YAMLSeq<YAMLMap>).items)
      (hook.get("stages", true) as unknown as YAMLSeq).flow = true;
    repos.add(repo);
    changed = true;
  }
  // So that `pre-commit install` in each clone installs the pre-push hook too.
  const types = collectionAt(doc, doc.contents as YAMLMap, "default_install_hook_types", "seq", file, true);
  for (const type of ["pre-commit", "pre-push"])
    if (!(types as YAMLSeq).items.some((item) => (isScalar(item) ? item.value : item) === type)) {
      (types as YAMLSeq).add(type);
      changed = true;
    }
  return changed ? rendered(doc, text) : undefined;
}

/** lefthook's config with a `lockstep` command in its pre-commit and pre-push hooks (a job where it lists jobs). */
export function withLefthookCommands(text: string, file: string, lines: HookLines): string | undefined {
  const doc = parsed(text, file);
  let changed = false;
  for (const [name, run] of [
    ["pre-commit", lines.preCommit],
    ["pre-push", lines.prePush],
  ] as const) {
    const hook = collectionAt(doc, doc.contents as YAMLMap, name, "map", file) as YAMLMap;
    const jobs = hook.get("jobs", true);
    if (isSeq(jobs)) {
      if (jobs.items.some((job) => isMap(job) && job.get("name") === "lockstep")) continue;
      jobs.add(doc.createNode({ name: "lockstep", run }));
    } else {
      const commands = collectionAt(doc, hook, "commands", "map", file) as YAMLMap;
      if (commands.has("lockstep")) continue;
      commands.set("lockstep", doc.createNode({ run }));
    }
    changed = true;
  }
  return changed ? rendered(doc, text) : undefined;
}

function parsed(text: string, file: string): Document {
  const doc: Document = parseDocument(text);
  const error = doc.errors[0];
  if (error)
    throw new LockstepError(
      "config",
      `${file} is not valid YAML (${error.message.split("\n")[0]}); fix it, then run lockstep init again (nothing was written)`,
    );
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null))
    doc.contents = doc.createNode({});
  if (!isMap(doc.contents))
    throw new LockstepError(
      "config",
      `${file} does not hold a YAML mapping; fix it, then run lockstep init again (nothing was written)`,
    );
  return doc;
}

/** The map's collection under `key`, created (empty, or a flow sequence) where it is missing or null. */
function collectionAt(
  doc: Document,
  map: YAMLMap,
  key: string,
  kind: "map" | "seq",
  file: string,
  flow = false,
): YAMLMap | YAMLSeq {
  const node = map.get(key, true);
  if (node === undefined || (isScalar(node) && node.value === null)) {
    const made = doc.createNode(kind === "map" ? {} : []) as YAMLMap | YAMLSeq;
    made.flow = flow;
    map.set(key, made);
    return made;
  }
  if (isMap(node) || isSeq(node)) if (isMap(node) === (kind === "map")) return node;
  throw new LockstepError(
    "config",
    `${file}: ${key} is not a ${kind === "map" ? "mapping" : "list"}; fix it, then run lockstep init again (nothing was written)`,
  );
}

/** Keeps the file's own sequence indentation (`- ` under its key or indented) and never folds a long line. */
function rendered(doc: Document, source: string): string {
  const unindented = /^([ \t]*)[^\s#-][^\n]*:[ \t]*(#[^\n]*)?\n\1- /m.test(source);
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false, indentSeq: !unindented });
}
