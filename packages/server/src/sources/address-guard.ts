import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';

/** Addresses no source may reach: private, link-local (cloud metadata), shared, multicast, reserved. */
function blockedNetworks(allowLoopback: boolean): BlockList {
  const list = new BlockList();
  const v4: Array<[string, number]> = [
    ['0.0.0.0', 8],
    ['10.0.0.0', 8],
    ['100.64.0.0', 10],
    ['169.254.0.0', 16],
    ['172.16.0.0', 12],
    ['192.0.0.0', 24],
    ['192.168.0.0', 16],
    ['198.18.0.0', 15],
    ['224.0.0.0', 4],
    ['240.0.0.0', 4],
  ];
  const v6: Array<[string, number]> = [
    ['::', 128],
    ['fc00::', 7],
    ['fe80::', 10],
    ['ff00::', 8],
  ];
  if (!allowLoopback) {
    v4.push(['127.0.0.0', 8]);
    v6.push(['::1', 128]);
  }
  for (const [net, prefix] of v4) list.addSubnet(net, prefix, 'ipv4');
  for (const [net, prefix] of v6) list.addSubnet(net, prefix, 'ipv6');
  return list;
}

export interface AddressGuard {
  /** Whether a literal IP address may be reached. */
  allows(address: string): boolean;
  /** A DNS lookup for http.request that fails when any address of the name is refused. */
  lookup: LookupFunction;
}

/**
 * Checks every address a source's request connects to, after DNS resolution, so a name that
 * resolves (or is rebound) to a private address is refused as well as a literal one, on the
 * first request and on every redirect.
 */
export function addressGuard(allowLoopback: boolean): AddressGuard {
  const blocked = blockedNetworks(allowLoopback);
  const allows = (address: string): boolean => {
    // IPv4-mapped IPv6 (::ffff:10.0.0.1) is the IPv4 address.
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
    const plain = mapped ?? address;
    const family = isIP(plain);
    if (family === 0) return false;
    return !blocked.check(plain, family === 4 ? 'ipv4' : 'ipv6');
  };
  const lookup: LookupFunction = (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      const refused = addresses.find((a) => !allows(a.address));
      if (refused) return callback(new RefusedAddressError(hostname, refused.address), '', 0);
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      const [first] = addresses;
      if (!first) return callback(new Error(`${hostname}: no address`), '', 0);
      callback(null, first.address, first.family);
    });
  };
  return { allows, lookup };
}

export class RefusedAddressError extends Error {
  constructor(host: string, address: string) {
    super(`${host} → ${address}: địa chỉ nội bộ, không được phép (private or link-local address refused)`);
  }
}
