/**
 * Edit distance with adjacent transpositions (optimal string alignment): `replya` is one edit from `replay`,
 * as a typo is. Case is ignored.
 */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  // Three rows suffice: a transposition looks two rows back.
  let before = new Array<number>(t.length + 1).fill(0);
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let best = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1])
        best = Math.min(best, (before[j - 2] ?? 0) + 1);
      current.push(best);
    }
    before = previous;
    previous = current;
  }
  return previous[t.length] ?? 0;
}

/**
 * The candidate `word` was most likely meant to be: the nearest within one edit per three letters after the
 * first (at least one, at most three: `deploy` is two from `replay`, too far to guess), else the only candidate it is a prefix of (`--dry` for `--dry-run`); undefined when
 * nothing is that close, so that a guess is only offered when it is probably right.
 */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const limit = Math.min(3, Math.max(1, Math.floor((word.length - 1) / 3)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const distance = editDistance(word, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best !== undefined) return best;
  if (word.length < 2) return undefined;
  const prefixed = candidates.filter((c) => c.toLowerCase().startsWith(word.toLowerCase()));
  return prefixed.length === 1 ? prefixed[0] : undefined;
}
