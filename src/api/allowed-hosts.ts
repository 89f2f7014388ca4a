// Which Host headers the server answers. A page on another site can make the analyst's browser send requests to
// the server under a name of its own that it re-points at 127.0.0.1 (DNS rebinding); those requests carry that
// name in their Host header. The server answers only the names of the address it listens on: localhost,
// 127.0.0.1 and [::1], the --host it was given, and the names passed with --allow-host; anything else gets 421.
// Listening on every address (0.0.0.0, ::), it also answers any IP address literal, which no rebinding can send.

const LOOPBACK_NAMES = ["localhost", "127.0.0.1", "::1"];
const WILDCARD_ADDRESSES = new Set(["0.0.0.0", "::", ""]);
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/** The host name of a Host header value, lower-cased, without the port or an IPv6 literal's brackets. */
export function hostNameOf(header: string): string {
  const value = header.trim().toLowerCase();
  if (value.startsWith("[")) {
    const end = value.indexOf("]");
    return end < 0 ? value : value.slice(1, end);
  }
  const colon = value.lastIndexOf(":");
  // One colon: name:port. More than one without brackets is not a valid Host value; keep it whole (refused).
  return colon >= 0 && value.indexOf(":") === colon ? value.slice(0, colon) : value;
}

export interface AllowedHosts {
  /** Whether a request with this Host header (undefined: none) is answered. */
  allows(header: string | undefined): boolean;
  /** The names answered, for messages. */
  readonly names: readonly string[];
}

/**
 * The Host check for a server listening on `listenHost`, also answering `extra` names.
 * @example allowedHosts("127.0.0.1").allows("attacker.example:8484") // false
 */
export function allowedHosts(listenHost: string, extra: readonly string[] = []): AllowedHosts {
  const listen = hostNameOf(listenHost.includes(":") && !listenHost.startsWith("[") ? `[${listenHost}]` : listenHost);
  const wildcard = WILDCARD_ADDRESSES.has(listen);
  const names = [...new Set([...LOOPBACK_NAMES, ...(wildcard ? [] : [listen]), ...extra.map(hostNameOf)])];
  const set = new Set(names);
  return {
    names,
    allows(header) {
      if (header === undefined || header.trim() === "") return false;
      const name = hostNameOf(header);
      if (set.has(name)) return true;
      return wildcard && (IPV4.test(name) || (header.trim().startsWith("[") && name.includes(":")));
    },
  };
}
