// Every test runs in China Standard Time on a fixed day, whatever the machine says.
import { vi, beforeEach, afterEach } from 'vitest';

process.env.TZ = 'Asia/Shanghai';
beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-11-26T10:00:00+08:00'), toFake: ['Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});
