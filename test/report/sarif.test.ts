import { readFileSync } from 'node:fs';
import AjvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { renderSarif, toArtifactLocation } from '../../src/report/sarif.js';
import type { Report } from '../../src/report/model.js';
import { sampleReport } from './sample-report.js';

// The OASIS schema (errata 01) is JSON Schema draft-04, which Ajv 8 reads through `ajv-draft-04`.
const schema: unknown = JSON.parse(readFileSync(new URL('schemas/sarif-schema-2.1.0.json', import.meta.url), 'utf8'));

interface SarifLog {
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; informationUri: string; rules: { id: string; helpUri: string; shortDescription: { text: string }; defaultConfiguration: { level: string } }[] } };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region?: Record<string, number> } }[];
      relatedLocations?: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[];
      partialFingerprints: Record<string, string>;
      suppressions?: { kind: string; status: string; justification?: string }[];
    }[];
  }[];
}

function parse(text: string): SarifLog {
  const parsed: SarifLog = JSON.parse(text) as SarifLog;
  return parsed;
}

function validate(text: string): string {
  // Both packages are CommonJS with `exports.default`, which is what NodeNext resolution sees.
  const ajv = new AjvDraft04.default({ allErrors: true, strict: false });
  ajvFormats.default(ajv);
  const check = ajv.compile(schema as object);
  const valid = check(JSON.parse(text));
  return valid ? '' : ajv.errorsText(check.errors);
}

const ruleMeta = {
  'candor/no-undeclared-recipient': { description: 'Every SDK, payment processor and third-party host is listed under `recipients`.', severity: 'error' as const },
};

describe('renderSarif', () => {
  it('validates against the SARIF 2.1.0 schema', () => {
    expect(validate(renderSarif(sampleReport, { ruleMeta }))).toBe('');
  });

  it('uses a validator that rejects a wrong level and a region starting at line 0', () => {
    const wrong = renderSarif(sampleReport).replace('"level": "note"', '"level": "info"').replace('"startLine": 62', '"startLine": 0');
    expect(validate(wrong)).toMatch(/level.*allowed values[\s\S]*startLine.*>= 1|startLine.*>= 1[\s\S]*level.*allowed values/);
  });

  it('validates with no findings at all', () => {
    const empty: Report = { ...sampleReport, findings: [] };
    expect(validate(renderSarif(empty))).toBe('');
    expect(parse(renderSarif(empty)).runs[0]?.results).toEqual([]);
  });

  it('describes the tool and one rule per rule id used, sorted by id', () => {
    const run = parse(renderSarif(sampleReport, { ruleMeta })).runs[0];
    expect(run?.tool.driver.name).toBe('candor');
    expect(run?.tool.driver.version).toBe('0.1.0');
    expect(run?.tool.driver.informationUri).toBe('https://github.com/candor-privacy/candor');
    expect(run?.tool.driver.rules.map((rule) => rule.id)).toEqual([
      'candor/no-undeclared-collection',
      'candor/no-undeclared-flow',
      'candor/no-undeclared-recipient',
      'candor/no-undeclared-storage',
      'candor/no-unused-declaration',
      'candor/no-violated-claim',
      'candor/policy-mismatch',
    ]);
  });

  it('links rules with a page to docs/rules and scanner checks to docs/findings.md', () => {
    const rules = parse(renderSarif(sampleReport, { ruleMeta })).runs[0]?.tool.driver.rules ?? [];
    const recipients = rules.find((rule) => rule.id === 'candor/no-undeclared-recipient');
    expect(recipients?.helpUri).toBe('https://github.com/candor-privacy/candor/blob/v0.1.0/docs/rules/no-undeclared-recipient.md');
    expect(recipients?.shortDescription.text).toBe(ruleMeta['candor/no-undeclared-recipient'].description);
    expect(recipients?.defaultConfiguration.level).toBe('error');
    const unused = rules.find((rule) => rule.id === 'candor/no-unused-declaration');
    expect(unused?.helpUri).toBe('https://github.com/candor-privacy/candor/blob/v0.1.0/docs/findings.md#unused-declaration');
    expect(unused?.shortDescription.text).toBe('Unused declaration.');
    expect(unused?.defaultConfiguration.level).toBe('note');
  });

  it('orders results by file, line, column and type, with levels and fingerprints', () => {
    const run = parse(renderSarif(sampleReport)).runs[0];
    const results = run?.results ?? [];
    expect(results.map((result) => `${result.locations[0]?.physicalLocation.artifactLocation.uri}:${result.locations[0]?.physicalLocation.region?.startLine}`)).toEqual([
      'privacy.yaml:40',
      'privacy.yaml:62',
      'src/analytics.ts:12',
      'src/analytics.ts:20',
      'src/components/store%20locator/%5Bcity%5D.tsx:8',
      'src/editor/draft.ts:4',
      'src/pages/signup.tsx:30',
    ]);
    expect(results.map((result) => result.level)).toEqual(['warning', 'note', 'error', 'warning', 'error', 'warning', 'warning']);
    expect(results[2]?.partialFingerprints).toEqual({ 'candor/v1': '1a2b3c4d5e6f7081' });
    for (const result of results) expect(run?.tool.driver.rules[result.ruleIndex]?.id).toBe(result.ruleId);
  });

  it('gives the full region and a relative %SRCROOT% location', () => {
    const result = parse(renderSarif(sampleReport)).runs[0]?.results.find((entry) => entry.ruleId === 'candor/no-violated-claim');
    expect(result?.locations[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: 'src/components/store%20locator/%5Bcity%5D.tsx', uriBaseId: '%SRCROOT%' },
      region: { startLine: 8, startColumn: 5, endLine: 8, endColumn: 45 },
    });
    expect(result?.message.text).toBe(sampleReport.findings.find((finding) => finding.ruleId === 'candor/no-violated-claim')?.message);
  });

  it('points manifest findings at the manifest line and code findings at their manifest entry too', () => {
    const results = parse(renderSarif(sampleReport)).runs[0]?.results ?? [];
    const unused = results.find((entry) => entry.ruleId === 'candor/no-unused-declaration');
    expect(unused?.locations[0]?.physicalLocation.artifactLocation.uri).toBe('privacy.yaml');
    expect(unused?.locations[0]?.physicalLocation.region?.startLine).toBe(62);
    expect(unused?.relatedLocations).toBeUndefined();
    const claim = results.find((entry) => entry.ruleId === 'candor/no-violated-claim');
    expect(claim?.relatedLocations?.[0]?.physicalLocation.artifactLocation.uri).toBe('privacy.yaml');
    expect(claim?.relatedLocations?.[0]?.physicalLocation.region.startLine).toBe(91);
  });

  it('marks accepted findings as externally suppressed with the reason', () => {
    const results = parse(renderSarif(sampleReport)).runs[0]?.results ?? [];
    const accepted = results.filter((entry) => entry.suppressions !== undefined);
    expect(accepted.map((entry) => entry.ruleId)).toEqual(['candor/no-undeclared-flow']);
    expect(accepted[0]?.suppressions).toEqual([
      { kind: 'external', status: 'accepted', justification: 'Hashed by gtag before sending; reviewed by legal. Accepted by dana@acme.example until 2025-12-31.' },
    ]);
  });

  it('is deterministic whatever order the findings come in', () => {
    const reversed: Report = { ...sampleReport, findings: [...sampleReport.findings].reverse() };
    expect(renderSarif(reversed)).toBe(renderSarif(sampleReport));
  });
});

describe('toArtifactLocation', () => {
  it('encodes each segment and keeps the slashes', () => {
    expect(toArtifactLocation('src/pages/[id]/sign up#1.tsx')).toEqual({ uri: 'src/pages/%5Bid%5D/sign%20up%231.tsx', uriBaseId: '%SRCROOT%' });
  });

  it('turns Windows separators into slashes', () => {
    expect(toArtifactLocation('src\\app\\page.tsx')).toEqual({ uri: 'src/app/page.tsx', uriBaseId: '%SRCROOT%' });
  });

  it('gives an absolute path a file URI and no base', () => {
    expect(toArtifactLocation('/home/dana/policies/privacy.yaml')).toEqual({ uri: 'file:///home/dana/policies/privacy.yaml' });
  });
});
