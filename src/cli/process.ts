// The CLI as a process: the output boundary and the exit code (src/cli.ts loads it).

import { PLAIN } from "../core/render/style.js";
import { guardOutput } from "../core/render/terminal-text.js";
import { main } from "./main.js";
import { styleFor } from "./style.js";

const stderrTty = process.stderr.isTTY === true;
const style = styleFor(process.stdout, process.env);
// The output boundary: whatever a command prints, no control character from the repository and no line
// that reads as a workflow command gets through (only lockstep's own colours, on a colour terminal).
const colours = style !== PLAIN;

const code = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  out: (text) => process.stdout.write(guardOutput(text, colours)),
  err: (text) => process.stderr.write(guardOutput(text, colours)),
  progress: stderrTty ? (text) => process.stderr.write(`\r\x1b[2K${guardOutput(text)}`) : undefined,
  style,
});
process.exitCode = code;
