// Host overrides (CMEP_RESOLVE): parsing, Chromium's flag, and the lookup the API client connects with.
import type dns from 'node:dns';
import { expect, test } from '@playwright/test';
import { chromiumResolverRules, lookupWithOverrides, parseResolveMap } from '../../config/resolve.ts';

test('host=ip pairs parse, host names lower-cased, IPv6 accepted', () => {
  expect([...parseResolveMap('API.cmepdoc.com=203.0.113.10, cmepdoc.com=2001:db8::1')!]).toEqual([
    ['api.cmepdoc.com', '203.0.113.10'],
    ['cmepdoc.com', '2001:db8::1'],
  ]);
});

for (const bad of ['', 'cmepdoc.com', 'cmepdoc.com=not-an-ip', 'cmepdoc.com:203.0.113.10', '=203.0.113.10', 'a=1.2.3.4,b']) {
  test(`malformed ${JSON.stringify(bad)} is rejected`, () => {
    expect(parseResolveMap(bad)).toBeNull();
  });
}

test('Chromium gets MAP rules; an empty map gives no flag', () => {
  expect(chromiumResolverRules(new Map([['cmep.test', '127.0.0.1'], ['api.cmep.test', '127.0.0.1']]))).toBe(
    'MAP cmep.test 127.0.0.1,MAP api.cmep.test 127.0.0.1',
  );
  expect(chromiumResolverRules(new Map())).toBeNull();
});

function lookup(map: Map<string, string>, host: string, options: dns.LookupOptions): Promise<unknown[]> {
  return new Promise((resolve, reject) =>
    lookupWithOverrides(map)(host, options, (err, address, family) => (err ? reject(err) : resolve([address, family]))),
  );
}

test('an overridden host answers from the map, in both callback shapes', async () => {
  const map = new Map([['api.cmep.test', '127.0.0.1']]);
  expect(await lookup(map, 'API.cmep.test', {})).toEqual(['127.0.0.1', 4]);
  expect(await lookup(map, 'api.cmep.test', { all: true })).toEqual([[{ address: '127.0.0.1', family: 4 }], undefined]);
});

test('other hosts go to the system resolver', async () => {
  const [address] = await lookup(new Map([['api.cmep.test', '127.0.0.1']]), 'localhost', { family: 4 });
  expect(address).toBe('127.0.0.1');
});
