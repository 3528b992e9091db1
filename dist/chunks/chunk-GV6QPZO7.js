import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);

// src/core/report.ts
function isNew(f) {
  return f.status === void 0;
}
function reportOk(databases) {
  return databases.every((d) => d.findings.every((f) => f.severity !== "error" || !isNew(f)));
}
function isAllowed(f) {
  return f.status === "allowed";
}
function countSetAside(report) {
  return report.databases.reduce(
    (n, d) => n + d.findings.filter((f) => !isNew(f) && !isAllowed(f)).length,
    0
  );
}
function countAllowed(report) {
  return report.databases.reduce((n, d) => n + d.findings.filter(isAllowed).length, 0);
}
function countFindings(report) {
  let errors = 0;
  let warnings = 0;
  for (const db of report.databases) {
    for (const f of db.findings) {
      if (!isNew(f)) continue;
      if (f.severity === "error") errors++;
      else warnings++;
    }
  }
  return { errors, warnings };
}

export {
  isNew,
  reportOk,
  isAllowed,
  countSetAside,
  countAllowed,
  countFindings
};
