import { describe, expect, it } from 'vitest';
import { observeKind, unresolvedIn } from './observations.js';

const stored = (key: string, storageType: string, reason: string, line: number, column: number, contains?: string[]) => ({
  kind: 'storage',
  key,
  storageType,
  confidence: 'strong',
  ...(contains === undefined ? {} : { contains }),
  reason,
  line,
  column,
});

describe('web storage', () => {
  it('reads `setItem`, property and bracket writes, template keys and the data a value holds', () => {
    expect(
      observeKind('storage', 'src/prefs.ts', [
        "localStorage.setItem('theme', 'dark');",
        'sessionStorage.setItem(`draft:${postId}`, body);',
        'localStorage.recent = JSON.stringify(items);',
        "window.localStorage['last_email'] = user.email;",
        'localStorage.setItem = patched;',
        "indexedDB.open('offline-db');",
      ]),
    ).toEqual([
      stored('theme', 'local_storage', 'written with Web Storage', 1, 1),
      stored('draft:*', 'session_storage', 'written with Web Storage', 2, 1),
      stored('recent', 'local_storage', 'assigned to `localStorage`', 3, 1),
      stored('last_email', 'local_storage', 'assigned to `localStorage`', 4, 1, ['user.contact.email']),
      stored('offline-db', 'indexeddb', 'written with IndexedDB', 6, 1),
    ]);
  });

  it('reads keys from library options: zustand `persist` and redux-persist with its `persist:` prefix', () => {
    expect(
      observeKind('storage', 'src/store.ts', [
        "import { persist } from 'zustand/middleware';",
        "import { create } from 'zustand';",
        "import { persistReducer } from 'redux-persist';",
        "const useCart = create(persist((set) => ({}), { name: 'cart-store' }));",
        "const reducer = persistReducer({ key: 'root', storage }, rootReducer);",
      ]),
    ).toEqual([stored('cart-store', 'local_storage', 'written with zustand', 4, 24), stored('persist:root', 'local_storage', 'written with redux-persist', 5, 17)]);
  });

  it('lists keys it cannot read, saying why', () => {
    expect(
      unresolvedIn('src/wrapper.ts', [
        "import { persist } from 'zustand/middleware';",
        'export const save = (key: string, value: string) => localStorage.setItem(key, value);',
        'persist(fn, options);',
        'persist(fn, {});',
      ]),
    ).toEqual([
      '2:53 local storage key (`key` is not a constant)',
      '3:1 local storage key (`options` is not defined in this file)',
      '4:1 local storage key (missing)',
    ]);
  });
});
