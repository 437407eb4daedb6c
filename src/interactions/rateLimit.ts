/**
 * Per-user command budget: at most `limit` commands in any `windowMs`, so one person
 * cannot flood the bot. A sliding window over each user's recent command times;
 * users idle for a whole window are forgotten, so memory stays bounded by active users.
 */
export class RateLimiter {
  private readonly recent = new Map<string, number[]>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
  ) {}

  /** Records a command by `user` at `now`; returns 0 when allowed, else milliseconds until it would be. */
  take(user: string, now: number = Date.now()): number {
    if (this.limit <= 0) return 0;
    const since = now - this.windowMs;
    const times = (this.recent.get(user) ?? []).filter((t) => t > since);
    if (times.length >= this.limit) {
      this.recent.set(user, times);
      return times[0]! + this.windowMs - now;
    }
    times.push(now);
    this.recent.set(user, times);
    if (this.recent.size > 10_000) this.forgetIdle(since);
    return 0;
  }

  private forgetIdle(since: number): void {
    for (const [user, times] of this.recent) if (times.every((t) => t <= since)) this.recent.delete(user);
  }
}
