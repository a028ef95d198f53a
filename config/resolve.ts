// Host overrides, the CMEP_RESOLVE map (like curl's --resolve): lets a deployment be tested before DNS points
// at it, and lets the twin's host names reach loopback without touching /etc/hosts. The same map feeds
// Chromium (--host-resolver-rules) and the API client (a DNS lookup override), so both talk to the same server.
import dns from 'node:dns';
import net from 'node:net';

export type ResolveMap = ReadonlyMap<string, string>;

/** Parses `host=ip[,host=ip…]`; returns null when the text is malformed (the caller names the variable). */
export function parseResolveMap(text: string): Map<string, string> | null {
  const map = new Map<string, string>();
  for (const pair of text.split(',').map((p) => p.trim()).filter(Boolean)) {
    const match = /^([a-z0-9](?:[a-z0-9.-]*[a-z0-9])?)=([0-9a-f.:]+)$/i.exec(pair);
    if (!match || net.isIP(match[2]!) === 0) return null;
    map.set(match[1]!.toLowerCase(), match[2]!);
  }
  return map.size > 0 ? map : null;
}

/** Chromium's flag value: `MAP host ip,MAP host ip`. */
export function chromiumResolverRules(map: ResolveMap): string | null {
  if (map.size === 0) return null;
  return [...map].map(([host, ip]) => `MAP ${host} ${ip}`).join(',');
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | dns.LookupAddress[], family?: number) => void;
export type LookupFunction = (hostname: string, options: dns.LookupOptions, callback: LookupCallback) => void;

/**
 * A `net.connect` lookup that answers overridden hosts from the map and everything else from the system resolver.
 * Node calls it with `all: true` when it races address families, so both answer shapes are served.
 */
export function lookupWithOverrides(map: ResolveMap): LookupFunction {
  return (hostname, options, callback) => {
    const ip = map.get(hostname.toLowerCase());
    if (ip === undefined) {
      dns.lookup(hostname, options, callback as never);
      return;
    }
    const family = net.isIP(ip);
    if (options.all) callback(null, [{ address: ip, family }]);
    else callback(null, ip, family);
  };
}
