/**
 * Host patterns from the catalog (`js.stripe.com`, `*.mouseflow.com`,
 * `connect.facebook.net/*\/fbevents.js`) and the URL parsing they are matched against.
 */
export interface HostPattern {
  source: string;
  /** Matches a hostname. */
  host: RegExp;
  /** Matches the start of a path, when the pattern has one. */
  path?: RegExp;
  /** More specific patterns win when several vendors share a host. */
  specificity: number;
}

function escape(text: string): string {
  return text.replace(/[.+?^${}()[\]\\]/g, '\\$&');
}

export function compileHostPattern(pattern: string): HostPattern {
  const slash = pattern.indexOf('/');
  const hostPart = slash >= 0 ? pattern.slice(0, slash) : pattern;
  const pathPart = slash >= 0 ? pattern.slice(slash) : undefined;
  const host = hostPart.startsWith('*.')
    ? new RegExp(`^(?:[a-z0-9-]+\\.)+${escape(hostPart.slice(2))}$`, 'i')
    : new RegExp(`^${escape(hostPart).replace(/\*/g, '[a-z0-9-]*')}$`, 'i');
  const compiled: HostPattern = { source: pattern, host, specificity: pattern.replace(/\*/g, '').length };
  if (pathPart !== undefined) compiled.path = new RegExp(`^${escape(pathPart).replace(/\*/g, '[^/]*')}`, 'i');
  return compiled;
}

export interface ParsedUrl {
  host: string;
  path: string;
  secure: boolean;
}

/** Parses an absolute (`https://…`) or protocol-relative (`//…`) URL; undefined for anything else. */
export function parseAbsoluteUrl(url: string): ParsedUrl | undefined {
  const match = /^(?:(https?|wss?):)?\/\/([^/?#:\s*]+)(?::\d+)?([^?#\s]*)/i.exec(url);
  if (match === null) return undefined;
  const [, scheme, host, path] = match;
  if (host === undefined || !host.includes('.') && host !== 'localhost') return undefined;
  // `https://api.${region}.io` stops the host at the unknown part; what follows is no path.
  if (host.endsWith('.') || (path !== undefined && path !== '' && !path.startsWith('/'))) return undefined;
  return { host: host.toLowerCase(), path: path === undefined || path === '' ? '/' : path, secure: scheme === undefined || /^(https|wss)$/i.test(scheme) };
}

export function matchesHost(pattern: HostPattern, url: ParsedUrl): boolean {
  if (!pattern.host.test(url.host)) return false;
  return pattern.path === undefined || pattern.path.test(url.path);
}

/** True when `host` is `domain` or one of its subdomains. */
export function isSameSite(host: string, domain: string): boolean {
  const bare = domain.replace(/^\*?\./, '').toLowerCase();
  return host === bare || host.endsWith(`.${bare}`);
}
