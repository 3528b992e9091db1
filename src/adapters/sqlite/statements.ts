/**
 * Where each statement of a script ends, as SQLite's own sqlite3_complete() sees it (the sqlite3 shell
 * splits input with it): a `;` ends a statement unless it is inside a string, a quoted name, a comment or a
 * CREATE TRIGGER body, which ends at `END;`. Empty statements (a lone `;`) and the trivia before a statement
 * belong to it, as the text SQLite's prepare consumes does; trivia after the last statement is no statement.
 * Both engines split the same way, so a script runs statement by statement identically on either.
 */

enum State {
  Invalid = 0,
  Start = 1,
  Normal = 2,
  Explain = 3,
  Create = 4,
  Trigger = 5,
  Semi = 6,
  End = 7,
}
enum Token {
  Semi = 0,
  Ws = 1,
  Other = 2,
  Explain = 3,
  Create = 4,
  Temp = 5,
  Trigger = 6,
  End = 7,
}

// sqlite3_complete's transition table (complete.c), by state then token.
const NEXT: readonly (readonly State[])[] = [
  [1, 0, 2, 3, 4, 2, 2, 2],
  [1, 1, 2, 3, 4, 2, 2, 2],
  [1, 2, 2, 2, 2, 2, 2, 2],
  [1, 3, 3, 2, 4, 2, 2, 2],
  [1, 4, 2, 2, 2, 4, 5, 2],
  [6, 5, 5, 5, 5, 5, 5, 5],
  [6, 6, 5, 5, 5, 5, 5, 7],
  [1, 7, 5, 5, 5, 5, 5, 5],
];

const KEYWORDS: Record<string, Token> = {
  explain: Token.Explain,
  create: Token.Create,
  temp: Token.Temp,
  temporary: Token.Temp,
  trigger: Token.Trigger,
  end: Token.End,
};

function isIdChar(c: number): boolean {
  // Letters, digits, `_`, `$` and every non-ASCII character, as SQLite's IdChar.
  return (
    (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36 || c >= 128
  );
}

/** [offset, length] of each statement of `sql`. */
export function* statementSpans(sql: string): Generator<[number, number]> {
  let state: State = State.Start;
  let start = 0;
  let hasStatement = false;
  let i = 0;
  const n = sql.length;
  while (i < n) {
    const c = sql.charCodeAt(i);
    let token: Token;
    if (c === 59) {
      token = Token.Semi;
      i++;
    } else if (c === 32 || c === 9 || c === 10 || c === 12 || c === 13) {
      token = Token.Ws;
      i++;
    } else if (c === 47 && sql.charCodeAt(i + 1) === 42) {
      const end = sql.indexOf("*/", i + 2);
      i = end === -1 ? n : end + 2;
      token = Token.Ws;
    } else if (c === 45 && sql.charCodeAt(i + 1) === 45) {
      const end = sql.indexOf("\n", i + 2);
      i = end === -1 ? n : end + 1;
      token = Token.Ws;
    } else if (c === 91) {
      const end = sql.indexOf("]", i + 1);
      i = end === -1 ? n : end + 1;
      token = Token.Other;
    } else if (c === 96 || c === 34 || c === 39) {
      const quote = sql[i] as string;
      let j = i + 1;
      for (;;) {
        const end = sql.indexOf(quote, j);
        if (end === -1) {
          j = n;
          break;
        }
        // A doubled quote is one quote character inside the token.
        if (sql[end + 1] === quote) j = end + 2;
        else {
          j = end + 1;
          break;
        }
      }
      i = j;
      token = Token.Other;
    } else if (isIdChar(c)) {
      let j = i + 1;
      while (j < n && isIdChar(sql.charCodeAt(j))) j++;
      token = j - i <= 9 ? (KEYWORDS[sql.slice(i, j).toLowerCase()] ?? Token.Other) : Token.Other;
      i = j;
    } else {
      token = Token.Other;
      i++;
    }
    const ends =
      token === Token.Semi &&
      state !== State.Start &&
      state !== State.Invalid &&
      state !== State.Trigger &&
      state !== State.Semi;
    state = NEXT[state]?.[token] ?? State.Normal;
    if (token !== Token.Ws && token !== Token.Semi) hasStatement = true;
    if (ends) {
      yield [start, i - start];
      start = i;
      hasStatement = false;
    }
  }
  if (hasStatement) yield [start, n - start];
}
