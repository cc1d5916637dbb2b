import type { LoadedManifest } from '../manifest/load.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import type { Report } from './model.js';
import { renderSarif } from './sarif.js';
import { renderStylish } from './stylish.js';

export const reportFormats = ['stylish', 'json', 'sarif', 'markdown', 'html'] as const;
export type ReportFormat = (typeof reportFormats)[number];

export interface RenderContext {
  /** Colours in `stylish` (only on a terminal). */
  color: boolean;
  sources?: ReadonlyMap<string, string>;
  manifest?: LoadedManifest;
}

/** One report, in any format: each a pure function of the report model. */
export function renderReport(format: ReportFormat, report: Report, context: RenderContext): string {
  switch (format) {
    case 'stylish':
      return renderStylish(report, context.sources === undefined ? { color: context.color } : { color: context.color, sources: context.sources });
    case 'json':
      return renderJson(report);
    case 'sarif':
      return renderSarif(report);
    case 'markdown':
      return renderMarkdown(report);
    case 'html':
      return renderHtml(report, { ...(context.manifest === undefined ? {} : { manifest: context.manifest }), ...(context.sources === undefined ? {} : { sources: context.sources }) });
  }
}
