/** A fault that stops a command from doing its job (exit 2), as opposed to a finding in the user's migrations. */
export type LockstepErrorKind = "usage" | "config" | "io" | "internal";

export class LockstepError extends Error {
  readonly kind: LockstepErrorKind;

  constructor(kind: LockstepErrorKind, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "LockstepError";
    this.kind = kind;
  }
}
