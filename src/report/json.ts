import type { Report } from './model.js';

/** The DESIGN.md JSON contract: the report model itself, minus the local-only `root`. */
export function renderJson(report: Report): string {
  const { root: _root, ...contract } = report;
  return `${JSON.stringify(contract, null, 2)}\n`;
}
