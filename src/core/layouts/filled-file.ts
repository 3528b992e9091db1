import { DOWN, downTemplate, type NewFile, NO_DOWN, UP, upTemplate } from "./naming.js";

/** The SQL a new migration is written with (`new --from A.db --to B.db`). */
export interface MigrationSql {
  up: string[];
  down: string[];
  /** What the user must check of each direction's SQL, put first in its file as comments (without `-- `). */
  upHeader: string[];
  downHeader: string[];
}

/**
 * A new migration's template file with its instructions replaced by the SQL: one up file, one down file, or
 * one file with up and down markers. Undefined for a file none of the templates made.
 */
export function filledFile(
  file: NewFile,
  name: string,
  sql: MigrationSql,
): { file: NewFile; header: string[] } | undefined {
  const up = sql.up.join("\n");
  const down = sql.down.join("\n");
  let text: string | undefined;
  let header: string[] = sql.upHeader;
  if (file.text === upTemplate(name, true)) text = `-- ${name}: up.\n${up}\n`;
  else if (file.text === upTemplate(name, false)) text = `-- ${name}. ${NO_DOWN}\n${up}\n`;
  else if (file.text === downTemplate(name)) {
    text = `-- ${name}: down.\n${down}\n`;
    header = sql.downHeader;
  } else if (file.text.includes(`\n-- ${UP}\n`) && file.text.includes(`\n-- ${DOWN}\n`)) {
    text = file.text
      .replace(`\n-- ${UP}\n`, () => `\n${up}\n`)
      .replace(`\n-- ${DOWN}\n`, () => `\n${down}\n`);
    header = [...new Set([...sql.upHeader, ...sql.downHeader])];
  }
  if (text === undefined) return undefined;
  return { file: { rel: file.rel, text: `${header.map((line) => `-- ${line}\n`).join("")}${text}` }, header };
}
