import Bottleneck from "bottleneck/light.js";

/**
 * plugin-throttling paces writes (one a second, and one every 3 s of those that notify people). With seconds
 * of `msPerSecond` ms other than 1000, the same pacing on limiters of this client's own; at 1000 the
 * plugin's own limiters are kept.
 */
export function writePacing(msPerSecond: number): {
  write?: Bottleneck.Group;
  notifications?: Bottleneck.Group;
} {
  if (msPerSecond === 1000) return {};
  const group = (id: string, seconds: number) =>
    new Bottleneck.Group({ id, maxConcurrent: 1, minTime: seconds * msPerSecond, timeout: 120_000 });
  return { write: group("octokit-write", 1), notifications: group("octokit-notifications", 3) };
}
