import { codeSpan } from "../../core/code-span.js";
import type { Migration } from "../../core/migration.js";
import type { ScriptFailure } from "./execute.js";

/** What the replay knows besides the failure: whether the base has the migration, and the `functions` it registered. */
export interface FailureContext {
  /** The base has this migration: databases ran it, so an edit would never reach them. */
  applied: boolean;
  /** The `functions` config key as written, when the database has one. */
  functionsModule?: string;
  /** The names that module registered. */
  registered: readonly string[];
  /** A code step before it that lockstep could not run. */
  skippedCode?: Migration;
}

/**
 * What to do about an up that failed. A function SQLite lacks is the application's (registered on its
 * connection), not a mistake in the statement; and an applied migration is never to be edited.
 */
export function upFailureAdvice(migration: Migration, failure: ScriptFailure, ctx: FailureContext): string {
  const v = migration.version;
  const missing = /no such function: (\S+)/.exec(failure.message)?.[1];
  const hint = ctx.skippedCode
    ? ` (${ctx.skippedCode.version} before it was not replayed and may be the cause)`
    : "";
  const after = "the migrations after it were not replayed";
  if (missing) {
    const name = codeSpan(missing);
    const register = ctx.functionsModule
      ? `the \`functions\` module (${ctx.functionsModule}) registers ${ctx.registered.length ? ctx.registered.map(codeSpan).join(", ") : "nothing"} but not ${name}: add ${name} to its default export`
      : `give the replay the same function with the \`functions\` key of the lockstep config, an ES module whose default export maps ${name} to a JavaScript function`;
    const otherwise = ctx.applied
      ? `${v} is applied (the base has it), so do not edit it: the databases that ran it had the function`
      : "if nothing registers it, fix the statement";
    return `${hint}; ${name} is not built into SQLite: where the application registers it on its connection, ${register}; ${otherwise}. ${cap(after)}`;
  }
  if (ctx.applied)
    return `${hint}; ${v} is applied (the base has it), so do not edit it: an edit never reaches the databases that ran it, which had what this replay lacks (a \`baseline\` schema, \`functions\`, \`replacements\` in the lockstep config). ${cap(after)}`;
  return `${hint}; fix the statement, ${after}`;
}

function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
