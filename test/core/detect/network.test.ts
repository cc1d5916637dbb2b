import { describe, expect, it } from 'vitest';
import { observe, unresolvedIn } from './observations.js';
import { testCatalog } from './test-vendors.js';

const network = (host: string, reason: string, line: number, column: number, insecure = false) => ({
  kind: 'network',
  host,
  confidence: 'strong',
  reason,
  ...(insecure ? { insecure: true } : {}),
  line,
  column,
});
const flow = (category: string, host: string, name: string, line: number, column: number) => ({
  kind: 'flow',
  category,
  host,
  confidence: 'medium',
  reason: `\`${name}\` is sent to \`${host}\``,
  line,
  column,
});

describe('requests to other hosts', () => {
  it('reports unknown hosts, marks plain http and ws as insecure, and turns payload names into flows', () => {
    expect(
      observe('src/leads.ts', [
        "import axios from 'axios';",
        "fetch('https://api.partner-crm.io/v1/leads', { method: 'POST', body: JSON.stringify({ email: form.email, phone }) });",
        "fetch('http://legacy.partner-crm.io/track?id=1');",
        "axios.post('https://hooks.partner.io/catch/1', { firstName, lastName });",
        "const socket = new WebSocket('ws://realtime.partner.io/socket');",
      ]),
    ).toEqual([
      network('api.partner-crm.io', 'request to `api.partner-crm.io`', 2, 1),
      flow('user.contact.email', 'api.partner-crm.io', 'email', 2, 1),
      flow('user.contact.phone_number', 'api.partner-crm.io', 'phone', 2, 1),
      network('legacy.partner-crm.io', 'request to `legacy.partner-crm.io`', 3, 1, true),
      network('hooks.partner.io', 'request to `hooks.partner.io`', 4, 1),
      flow('user.name.first', 'hooks.partner.io', 'firstName', 4, 1),
      flow('user.name.last', 'hooks.partner.io', 'lastName', 4, 1),
      network('realtime.partner.io', 'socket to `realtime.partner.io`', 5, 16, true),
    ]);
  });

  it('ignores relative URLs, unknown hosts, loopback and documentation hosts', () => {
    expect(
      observe('src/local.ts', [
        "fetch('/api/local', { body: email });",
        'fetch(`https://${host}/x`, { body: email });',
        "fetch('https://localhost:3000/x', { body: email });",
        "fetch('https://api.shop.example/x', { body: email });",
        "fetch('http://127.0.0.1:8080/x', { body: email });",
      ]),
    ).toEqual([]);
  });

  it('reports iframes, pixels and scripts from other hosts', () => {
    expect(
      observe('src/embeds.tsx', [
        'export const E = () => <>',
        '  <iframe src="https://www.youtube-nocookie.com/embed/x" />',
        '  <img src="http://pixel.tracker.io/p.gif" />',
        '  <img src={`https://cdn.partner.io/${name}.png`} />',
        '</>;',
      ]),
    ).toEqual([
      network('www.youtube-nocookie.com', 'frame from `www.youtube-nocookie.com`', 2, 3),
      network('pixel.tracker.io', 'pixel from `pixel.tracker.io`', 3, 3, true),
      network('cdn.partner.io', 'pixel from `cdn.partner.io`', 4, 3),
    ]);
  });

  it('attributes a request to a vendor’s host to the vendor, as a flow, not as an unknown host', () => {
    const seen = observe('src/collect.ts', ["fetch('https://eu.collect.acme-analytics.io/e', { body: JSON.stringify({ email }) });"], testCatalog);
    expect(seen.filter((observation) => observation.kind === 'network')).toEqual([]);
    expect(seen.filter((observation) => observation.kind === 'flow' && observation.implied !== true)).toEqual([
      { ...flow('user.contact.email', 'eu.collect.acme-analytics.io', 'email', 1, 1), vendor: 'acme-analytics' },
    ]);
  });

  it('lists requests whose host cannot be read statically in coverage, not relative ones', () => {
    expect(
      unresolvedIn('src/shopify.ts', [
        'const domain = process.env.SHOPIFY_STORE_DOMAIN;',
        "export const load = (endpoint: string) => fetch(endpoint, { method: 'POST' });",
        "export const query = () => fetch(`${domain}/api/graphql.json`);",
        "export const local = () => fetch('/api/cart');",
      ]),
    ).toEqual(['2:43 request URL (`endpoint` is not a constant)', '3:28 request URL (`*/api/graphql.json`)']);
  });
});
