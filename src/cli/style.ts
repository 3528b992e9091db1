import pc from "picocolors";
import { PLAIN, type Style } from "../core/render/style.js";

/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function styleFor(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv): Style {
  const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== "";
  if (noColor || !stream.isTTY || env.TERM === "dumb") return PLAIN;
  const c = pc.createColors(true);
  return { red: c.red, yellow: c.yellow, green: c.green, dim: c.dim, bold: c.bold };
}
