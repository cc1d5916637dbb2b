import { describe, expect, it } from 'vitest';
import { renderStylish } from '../../src/report/stylish.js';
import { sampleReport, sampleSources } from './sample-report.js';

describe('renderStylish', () => {
  const text = renderStylish(sampleReport, { color: false, sources: sampleSources });

  it('groups findings by file with position, severity, message and rule', () => {
    const files = text.split('\n').filter((line) => line !== '' && !line.startsWith(' ') && !/^[✖✔]|^\d+ accepted|^Candor/.test(line));
    expect(files).toEqual([...new Set(sampleReport.findings.map((finding) => finding.file))]);
    for (const finding of sampleReport.findings) {
      expect(text).toContain(`${finding.line}:${finding.column}`);
      expect(text).toContain(finding.message);
    }
  });

  it('shows a code frame under a finding whose file text is known', () => {
    const finding = sampleReport.findings.find((candidate) => sampleSources.has(candidate.file));
    expect(finding).toBeDefined();
    if (finding === undefined) return;
    expect(text).toContain(`> ${finding.line} |`);
  });

  it('marks accepted findings with who accepted them and why, and leaves them out of the counts', () => {
    expect(text).toContain('accepted by dana@acme.example until 2025-12-31: Hashed by gtag before sending; reviewed by legal.');
    const counted = sampleReport.findings.length - 1;
    expect(text).toMatch(new RegExp(`✖ ${counted} findings \\(`));
    expect(text).toContain('1 accepted finding (listed above, not counted).');
  });

  it('uses no colour codes when colour is off', () => {
    expect(text).not.toContain('\u001b[');
  });
});
