export { affinityOf, declaredTypeOnly } from "./affinity.js";
export type { ColumnInfo, IndexColumnInfo, IndexInfo, SchemaRow, TableInfo } from "./build.js";
export { buildFromSql, buildIndex, buildTable } from "./build.js";
export {
  describeCheck,
  describeColumn,
  describeForeignKey,
  describeObject,
  describeTerms,
} from "./describe.js";
export type {
  ColumnChange,
  DefinitionChange,
  ListChange,
  ObjectChange,
  SchemaDiff,
  TableChange,
} from "./diff.js";
export { changedTables, diffSchemas, isColumnOrderOnly, isEmptyDiff } from "./diff.js";
export type { ExplainContext } from "./explain.js";
export { abbreviatedDefinitions, explainDiff } from "./explain.js";
export type {
  Check,
  Column,
  ForeignKey,
  IndexObject,
  IndexTerm,
  ObjectKind,
  Schema,
  SchemaObject,
  SerializedSchema,
  TableObject,
  TriggerObject,
  ViewObject,
  VirtualTableObject,
} from "./model.js";
export {
  deserializeSchema,
  makeSchema,
  objectKey,
  schemaOf,
  serializeSchema,
  withoutTables,
} from "./model.js";
export { codeSpan, renderDiffMarkdown, renderDiffText } from "./render.js";
export { countDiff, summarizeDiff } from "./summarize.js";
export { isIgnoredTable, isInternalName, TRACKING_TABLES } from "./tracking-tables.js";
