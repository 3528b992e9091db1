// The raw node:sqlite side of bench/replay.bench.ts, run by a Node that has it: the migrations (a JSON file of
// { up, down }) up, down and up again in one in-memory database, no checks. Prints the elapsed milliseconds.
import { readFileSync } from "node:fs";
import { DatabaseSync } from "node:sqlite";

const migrations = JSON.parse(readFileSync(process.argv[2], "utf8"));
const start = performance.now();
const db = new DatabaseSync(":memory:");
for (const m of migrations) {
  db.exec(m.up);
  db.exec(m.down);
  db.exec(m.up);
}
db.close();
process.stdout.write(`${performance.now() - start}\n`);
