import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * A deterministic synthetic application of `count` files for benchmarks: React pages and components
 * with forms, hooks and utilities, Express routes setting cookies, analytics set-up, storage helpers
 * and plain logic, about 140 lines a file (the size of files in real Next.js apps).
 */
export function generateApp(root: string, count: number): { files: number; lines: number } {
  let lines = 0;
  const write = (path: string, text: string): void => {
    const target = join(root, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
    lines += text.split('\n').length;
  };
  write('package.json', JSON.stringify({ name: 'bench-app', private: true, dependencies: { react: '^19.0.0', express: '^4.21.0', 'mixpanel-browser': '^2.58.0', '@sentry/react': '^8.0.0' } }, null, 2));
  write('privacy.yaml', manifest);
  for (let i = 0; i < count; i++) {
    const kind = i % 10;
    const area = `area${i % 37}`;
    if (kind <= 3) write(`src/${area}/components/widget-${i}.tsx`, component(i));
    else if (kind <= 5) write(`src/${area}/lib/util-${i}.ts`, utility(i));
    else if (kind === 6) write(`server/${area}/route-${i}.ts`, route(i));
    else if (kind === 7) write(`src/${area}/tracking/track-${i}.ts`, tracking(i));
    else if (kind === 8) write(`src/${area}/state/store-${i}.ts`, store(i));
    else write(`src/${area}/pages/page-${i}.jsx`, page(i));
  }
  return { files: count, lines };
}

const manifest = `privacy_manifest: 1
policy: { title: Bench App Privacy Policy, completeness: complete }
surfaces:
  - { id: app, hosts: [bench.example] }
collect:
  - { id: account, categories: [name, email, password, phone], source: user, channel: form, purposes: [authentication] }
recipients:
  - { id: mixpanel, vendor: mixpanel, role: processor, disclosure: service_provider }
device_storage:
  items:
    - { name: session, type: cookie, provider: first_party, category: strictly_necessary, duration: P1D }
claims:
  - { id: no-precise-location, type: not_collected, categories: [precise_location] }
`;

/** Plain logic that every real file has plenty of: types, loops, conditionals, string handling. */
function logic(i: number, size: number): string {
  const out: string[] = [];
  for (let n = 0; n < size; n++) {
    if (n % 2 === 1) {
      out.push(`
export async function load${i}x${n}(id: string, signal?: AbortSignal): Promise<Record${i}x${n - 1}[]> {
  try {
    const response = await fetch(\`/api/records/\${encodeURIComponent(id)}?page=${n}\`, { signal, headers: { accept: 'application/json' } });
    if (!response.ok) throw new Error(\`request failed: \${response.status}\`);
    const body = (await response.json()) as { items: Record${i}x${n - 1}[] };
    return body.items.filter((item) => item.count > 0);
  } catch (error) {
    console.warn('load${i}x${n}', error);
    return [];
  }
}`);
      continue;
    }
    out.push(`
export interface Record${i}x${n} {
  id: string;
  label: string;
  count: number;
  tags: readonly string[];
}

export function summarise${i}x${n}(records: readonly Record${i}x${n}[], threshold = ${n + 3}): Map<string, number> {
  const totals = new Map<string, number>();
  for (const record of records) {
    if (record.count < threshold) continue;
    for (const tag of record.tags) {
      const key = \`\${record.label.toLowerCase()}:\${tag}\`;
      totals.set(key, (totals.get(key) ?? 0) + record.count);
    }
  }
  return new Map([...totals.entries()].sort((a, b) => b[1] - a[1]).slice(0, ${10 + n}));
}`);
  }
  return out.join('\n');
}

function component(i: number): string {
  const withForm = i % 3 === 0;
  return `import { useEffect, useMemo, useState } from 'react';
${logic(i, 5)}

export function Widget${i}({ title, items }: { title: string; items: string[] }) {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const filtered = useMemo(() => items.filter((item) => item.includes(query)), [items, query]);
  useEffect(() => {
    const handle = window.setTimeout(() => setOpen(filtered.length > 0), ${i % 500});
    return () => window.clearTimeout(handle);
  }, [filtered.length]);
  return (
    <section className="widget widget-${i}" aria-expanded={open}>
      <h2>{title}</h2>
      <input type="search" value={query} onChange={(event) => setQuery(event.target.value)} placeholder="Filter" />
      <ul>
        {filtered.map((item) => (
          <li key={item} className={item === query ? 'active' : undefined}>{item}</li>
        ))}
      </ul>
      ${
        withForm
          ? `<form method="post" action="/api/profile">
        <label>Email <input type="email" name="email" autoComplete="email" /></label>
        <label>Full name <input name="fullName" autoComplete="name" /></label>
        <label>Phone <input type="tel" name="phone" /></label>
        <button type="submit">Save</button>
      </form>`
          : '<p>No form here.</p>'
      }
    </section>
  );
}
`;
}

function utility(i: number): string {
  return `const PREFIX_${i} = 'util-${i}';
${logic(i, 7)}

export class Cache${i}<T> {
  private readonly entries = new Map<string, { value: T; expires: number }>();
  get(key: string): T | undefined {
    const entry = this.entries.get(\`\${PREFIX_${i}}:\${key}\`);
    if (entry === undefined || entry.expires < Date.now()) return undefined;
    return entry.value;
  }
  set(key: string, value: T, ttl = 60_000): void {
    this.entries.set(\`\${PREFIX_${i}}:\${key}\`, { value, expires: Date.now() + ttl });
  }
}
`;
}

function route(i: number): string {
  return `import express from 'express';

const SESSION = 'session';
export const router${i} = express.Router();
${logic(i, 5)}

router${i}.post('/api/login-${i}', async (req, res) => {
  const user = await findUser(String(req.body.email));
  if (!user) return res.status(401).json({ error: 'unknown user' });
  res.cookie(SESSION, user.token, { httpOnly: true, maxAge: 86_400_000 });
  console.info('login from', req.ip);
  return res.json({ ok: true });
});

async function findUser(email: string): Promise<{ token: string } | undefined> {
  return email.includes('@') ? { token: Buffer.from(email).toString('base64') } : undefined;
}
`;
}

function tracking(i: number): string {
  return `import mixpanel from 'mixpanel-browser';
${logic(i, 5)}

export function track${i}(event: string, properties: Record<string, unknown>): void {
  mixpanel.track(event, { ...properties, source: 'widget-${i}' });
}

export function identify${i}(user: { id: string; email: string }): void {
  mixpanel.identify(user.id);
  mixpanel.people.set({ $email: user.email });
}
`;
}

function store(i: number): string {
  return `const STORAGE_KEY = 'prefs-${i % 13}';
${logic(i, 6)}

export function savePreferences${i}(preferences: { theme: string; density: number }): void {
  localStorage.setItem(STORAGE_KEY, JSON.stringify(preferences));
}

export function saveDraft${i}(id: string, text: string): void {
  sessionStorage.setItem(\`draft:\${id}\`, text);
}
`;
}

function page(i: number): string {
  return `import { useState } from 'react';
${logic(i, 4).replace(/: readonly Record\d+x\d+\[\]/g, '').replace(/: Map<string, number>/g, '').replace(/<string, number>/g, '').replace(/export interface[^}]+}/g, '')}

export default function Page${i}() {
  const [count, setCount] = useState(0);
  return (
    <main>
      <h1>Page ${i}</h1>
      <button onClick={() => setCount(count + 1)}>Clicked {count} times</button>
    </main>
  );
}
`;
}
