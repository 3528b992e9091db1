/** A full commit id (SHA-1, or SHA-256 in a repository that uses it), as events and `--base` give them. */
export function isCommitId(text: string): boolean {
  return /^[0-9a-f]{40,64}$/i.test(text);
}
