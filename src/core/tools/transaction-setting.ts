/**
 * How a runner wraps migrations in transactions: each file in its own, every pending migration in one, or
 * none (each file as written). A tool module's `transaction.wraps` is its own default; a database's
 * `"transaction"` config names the runner's when it differs (a runner that applies all pending in one).
 */
export const TRANSACTION_SETTINGS = ["each", "all", "none"] as const;

export type TransactionSetting = (typeof TRANSACTION_SETTINGS)[number];

export const WRAPS_OF = {
  each: "each-file",
  all: "all-pending",
  none: "as-written",
} as const satisfies Record<TransactionSetting, string>;

export type TransactionWraps = (typeof WRAPS_OF)[TransactionSetting];
