import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../src/interactions/rateLimit.js';

describe('RateLimiter', () => {
  it('allows the limit within a window, refuses the next with the wait, and allows again later', () => {
    const limiter = new RateLimiter(3, 10_000);
    expect([0, 1000, 2000].map((t) => limiter.take('ann', t))).toEqual([0, 0, 0]);
    expect(limiter.take('ann', 2500)).toBe(7500);
    expect(limiter.take('bob', 2500)).toBe(0);
    expect(limiter.take('ann', 10_001)).toBe(0);
  });

  it('does not count refused commands against the user', () => {
    const limiter = new RateLimiter(1, 1000);
    expect(limiter.take('ann', 0)).toBe(0);
    for (let t = 1; t < 1000; t += 100) expect(limiter.take('ann', t)).toBeGreaterThan(0);
    expect(limiter.take('ann', 1000)).toBe(0);
  });

  it('is off when the limit is 0', () => {
    const limiter = new RateLimiter(0, 1000);
    for (let i = 0; i < 100; i += 1) expect(limiter.take('ann', i)).toBe(0);
  });
});
