/** Failed logins per key (client address and user name) in a sliding window; over the limit, login waits. */
export class LoginLimiter {
  private failures = new Map<string, number[]>();

  constructor(
    private readonly max = 5,
    private readonly windowMs = 15 * 60_000,
  ) {}

  /** Seconds to wait before another try, or 0. */
  retryAfter(key: string, at = Date.now()): number {
    const recent = this.recent(key, at);
    if (recent.length < this.max) return 0;
    return Math.ceil((recent[0] + this.windowMs - at) / 1000);
  }

  fail(key: string, at = Date.now()): void {
    this.failures.set(key, [...this.recent(key, at), at]);
    if (this.failures.size > 10_000) this.prune(at);
  }

  succeed(key: string): void {
    this.failures.delete(key);
  }

  private recent(key: string, at: number): number[] {
    return (this.failures.get(key) ?? []).filter((t) => t > at - this.windowMs);
  }

  private prune(at: number): void {
    for (const [k, v] of this.failures) if (!v.some((t) => t > at - this.windowMs)) this.failures.delete(k);
  }
}
