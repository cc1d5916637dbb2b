/** A one-line progress bar on a terminal's standard error, redrawn in place and cleared at the end. */
export interface ProgressBar {
  update(done: number, total: number): void;
  /** Erases the bar, if one was drawn. */
  clear(): void;
}

export interface ProgressOptions {
  /** Label before the bar. */
  label?: string;
  /** Cells in the bar. */
  width?: number;
  /** Scans of fewer files finish before a bar helps: draw nothing. */
  minTotal?: number;
}

const clearLine = '\r\u001b[K';

/** `Scanning ████████████░░░░░░░░░░░░░░░░░░ 1,234/3,000 files  41%`. */
export function formatProgress(done: number, total: number, label: string, width: number): string {
  const ratio = total <= 0 ? 1 : Math.min(1, done / total);
  const filled = Math.floor(ratio * width);
  const number = (value: number): string => value.toLocaleString('en-US');
  return `${label} ${'█'.repeat(filled)}${'░'.repeat(width - filled)} ${number(done)}/${number(total)} files ${String(Math.floor(ratio * 100)).padStart(3)}%`;
}

/**
 * A bar that redraws only when what it shows changes (at most a hundred times a scan), so a fast scan
 * does not spend its time writing to the terminal.
 */
export function createProgressBar(write: (text: string) => void, options: ProgressOptions = {}): ProgressBar {
  const label = options.label ?? 'Scanning';
  const width = options.width ?? 30;
  const minTotal = options.minTotal ?? 200;
  let drawn = false;
  let last = '';
  return {
    update(done, total) {
      if (total < minTotal) return;
      const percent = Math.floor((Math.min(done, total) / total) * 100);
      const key = `${percent}`;
      if (key === last) return;
      last = key;
      drawn = true;
      write(`\r${formatProgress(done, total, label, width)}`);
    },
    clear() {
      if (drawn) write(clearLine);
      drawn = false;
      last = '';
    },
  };
}
