#!/usr/bin/env node
import { main } from "./cli/main.js";
import { styleFor } from "./cli/style.js";

const stderrTty = process.stderr.isTTY === true;

const code = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  progress: stderrTty ? (text) => process.stderr.write(`\r\x1b[2K${text}`) : undefined,
  style: styleFor(process.stdout, process.env),
});
process.exitCode = code;
