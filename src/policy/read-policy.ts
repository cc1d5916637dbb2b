import { ccpaRowPhrases, childrenPhrases, collectionSectionCue } from '../catalog/data/policy-phrases.js';
import type { VendorEntry } from '../catalog/types.js';
import { vendors as catalogVendors } from '../catalog/vendors/index.js';
import { claimKey, readUnit, VendorMatcher } from './claims.js';
import type { DraftClaim, Mention, PolicyClaim, Unit } from './claims.js';
import { detectFormat, normalizeText } from './load.js';
import type { NormalizedText, PolicyFormat, TextBlock } from './load.js';
import { splitSentences } from './sentences.js';

export interface ReadPolicyOptions {
  /** Input format; detected from `file`'s extension or the content when absent. */
  format?: PolicyFormat;
  /** Path of the text, for format detection and reports. */
  file?: string;
  /** Vendor catalog to match names against (default: Candor's catalog). */
  vendors?: readonly VendorEntry[];
}

/** What the reader made of a policy. */
export interface PolicyReading {
  file?: string;
  format: PolicyFormat;
  /** Claims in text order, one per distinct statement (`claimKey`), each with the first sentence that makes it. */
  claims: PolicyClaim[];
  /** Sentences read. */
  sentences: number;
  /**
   * The text looks like a broken extraction (mostly headings and link anchors, as a PDF export without
   * body text gives): claims are few and rest on headings, and silence means little.
   */
  partial: boolean;
}

const matcherCache = new WeakMap<readonly VendorEntry[], VendorMatcher>();

/**
 * Reads a published privacy policy (Markdown, HTML or plain text) into typed claims: categories
 * collected and denied, vendors named, technologies, signals, children, retention and sale statements.
 * Deterministic and offline; every claim quotes the sentence it rests on, with its offsets, line and
 * column in `text`.
 */
export function readPolicy(text: string, options: ReadPolicyOptions = {}): PolicyReading {
  const format = options.format ?? detectFormat(text, options.file);
  const normalized = normalizeText(text, format);
  const vendorList = options.vendors ?? catalogVendors;
  let matcher = matcherCache.get(vendorList);
  if (matcher === undefined) {
    matcher = new VendorMatcher(vendorList);
    matcherCache.set(vendorList, matcher);
  }
  const lineStarts = computeLineStarts(text);
  const found = new Map<string, PolicyClaim>();
  let sentenceCount = 0;
  let terminated = 0;

  const tableCells = findTableCells(normalized);
  let leadIn: { text: string; quote: string } | undefined;
  let childrenSection = false;
  let collectionSection = false;
  let previous: readonly Mention[] = [];
  const title = normalized.blocks.find((block) => block.type === 'heading');
  const titleText = title === undefined ? '' : normalized.text.slice(title.start, title.end);

  for (let index = 0; index < normalized.blocks.length; index++) {
    const block = normalized.blocks[index];
    if (block === undefined) continue;
    const blockText = normalized.text.slice(block.start, block.end);
    if (block.type === 'heading') {
      leadIn = undefined;
      childrenSection = new RegExp(childrenPhrases.heading, 'i').test(blockText);
      collectionSection = new RegExp(`\\b(?:${collectionSectionCue})`, 'i').test(blockText);
    }
    const cell = tableCells.get(index);
    if (cell !== undefined) {
      if (cell.row !== undefined) {
        const claim = { kind: 'ccpa', row: cell.row, collected: cell.collected } as const;
        add(found, claim, position(normalized, block.start, block.end, blockText, lineStarts, 'text'));
      }
      continue;
    }
    if (leadIn !== undefined && block.type === 'paragraph' && wordCount(blockText) > 10) leadIn = undefined;
    const spans = block.type === 'heading' ? [{ start: block.start, end: block.end }] : splitSentences(normalized.text, block.start, block.end);
    for (const [sentenceIndex, span] of spans.entries()) {
      const sentence = normalized.text.slice(span.start, span.end);
      sentenceCount++;
      if (/[.!?:;]["”’)]?$/.test(sentence)) terminated++;
      // A list's lead-in ("we do NOT:") governs the first sentence of each item, not the item's later sentences.
      const prefix = leadIn === undefined || block.type === 'heading' || sentenceIndex > 0 ? '' : `${leadIn.text} `;
      const unit: Unit = {
        text: prefix + sentence,
        ownStart: prefix.length,
        heading: block.type === 'heading',
        childrenSection,
        collectionSection,
        previous,
      };
      const quote = prefix === '' ? sentence : `${leadIn?.quote ?? ''} … ${sentence}`;
      const source = position(normalized, span.start, span.end, quote, lineStarts, block.type === 'heading' ? 'heading' : 'text');
      const result = readUnit(unit, matcher);
      for (const claim of result.claims) add(found, claim, source);
      if (result.mentions.length > 0) previous = result.mentions;
    }
    const last = spans[spans.length - 1];
    const lastText = last === undefined ? '' : normalized.text.slice(last.start, last.end);
    if (block.type !== 'heading' && lastText.endsWith(':')) {
      leadIn = { text: lastText.slice(0, -1), quote: lastText };
    }
  }

  const claims = finish([...found.values()], titleText);
  const partial = sentenceCount >= 10 && terminated / sentenceCount < 0.4;
  const reading: PolicyReading = { format, claims, sentences: sentenceCount, partial };
  if (options.file !== undefined) reading.file = options.file;
  return reading;
}

type Source = Pick<PolicyClaim, 'quote' | 'start' | 'end' | 'line' | 'column' | 'evidence'>;

function add(found: Map<string, PolicyClaim>, draft: DraftClaim, source: Source): void {
  const key = claimKey(draft);
  const existing = found.get(key);
  const evidence = draft.evidence ?? source.evidence;
  // A statement in the text is better evidence than a heading saying the same.
  if (existing !== undefined && !(existing.evidence === 'heading' && evidence === 'text')) return;
  found.set(key, { ...draft, ...source, evidence } as PolicyClaim);
}

/** Claims in text order; vendors named in the title are the policy's own company; a bare children heading counts when nothing else does. */
function finish(claims: PolicyClaim[], title: string): PolicyClaim[] {
  const hasChildrenStatement = claims.some((claim) => claim.kind === 'children' && claim.topic !== 'mentioned');
  const result: PolicyClaim[] = [];
  for (const claim of claims) {
    if (claim.kind === 'children' && claim.topic === 'mentioned' && hasChildrenStatement) continue;
    if (claim.kind === 'vendor' && title.toLowerCase().includes(claim.name.toLowerCase())) result.push({ ...claim, self: true });
    else result.push(claim);
  }
  return result.sort((a, b) => a.start - b.start || claimKey(a).localeCompare(claimKey(b)));
}

function position(
  normalized: NormalizedText,
  start: number,
  end: number,
  quote: string,
  lineStarts: readonly number[],
  evidence: Source['evidence'],
): Source {
  const originalStart = normalized.offsets[start] ?? 0;
  const originalEnd = (normalized.offsets[end - 1] ?? originalStart) + 1;
  const { line, column } = lineColumn(lineStarts, originalStart);
  return { quote, start: originalStart, end: originalEnd, line, column, evidence };
}

function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

/** 1-based line and column of an offset (binary search over line starts). */
export function lineColumn(lineStarts: readonly number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((lineStarts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - (lineStarts[low] ?? 0) + 1 };
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => word !== '').length;
}

interface TableCell {
  /** For a row's title cell: the CCPA row it names and the answer in its row. */
  row?: string;
  collected: boolean;
}

const answerCell = /^(yes|no)\.?$/i;
const gluedAnswer = /^(?:Yes|No)(?=\p{Lu}\p{Ll})/u;
const ccpaRows = Object.entries(ccpaRowPhrases).map(([row, phrase]) => ({ row, pattern: new RegExp(phrase, 'i') }));

/**
 * Disclosure tables flattened to one cell per block (title, examples, "Yes"/"No"), as HTML-to-text
 * conversions leave CCPA tables. Their example cells list categories as definitions ("name, alias,
 * postal address, … Social Security"), not as practices, so they are kept out of category reading;
 * title cells that name a CCPA category become `ccpa` claims.
 */
function findTableCells(normalized: NormalizedText): Map<number, TableCell> {
  const cells = new Map<number, TableCell>();
  const blocks: readonly TextBlock[] = normalized.blocks;
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index];
    if (block === undefined) continue;
    const answer = answerCell.exec(normalized.text.slice(block.start, block.end).trim());
    if (answer === null) continue;
    const collected = (answer[1] ?? '').toLowerCase() === 'yes';
    cells.set(index, { collected });
    const examples = blocks[index - 1];
    const titleBlock = blocks[index - 2];
    if (examples === undefined || titleBlock === undefined || cells.has(index - 1) || cells.has(index - 2)) continue;
    cells.set(index - 1, { collected });
    const titleText = normalized.text.slice(titleBlock.start, titleBlock.end).replace(gluedAnswer, '');
    const row = ccpaRows.find((candidate) => candidate.pattern.test(titleText))?.row;
    cells.set(index - 2, row === undefined ? { collected } : { row, collected });
  }
  return cells;
}
