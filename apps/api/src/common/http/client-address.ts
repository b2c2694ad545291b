import { isIPv4, isIPv6 } from 'node:net';

/**
 * The address a per-address limit counts a client under. An IPv4 address is one client (also when it
 * arrives IPv4-mapped, `::ffff:203.0.113.9`); an IPv6 address counts by its /64 network, since one
 * subscriber is routinely given a whole /64 and could otherwise take a fresh address for every request.
 */
export function clientAddressKey(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped && isIPv4(mapped[1])) return mapped[1];
  if (!isIPv6(ip)) return ip;
  return `${ipv6Groups(ip).slice(0, 4).join(':')}::/64`;
}

/** The eight 16-bit groups of an IPv6 address, without leading zeros, `::` expanded and a zone dropped. */
function ipv6Groups(ip: string): string[] {
  let address = ip.split('%')[0].toLowerCase();
  // A trailing dotted IPv4 part is the last two groups.
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(address);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number);
    address = `${address.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail === undefined ? [] : tail ? tail.split(':') : [];
  const groups = tail === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill('0'), ...right];
  return groups.map((g) => parseInt(g, 16).toString(16));
}
