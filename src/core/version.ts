/**
 * Migration versions are kept as written (`0003` stays `0003`) and compared here.
 *
 * A version is split on `.`, `_` and `/` (Flyway's `1.10`, `1_1`, a folder level `0.22/01`) and compared part by part; numeric parts
 * compare as integers of any width (BigInt: 14-digit timestamps, 23-digit nanosecond ones), so `001` equals
 * `1` and `1.10` sorts after `1.9`. A missing part counts as zero (Flyway treats `1.0` and `1` as the same
 * version). A part that is not a number compares as text, after every number.
 */
export function compareVersions(a: string, b: string): number {
  const left = versionParts(a);
  const right = versionParts(b);
  const length = Math.max(left.length, right.length);
  for (let i = 0; i < length; i++) {
    const order = comparePart(left[i] ?? "0", right[i] ?? "0");
    if (order !== 0) return order;
  }
  return 0;
}

/** Plain code-unit order, the way Go, Rust and `Array.prototype.sort` compare strings (no locale). */
export function compareText(a: string, b: string): number {
  if (a < b) return -1;
  if (a > b) return 1;
  return 0;
}

/** A key equal for versions that compare equal (`001` and `1`, `1.0` and `1`): used to find duplicates. */
export function versionKey(version: string): string {
  const parts = versionParts(version).map((part) => (isDigits(part) ? integerText(part) : part));
  while (parts.length > 1 && parts[parts.length - 1] === "0") parts.pop();
  return parts.join(".");
}

export function isDigits(text: string): boolean {
  return /^\d+$/.test(text);
}

function versionParts(version: string): string[] {
  // `/`: a `pattern` whose version takes in a folder level (`0.22/01`).
  return version.split(/[._/]/);
}

/** Digits as the integer they write, without leading zeros (`007` → `7`, `000` → `0`), at any width. */
function integerText(digits: string): string {
  let i = 0;
  while (i < digits.length - 1 && digits.charCodeAt(i) === 48) i++;
  return i === 0 ? digits : digits.slice(i);
}

function comparePart(a: string, b: string): number {
  const aNumber = isDigits(a);
  const bNumber = isDigits(b);
  if (aNumber && bNumber) {
    // Integers of any width: the one with more digits is larger, equal widths compare digit by digit.
    const x = integerText(a);
    const y = integerText(b);
    return x.length !== y.length ? (x.length < y.length ? -1 : 1) : compareText(x, y);
  }
  if (aNumber) return -1;
  if (bNumber) return 1;
  return compareText(a, b);
}
