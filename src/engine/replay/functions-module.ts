import { pathToFileURL } from "node:url";
import { LockstepError } from "../../core/errors.js";

export type SqlFunction = (...args: never[]) => unknown;

/**
 * Imports the application's SQL functions (an ES module whose default export maps names to functions).
 * It runs inside the replay worker: a module that never settles is stopped there by the replay's deadline.
 * `where` names the module in every message.
 */
export async function importFunctions(abs: string, where: string): Promise<Record<string, SqlFunction>> {
  let mod: { default?: unknown };
  try {
    mod = (await import(pathToFileURL(abs).href)) as { default?: unknown };
  } catch (cause) {
    throw new LockstepError(
      "config",
      `${where} cannot be loaded: it threw ${describeThrown(cause)}; fix the module`,
      {
        cause,
      },
    );
  }
  const exported = mod.default;
  if (!exported || typeof exported !== "object") {
    throw new LockstepError(
      "config",
      `${where} must export default an object mapping SQL function names to functions`,
    );
  }
  const out: Record<string, SqlFunction> = {};
  for (const [name, fn] of Object.entries(exported)) {
    if (typeof fn !== "function") {
      throw new LockstepError("config", `${where}: "${name}" is not a function`);
    }
    out[name] = guarded(name, fn as SqlFunction, where);
  }
  return out;
}

/**
 * An engine may turn a thrown Error into an empty SQLite message and an unsupported result into NULL or a
 * vague error: every problem becomes a thrown message naming the function, which both engines pass on.
 */
function guarded(name: string, fn: SqlFunction, where: string): SqlFunction {
  const label = `SQL function ${name}() of the ${where.replace(/^database "[^"]*": /, "")}`;
  const wrapper = (...args: never[]) => {
    let result: unknown;
    try {
      result = fn(...args);
    } catch (error) {
      throw `${label} threw ${describeThrown(error)}`;
    }
    const problem = unsupported(result);
    if (problem)
      throw `${label} returned ${problem}; return a number, a string, a boolean, null or a Uint8Array`;
    return result;
  };
  // The engine registers a function with as many SQL arguments as its JavaScript length.
  Object.defineProperty(wrapper, "length", { value: fn.length });
  return wrapper;
}

function unsupported(value: unknown): string | undefined {
  if (value === null) return undefined;
  switch (typeof value) {
    case "number":
    case "string":
    case "boolean":
      return undefined;
    case "undefined":
      // Nothing is stored as NULL: a function without a return is common enough to keep working.
      return undefined;
    case "bigint":
      return `a bigint (${value}n)`;
    case "object":
      if (value instanceof Uint8Array) return undefined;
      if (typeof (value as { then?: unknown }).then === "function")
        return "a Promise (SQL functions run synchronously: an async function cannot be one)";
      return `an object (${Object.prototype.toString.call(value)})`;
    default:
      return `a ${typeof value}`;
  }
}

/** What was thrown, for a message: an Error's name and message, anything else as text, bounded. */
export function describeThrown(thrown: unknown): string {
  if (thrown instanceof Error) return quoted(`${thrown.name}: ${thrown.message}`);
  let text: string;
  try {
    text = typeof thrown === "string" ? thrown : (JSON.stringify(thrown) ?? String(thrown));
  } catch {
    text = String(thrown);
  }
  return `${quoted(text)} (a ${thrown === null ? "null" : typeof thrown}, not an Error)`;
}

function quoted(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  return `"${line.length > 200 ? `${line.slice(0, 199)}…` : line}"`;
}
