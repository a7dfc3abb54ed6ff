import { expect, test } from '@playwright/test';
import { destinationOf, parseBackend } from '../../harness/session/backend-scope';
import { ConfigError, readConfig } from '../../harness/settings/config';

const target = 'http://127.0.0.1:4173';
const where = (backend: string, url: string) => destinationOf(parseBackend(backend), target, new URL(url));

test.describe('what the backend is (BACKEND)', () => {
  test('by default /api/ on the target, whatever the case, with or without its slash or a query', () => {
    expect(readConfig({}).BACKEND).toEqual({ paths: ['/api/'], origins: [] });
    for (const url of ['/api/orders', '/api', '/api?x=1', '/API/Orders', '/Api#top', '//api/orders', '/%61pi/orders'])
      expect(where('/api/', `${target}${url}`), url).toBe('backend');
    for (const url of ['/', '/apis', '/apix/orders', '/assets/api/x.js', '/partnership/api'])
      expect(where('/api/', `${target}${url}`), url).toBe('target');
  });

  test('lists path prefixes and origins; an origin is backend on every path, ws(s) included', () => {
    const backend = '/api/, /billing , https://Payments.Example.com';
    expect(parseBackend(backend)).toEqual({ paths: ['/api/', '/billing/'], origins: ['https://payments.example.com'] });
    expect(where(backend, `${target}/billing`)).toBe('backend');
    expect(where(backend, 'https://payments.example.com/v1/charges')).toBe('backend');
    expect(where(backend, 'wss://payments.example.com/live')).toBe('backend');
    expect(where(backend, `${target.replace('http', 'ws')}/api/live`)).toBe('backend');
  });

  test('any other origin is elsewhere, even on a backend path; data:, blob: and about: go nowhere', () => {
    expect(where('/api/', 'https://cdn.example.com/app.js')).toBe('elsewhere');
    expect(where('/api/', 'http://localhost:4173/api/orders')).toBe('elsewhere');
    expect(where('/api/', 'https://payments.example.com:8443/')).toBe('elsewhere');
    expect(where('https://payments.example.com', 'https://payments.example.com:8443/')).toBe('elsewhere');
    for (const url of ['data:text/plain,hi', 'blob:http://127.0.0.1:4173/0c0e', 'about:blank'])
      expect(where('/api/', url), url).toBe('local');
  });

  for (const [value, message] of [
    [',', /^Invalid setting BACKEND=",": must list at least one API path prefix/],
    ['api/', /^Invalid setting BACKEND="api\/": "api\/" is neither a path prefix starting with \/ nor an origin/],
    ['/api/*', /^Invalid setting BACKEND="\/api\/\*": "\/api\/\*" is not a path prefix/],
    ['/api/,https://api.example.com/v1', /^Invalid setting BACKEND=.*"https:\/\/api.example.com\/v1" is neither/],
    ['ftp://files.example.com', /is neither a path prefix starting with \/ nor an origin/],
  ] as const) {
    test(`a bad BACKEND (${value}) is one line naming the variable`, () => {
      expect(() => readConfig({ BACKEND: value })).toThrow(ConfigError);
      expect(() => readConfig({ BACKEND: value })).toThrow(message);
    });
  }

  test('service workers are blocked unless SERVICE_WORKERS=allow; any other value is refused', () => {
    expect(readConfig({}).SERVICE_WORKERS).toBe('block');
    expect(readConfig({ SERVICE_WORKERS: 'allow' }).SERVICE_WORKERS).toBe('allow');
    expect(() => readConfig({ SERVICE_WORKERS: 'on' })).toThrow(
      /^Invalid setting SERVICE_WORKERS="on": must be block or allow/,
    );
  });
});
