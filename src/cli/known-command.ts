import type { KnownEntry } from "../core/known-findings.js";
import { plural } from "../core/render/report-text.js";
import { escapeControl as shown } from "../core/render/terminal-text.js";
import { listKnown, updateKnownFile } from "../engine/known/known-update.js";
import type { Io, ReplayArgs } from "./io.js";
import { replayChoices } from "./io.js";

/** `lockstep known`: lists lockstep.known.json; with --update, writes it from a replay of every database. */
export async function knownCommand(
  io: Io,
  args: Omit<ReplayArgs, "down"> & { update: boolean; config?: string; db?: string },
): Promise<number> {
  const request = { cwd: io.cwd, env: io.env, configPath: args.config, db: args.db };
  if (!args.update) {
    const { place, entries, exists } = listKnown(request);
    const file = shown(place.shown);
    if (!exists) {
      io.out(`no ${file}: no finding is known; lockstep known --update records the current ones\n`);
      return 0;
    }
    const listed = args.db ? entries.filter((e) => e.database === args.db) : entries;
    io.out(`${file}: ${plural(listed.length, "known finding")}\n`);
    for (const e of listed) io.out(entryText(e, io));
    return 0;
  }
  const { timeout, engine, cache } = replayChoices({ ...args, down: "all" });
  const outcome = await updateKnownFile({ ...request, timeout, engine, cache });
  for (const note of outcome.notes) io.err(`lockstep: ${shown(note)}\n`);
  const file = shown(outcome.place.shown);
  for (const e of outcome.added) io.out(`+ ${entryText(e, io).trimStart()}`);
  for (const e of outcome.removed) io.out(`- ${entryText(e, io).trimStart()}`);
  const total = plural(outcome.entries.length, "known finding");
  const counts = `${outcome.added.length} added, ${outcome.removed.length} removed`;
  if (outcome.written) io.out(`wrote ${file}: ${counts} (${total}); commit it\n`);
  else if (outcome.entries.length === 0) io.out(`no findings: ${file} not written\n`);
  else io.out(`${file} is up to date (${total})\n`);
  return 0;
}

function entryText(e: KnownEntry, io: Io): string {
  const where = [e.database, e.version, e.file].filter((part) => part !== undefined).map(shown);
  return `  ${io.style.bold(e.rule)}  ${where.join("  ")}  ${io.style.dim(e.fingerprint)}\n          ${shown(e.message)}\n`;
}
