import { describe, expect, it } from 'vitest';
import { createProgressBar, formatProgress } from '../../src/cli/progress.js';

describe('formatProgress', () => {
  it('draws a bar with the count and the percentage', () => {
    expect(formatProgress(1234, 3000, 'Scanning', 20)).toBe('Scanning ████████░░░░░░░░░░░░ 1,234/3,000 files  41%');
    expect(formatProgress(3000, 3000, 'Scanning', 10)).toBe('Scanning ██████████ 3,000/3,000 files 100%');
    expect(formatProgress(0, 500, 'Scanning', 4)).toBe('Scanning ░░░░ 0/500 files   0%');
  });
});

describe('createProgressBar', () => {
  it('redraws in place only when the percentage changes, and clears the line at the end', () => {
    const writes: string[] = [];
    const bar = createProgressBar((text) => writes.push(text), { width: 10 });
    for (let done = 1; done <= 400; done++) bar.update(done, 400);
    // The first file draws 0%, then one redraw per percent.
    expect(writes).toHaveLength(101);
    expect(writes[0]).toBe('\rScanning ░░░░░░░░░░ 1/400 files   0%');
    expect(writes[1]).toBe('\rScanning ░░░░░░░░░░ 4/400 files   1%');
    expect(writes.at(-1)).toBe('\rScanning ██████████ 400/400 files 100%');
    bar.clear();
    expect(writes.at(-1)).toBe('\r\u001b[K');
  });

  it('stays silent for small scans, and then has nothing to clear', () => {
    const writes: string[] = [];
    const bar = createProgressBar((text) => writes.push(text));
    for (let done = 1; done <= 150; done++) bar.update(done, 150);
    bar.clear();
    expect(writes).toEqual([]);
  });
});
