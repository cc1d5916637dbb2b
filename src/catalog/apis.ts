import type { CollectingApi, CookieWriteApi, FieldRegistrationApi, NetworkApi, StorageWriteApi } from './types.js';

/**
 * Browser, server and library APIs that write cookies. Lifetime units differ per library, which is why
 * they are data: js-cookie counts days, Express milliseconds, Next.js and the `cookie` spec seconds.
 */
export const cookieWriteApis: readonly CookieWriteApi[] = [
  // https://github.com/js-cookie/js-cookie#expires
  { library: 'js-cookie', call: 'js-cookie#default.set', nameArg: 0, valueArg: 1, optionsArg: 2, lifetime: [{ property: 'expires', unit: 'days' }], server: false },
  // https://github.com/bendc/universal-cookie — cookies.set(name, value, { maxAge, expires })
  { library: 'universal-cookie', call: 'universal-cookie#default().set', nameArg: 0, valueArg: 1, optionsArg: 2, lifetime: [{ property: 'maxAge', unit: 's' }, { property: 'expires', unit: 'date' }], server: false },
  { library: 'react-cookie', call: 'react-cookie#useCookies().1', nameArg: 0, valueArg: 1, optionsArg: 2, lifetime: [{ property: 'maxAge', unit: 's' }, { property: 'expires', unit: 'date' }], server: false },
  // https://github.com/andreizanik/cookies-next
  { library: 'cookies-next', call: 'cookies-next#setCookie', nameArg: 0, valueArg: 1, optionsArg: 2, lifetime: [{ property: 'maxAge', unit: 's' }, { property: 'expires', unit: 'date' }], server: false },
  { library: 'cookies-next', call: 'cookies-next/client#setCookie', nameArg: 0, valueArg: 1, optionsArg: 2, lifetime: [{ property: 'maxAge', unit: 's' }, { property: 'expires', unit: 'date' }], server: false },
  { library: 'cookies-next', call: 'cookies-next/server#setCookie', nameArg: 0, valueArg: 1, optionsArg: 2, lifetime: [{ property: 'maxAge', unit: 's' }, { property: 'expires', unit: 'date' }], server: true },
  // https://github.com/maticzav/nookies — setCookie(ctx, name, value, options)
  { library: 'nookies', call: 'nookies#setCookie', nameArg: 1, valueArg: 2, optionsArg: 3, lifetime: [{ property: 'maxAge', unit: 's' }, { property: 'expires', unit: 'date' }], server: true },
  { library: 'nookies', call: 'nookies#default.set', nameArg: 1, valueArg: 2, optionsArg: 3, lifetime: [{ property: 'maxAge', unit: 's' }, { property: 'expires', unit: 'date' }], server: true },
  // https://expressjs.com/en/api.html#res.cookie — maxAge in milliseconds
  { library: 'express', call: '~res|response|reply.cookie', nameArg: 0, valueArg: 1, optionsArg: 2, lifetime: [{ property: 'maxAge', unit: 'ms' }, { property: 'expires', unit: 'date' }], server: true },
  // Fastify's @fastify/cookie: reply.setCookie(name, value, { maxAge: seconds })
  { library: '@fastify/cookie', call: '~reply|res.setCookie', nameArg: 0, valueArg: 1, optionsArg: 2, lifetime: [{ property: 'maxAge', unit: 's' }, { property: 'expires', unit: 'date' }], server: true },
  // https://nextjs.org/docs/app/api-reference/functions/cookies — maxAge in seconds
  { library: 'next', call: 'next/headers#cookies().set', nameArg: 0, valueArg: 1, optionsArg: 2, lifetime: [{ property: 'maxAge', unit: 's' }, { property: 'expires', unit: 'date' }], server: true },
  { library: 'next', call: '~*.cookies.set', nameArg: 0, valueArg: 1, optionsArg: 2, lifetime: [{ property: 'maxAge', unit: 's' }, { property: 'expires', unit: 'date' }], server: true },
  { library: 'next', call: 'next/server#NextResponse.*().cookies.set', nameArg: 0, valueArg: 1, optionsArg: 2, lifetime: [{ property: 'maxAge', unit: 's' }, { property: 'expires', unit: 'date' }], server: true },
  // https://hono.dev/docs/helpers/cookie — setCookie(c, name, value, { maxAge: seconds })
  { library: 'hono', call: 'hono/cookie#setCookie', nameArg: 1, valueArg: 2, optionsArg: 3, lifetime: [{ property: 'maxAge', unit: 's' }, { property: 'expires', unit: 'date' }], server: true },
];

/** The `document.cookie` property, written as a `name=value; attr=…` string. */
export const documentCookieObject = 'document';

/** Header-setting calls: with a `Set-Cookie` header name they write a cookie string. */
export const setCookieHeaderApis: readonly { call: string; headerArg: number; valueArg: number }[] = [
  { call: '...setHeader|appendHeader|header|set|append', headerArg: 0, valueArg: 1 },
];

/** Web storage and IndexedDB writes. */
export const storageWriteApis: readonly StorageWriteApi[] = [
  { library: 'Web Storage', call: 'localStorage.setItem', type: 'local_storage', keyArg: 0, valueArg: 1 },
  { library: 'Web Storage', call: 'sessionStorage.setItem', type: 'session_storage', keyArg: 0, valueArg: 1 },
  { library: 'IndexedDB', call: 'indexedDB.open', type: 'indexeddb', keyArg: 0 },
  { library: 'Cache API', call: 'caches.open', type: 'cache_storage', keyArg: 0 },
  // https://localforage.github.io/localForage/ — IndexedDB with a localStorage fallback, database "localforage"
  { library: 'localforage', call: 'localforage#default.setItem', type: 'indexeddb', keyArg: 0, valueArg: 1 },
  // https://github.com/jakearchibald/idb
  { library: 'idb', call: 'idb#openDB', type: 'indexeddb', keyArg: 0 },
  // https://github.com/jakearchibald/idb-keyval — one database "keyval-store"
  { library: 'idb-keyval', call: 'idb-keyval#set', type: 'indexeddb', keyArg: 0, valueArg: 1 },
  { library: 'dexie', call: 'dexie#default', type: 'indexeddb', keyArg: 0 },
  // https://zustand.docs.pmnd.rs/middlewares/persist — persist(fn, { name }) defaults to localStorage
  { library: 'zustand', call: 'zustand/middleware#persist', type: 'local_storage', keyArg: '1.name' },
  // https://github.com/rt2zz/redux-persist — stored under `persist:<key>`
  { library: 'redux-persist', call: 'redux-persist#persistReducer', type: 'local_storage', keyArg: '0.key', keyPrefix: 'persist:' },
  { library: 'jotai', call: 'jotai/utils#atomWithStorage', type: 'local_storage', keyArg: 0, valueArg: 1 },
  { library: '@vueuse/core', call: '@vueuse/core#useLocalStorage', type: 'local_storage', keyArg: 0, valueArg: 1 },
  { library: '@vueuse/core', call: '@vueuse/core#useSessionStorage', type: 'session_storage', keyArg: 0, valueArg: 1 },
  { library: 'usehooks-ts', call: 'usehooks-ts#useLocalStorage', type: 'local_storage', keyArg: 0, valueArg: 1 },
  { library: 'usehooks-ts', call: 'usehooks-ts#useSessionStorage', type: 'session_storage', keyArg: 0, valueArg: 1 },
];

/** Storage objects that also take property writes (`localStorage.theme = …`, `localStorage[key] = …`). */
export const storageObjects: Readonly<Record<string, 'local_storage' | 'session_storage'>> = {
  localStorage: 'local_storage',
  sessionStorage: 'session_storage',
};

/** Calls that send a request: their URL argument names the receiving host. */
export const networkApis: readonly NetworkApi[] = [
  { call: 'fetch', urlArg: 0, transport: 'request' },
  { call: 'navigator.sendBeacon', urlArg: 0, transport: 'beacon' },
  { call: 'XMLHttpRequest().open', urlArg: 1, transport: 'request' },
  { call: '~*.open', urlArg: 1, transport: 'request' },
  { call: 'WebSocket', urlArg: 0, transport: 'socket' },
  { call: 'EventSource', urlArg: 0, transport: 'socket' },
  { call: 'axios#default', urlArg: 0, transport: 'request' },
  { call: 'axios#default.get|post|put|patch|delete|request|head', urlArg: 0, transport: 'request' },
  { call: 'ky#default', urlArg: 0, transport: 'request' },
  { call: 'ky#default.get|post|put|patch|delete', urlArg: 0, transport: 'request' },
  { call: 'got#default', urlArg: 0, transport: 'request' },
  { call: 'got#default.get|post|put|patch|delete', urlArg: 0, transport: 'request' },
  { call: 'node-fetch#default', urlArg: 0, transport: 'request' },
  { call: 'ofetch#ofetch', urlArg: 0, transport: 'request' },
  { call: 'socket.io-client#io', urlArg: 0, transport: 'socket' },
  { call: 'socket.io-client#default', urlArg: 0, transport: 'socket' },
];

/**
 * Calls that send data off the device. A listener for keystrokes or a read of device details only
 * counts as collection in a file that also does one of these.
 */
export const transmitCalls: readonly string[] = [
  ...networkApis.map((api) => api.call),
  '~*.send',
  '~*.emit',
  '~*.publish',
];

/** Elements whose URL attribute loads something from a host. */
export const urlElements: Readonly<Record<string, { attribute: string; transport: 'script' | 'frame' | 'pixel' }>> = {
  script: { attribute: 'src', transport: 'script' },
  Script: { attribute: 'src', transport: 'script' },
  iframe: { attribute: 'src', transport: 'frame' },
  img: { attribute: 'src', transport: 'pixel' },
};

/** Keyboard events whose listeners see what the user types. */
const keystrokeEvents = ['keydown', 'keyup', 'keypress', 'input', 'beforeinput'];
/** Pointer events whose listeners see cursor movement. */
const pointerEvents = ['mousemove', 'pointermove', 'touchmove'];

/** Browser and server APIs whose use collects a data category (reference §4.4). */
export const collectingApis: readonly CollectingApi[] = [
  { ref: 'navigator.geolocation.getCurrentPosition|watchPosition', use: 'call', category: 'user.location.precise', precision: 'precise', requiresTransmission: false, confidence: 'strong', label: 'precise geolocation' },
  // `window.addEventListener` is the global `addEventListener` once `window.` is dropped, hence the bare alternative.
  { ref: 'document|body|*.addEventListener, addEventListener', use: 'call', firstArg: keystrokeEvents, category: 'user.behavior.keystrokes', requiresTransmission: true, confidence: 'medium', label: 'keystroke capture' },
  { ref: 'document|body|*.addEventListener, addEventListener', use: 'call', firstArg: pointerEvents, category: 'user.behavior.mouse_movement', requiresTransmission: true, confidence: 'medium', label: 'pointer movement capture' },
  { ref: 'navigator.plugins|mimeTypes', use: 'read', category: 'user.device.installed_software', requiresTransmission: false, confidence: 'strong', label: 'installed plugins read' },
  { ref: '*.toDataURL|getImageData', use: 'call', category: 'user.unique_id.pseudonymous', requiresTransmission: true, confidence: 'weak', label: 'canvas read-back (fingerprinting)' },
  { ref: 'OfflineAudioContext', use: 'call', category: 'user.unique_id.pseudonymous', requiresTransmission: true, confidence: 'medium', label: 'audio fingerprinting' },
  { ref: 'navigator.userAgent|userAgentData|platform|vendor', use: 'read', category: 'user.device.browser', requiresTransmission: true, confidence: 'weak', label: 'browser details' },
  { ref: 'screen.width|height|availWidth|availHeight|colorDepth|pixelDepth', use: 'read', category: 'user.device.screen', requiresTransmission: true, confidence: 'weak', label: 'screen size' },
  { ref: 'navigator.language|languages', use: 'read', category: 'user.device.locale.language', requiresTransmission: true, confidence: 'weak', label: 'browser language' },
  { ref: 'navigator.hardwareConcurrency|deviceMemory|maxTouchPoints', use: 'read', category: 'user.device.hardware', requiresTransmission: true, confidence: 'weak', label: 'device hardware' },
  { ref: 'navigator.getBattery', use: 'call', category: 'user.device.hardware', requiresTransmission: true, confidence: 'weak', label: 'battery status' },
  { ref: 'navigator.mediaDevices.enumerateDevices', use: 'call', category: 'user.device.hardware', requiresTransmission: true, confidence: 'weak', label: 'media device list' },
  { ref: 'navigator.connection', use: 'read', category: 'user.device.network', requiresTransmission: true, confidence: 'weak', label: 'network information' },
  { ref: 'navigator.mediaDevices.getUserMedia', use: 'call', category: 'user.content.media', requiresTransmission: false, confidence: 'strong', label: 'camera or microphone capture' },
  { ref: 'MediaRecorder', use: 'call', category: 'user.content.media', requiresTransmission: false, confidence: 'strong', label: 'media recording' },
  { ref: 'navigator.contacts.select', use: 'call', category: 'user.social.contacts', requiresTransmission: false, confidence: 'strong', label: 'contact picker' },
  { ref: 'navigator.credentials.create|get', use: 'call', category: 'user.authorization.credentials', requiresTransmission: false, confidence: 'strong', label: 'web credentials' },
  { ref: 'PaymentRequest', use: 'call', category: 'user.financial.credit_card', requiresTransmission: false, confidence: 'strong', label: 'Payment Request API' },
  { ref: '*.pushManager.subscribe', use: 'call', category: 'user.device.device_id', requiresTransmission: false, confidence: 'medium', label: 'push subscription' },
  // Server side: the client IP and IP-derived location.
  { ref: '~req|request|ctx|c.ip|ips', use: 'read', category: 'user.device.ip_address', requiresTransmission: false, confidence: 'medium', label: 'client IP address' },
  { ref: '~req|request.socket|connection.remoteAddress', use: 'read', category: 'user.device.ip_address', requiresTransmission: false, confidence: 'medium', label: 'client IP address' },
  { ref: '...headers.x-forwarded-for|x-real-ip|cf-connecting-ip|true-client-ip', use: 'any', category: 'user.device.ip_address', requiresTransmission: false, confidence: 'medium', label: 'client IP header' },
  { ref: '...headers.cf-ipcountry|x-vercel-ip-country|cloudfront-viewer-country|x-appengine-country|x-country-code', use: 'any', category: 'user.location.imprecise', precision: 'country', requiresTransmission: false, confidence: 'strong', label: 'country from IP' },
  { ref: '...headers.x-vercel-ip-country-region|cloudfront-viewer-country-region|x-appengine-region', use: 'any', category: 'user.location.imprecise', precision: 'region', requiresTransmission: false, confidence: 'strong', label: 'region from IP' },
  { ref: '...headers.x-vercel-ip-city|cloudfront-viewer-city|x-appengine-city|cf-ipcity', use: 'any', category: 'user.location.imprecise', precision: 'city', requiresTransmission: false, confidence: 'strong', label: 'city from IP' },
  { ref: '...headers.x-vercel-ip-latitude|x-vercel-ip-longitude|cloudfront-viewer-latitude|cloudfront-viewer-longitude|x-appengine-citylatlong|cf-iplatitude|cf-iplongitude', use: 'any', category: 'user.location.imprecise', precision: 'approximate', requiresTransmission: false, confidence: 'strong', label: 'coordinates from IP' },
  { ref: '~req|request.geo', use: 'read', category: 'user.location.imprecise', precision: 'city', requiresTransmission: false, confidence: 'strong', label: 'Next.js request geo' },
  { ref: '@vercel/functions#geolocation', use: 'call', category: 'user.location.imprecise', precision: 'city', requiresTransmission: false, confidence: 'strong', label: 'Vercel geolocation' },
  { ref: '@vercel/functions#ipAddress', use: 'call', category: 'user.device.ip_address', requiresTransmission: false, confidence: 'strong', label: 'Vercel client IP' },
  { ref: 'geoip-lite#default.lookup', use: 'call', category: 'user.location.imprecise', precision: 'city', requiresTransmission: false, confidence: 'strong', label: 'GeoIP lookup' },
  { ref: 'geoip-lite#lookup', use: 'call', category: 'user.location.imprecise', precision: 'city', requiresTransmission: false, confidence: 'strong', label: 'GeoIP lookup' },
  { ref: 'request-ip#getClientIp', use: 'call', category: 'user.device.ip_address', requiresTransmission: false, confidence: 'strong', label: 'client IP address' },
  { ref: 'request-ip#default.getClientIp', use: 'call', category: 'user.device.ip_address', requiresTransmission: false, confidence: 'strong', label: 'client IP address' },
  // Privacy signals: evidence for `signals` in the manifest.
  { ref: 'navigator.doNotTrack', use: 'read', category: 'user.privacy_preferences', requiresTransmission: false, confidence: 'strong', label: 'Do Not Track', signal: 'do_not_track' },
  { ref: '...headers.dnt', use: 'any', category: 'user.privacy_preferences', requiresTransmission: false, confidence: 'strong', label: 'Do Not Track header', signal: 'do_not_track' },
  { ref: 'navigator.globalPrivacyControl', use: 'read', category: 'user.privacy_preferences', requiresTransmission: false, confidence: 'strong', label: 'Global Privacy Control', signal: 'global_privacy_control' },
  { ref: '...headers.sec-gpc', use: 'any', category: 'user.privacy_preferences', requiresTransmission: false, confidence: 'strong', label: 'Global Privacy Control header', signal: 'global_privacy_control' },
];

/** Form libraries that register a field by name. */
export const fieldRegistrationApis: readonly FieldRegistrationApi[] = [
  // https://react-hook-form.com/docs/useform/register
  { library: 'react-hook-form', ref: 'react-hook-form#useForm().register', name: 0 },
  { library: 'react-hook-form', ref: 'react-hook-form#useFormContext().register', name: 0 },
  { library: 'react-hook-form', ref: 'react-hook-form#Controller', name: 'name' },
  // https://formik.org/docs/api/field
  { library: 'formik', ref: 'formik#Field', name: 'name' },
  { library: 'formik', ref: 'formik#useField', name: 0 },
  { library: 'react-final-form', ref: 'react-final-form#Field', name: 'name' },
];

/**
 * Methods that read a named entry (`headers.get('dnt')`, `c.req.header('x-forwarded-for')`): a call
 * `x.get('name')` is matched as the read `x.name`.
 */
export const getterMethods: ReadonlySet<string> = new Set(['get', 'header', 'getHeader']);

/** Hosts that are never third-party recipients: loopback and documentation examples (RFC 2606). */
export const nonRecipientHosts: readonly string[] = ['localhost', '127.0.0.1', '0.0.0.0', '[::1]', 'example.com', '*.example.com', '*.example', '*.test', '*.localhost', '*.local', '*.invalid', 'www.w3.org'];
