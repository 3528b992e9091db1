import { describe, expect, it } from "vitest";
import { expandRunnerCommand, splitWords } from "../../src/core/runner/command-line.js";

describe("splitWords", () => {
  it("splits on blanks and keeps quoted blanks inside one word", () => {
    expect(splitWords("  goose -dir {dir}\tup-by-one ")).toEqual({
      words: ["goose", "-dir", "{dir}", "up-by-one"],
    });
    expect(splitWords(`a "b c" 'd e' f"g h"i`)).toEqual({ words: ["a", "b c", "d e", "fg hi"] });
    expect(splitWords(`x "" ''`)).toEqual({ words: ["x", "", ""] });
  });

  it("takes a backslashed character as it is, except inside single quotes", () => {
    expect(splitWords(String.raw`a\ b "c\"d" 'e\f'`)).toEqual({ words: ["a b", 'c"d', String.raw`e\f`] });
  });

  it("says which quote is left open", () => {
    expect(splitWords(`migrate "up`)).toEqual({ unclosed: '"' });
    expect(splitWords("migrate 'up")).toEqual({ unclosed: "'" });
  });
});

describe("expandRunnerCommand", () => {
  const values = { db: "/tmp/a b/replay.db", dir: "/tmp/m", version: "0002", name: "it's $HOME {dir}" };

  it("substitutes placeholders inside words, a value with spaces staying one word and never read again", () => {
    expect(expandRunnerCommand("migrate -database sqlite3://{db} goto {version}", values)).toEqual({
      words: ["migrate", "-database", "sqlite3:///tmp/a b/replay.db", "goto", "0002"],
    });
    expect(expandRunnerCommand("echo {name}", values)).toEqual({ words: ["echo", "it's $HOME {dir}"] });
  });

  it("reports the first unknown placeholder", () => {
    expect(expandRunnerCommand("tool {db} {app} {revision}", values)).toEqual({ unknown: "app" });
    expect(expandRunnerCommand("tool {constructor}", values)).toEqual({ unknown: "constructor" });
  });

  it("leaves braces that open no placeholder as written", () => {
    expect(expandRunnerCommand(`run '{"a": 1}' {} x{1}`, values)).toEqual({
      words: ["run", '{"a": 1}', "{}", "x{1}"],
    });
  });

  it("reports an unclosed quote", () => {
    expect(expandRunnerCommand(`tool "{db}`, values)).toEqual({ unclosed: '"' });
  });
});
