import { RULE_CATALOGUE, RULE_IDS } from "../core/rules.js";

export const RULES_START = "<!-- rules:start (written by `npm run docs` from src/core/rules.ts) -->";
export const RULES_END = "<!-- rules:end -->";

/** A Markdown table cell: a `|` would end the cell, even inside code. */
const cell = (text: string) => text.replace(/\|/g, "\\|");

/** The README's rule table: one row per rule of the catalogue, anchored for the comment's links. */
export function renderRuleReference(): string {
  const rows = RULE_IDS.map((id) => {
    const rule = RULE_CATALOGUE[id];
    return `| <a id="rule-${id}"></a>\`${id}\` | ${rule.severity} | ${rule.allow ? "yes" : "no"} | ${cell(rule.meaning)} | ${cell(rule.example)} | ${cell(rule.fix)} |`;
  });
  return [
    RULES_START,
    "| rule | default | allow in file | what it finds | for example | what to do |",
    "| --- | --- | --- | --- | --- | --- |",
    ...rows,
    RULES_END,
  ].join("\n");
}

/** `readme` with the rule table between the markers replaced; undefined without both markers. */
export function withRuleReference(readme: string, table: string): string | undefined {
  const start = readme.indexOf(RULES_START);
  const end = readme.indexOf(RULES_END);
  if (start === -1 || end < start) return undefined;
  return readme.slice(0, start) + table + readme.slice(end + RULES_END.length);
}
