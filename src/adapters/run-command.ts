import { spawn } from "node:child_process";

export interface CommandRun {
  /** The program's exit code; null when it was stopped by a signal or never started. */
  code: number | null;
  /** Why it did not run to an exit code: it could not be started, or it ran past its time. */
  failure?: "not-started" | "timeout";
  /** What `spawn` said when the program could not be started (ENOENT: not on PATH). */
  startError?: string;
  /** The end of its standard error and standard output together, as they came. */
  output: string;
  ms: number;
}

export interface CommandOptions {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  timeoutMs: number;
}

/** Output kept per run: enough for a traceback's last frames, bounded against a chatty tool. */
const KEEP = 64 * 1024;

/**
 * Runs a program with its words (no shell), in its own process group so that a timeout stops whatever it
 * started too (`npm run` starts a shell, which starts node).
 */
export function runCommand(argv: readonly string[], options: CommandOptions): Promise<CommandRun> {
  const started = performance.now();
  return new Promise((resolve) => {
    let output = "";
    const keep = (chunk: Buffer) => {
      output += chunk.toString("utf8");
      if (output.length > 2 * KEEP) output = output.slice(-KEEP);
    };
    const child = spawn(argv[0] as string, argv.slice(1), {
      cwd: options.cwd,
      env: options.env,
      stdio: ["ignore", "pipe", "pipe"],
      detached: process.platform !== "win32",
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      stop(child.pid);
    }, options.timeoutMs);
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    const done = (run: Omit<CommandRun, "ms" | "output">) => {
      clearTimeout(timer);
      resolve({ ...run, output: output.slice(-KEEP), ms: performance.now() - started });
    };
    child.on("error", (error) => done({ code: null, failure: "not-started", startError: error.message }));
    child.on("close", (code) => done(timedOut ? { code: null, failure: "timeout" } : { code }));
  });
}

function stop(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    // The negative pid is the process group: the program and everything it started.
    process.kill(process.platform === "win32" ? pid : -pid, "SIGKILL");
  } catch {
    // Already gone.
  }
}
