/**
 * @module
 * Tests for blockedRange: every non-public range named, IPv4 hidden in IPv6 unwrapped, and
 * public addresses let through.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { blockedRange, embeddedIpv4 } from './ip-policy.js'

const CASES: [label: string, ip: string, range: string | null][] = [
  ['loopback', '127.0.0.1', 'loopback'],
  ['loopback, whole /8', '127.255.0.9', 'loopback'],
  ['private 10/8', '10.0.0.1', 'private'],
  ['private 172.16/12, low end', '172.16.0.1', 'private'],
  ['private 172.16/12, high end', '172.31.255.255', 'private'],
  ['public just past 172.16/12', '172.32.0.1', null],
  ['private 192.168/16', '192.168.1.1', 'private'],
  ['link-local (cloud metadata)', '169.254.169.254', 'link-local'],
  ['carrier-grade NAT', '100.64.0.1', 'carrier-grade NAT'],
  ['public just past CGNAT', '100.128.0.1', null],
  ['this network', '0.0.0.0', 'this-network'],
  ['multicast', '224.0.0.251', 'multicast'],
  ['broadcast', '255.255.255.255', 'reserved'],
  ['public IPv4', '93.184.216.34', null],
  ['IPv6 loopback', '::1', 'loopback'],
  ['IPv6 unspecified', '::', 'unspecified'],
  ['IPv6 link-local', 'fe80::1', 'link-local'],
  ['IPv6 link-local with a zone', 'fe80::1%eth0', 'link-local'],
  ['IPv6 unique-local', 'fd12:3456::1', 'unique-local'],
  ['IPv6 multicast', 'ff02::1', 'multicast'],
  ['IPv4-mapped loopback, dotted', '::ffff:127.0.0.1', 'loopback'],
  ['IPv4-mapped loopback, hex', '::ffff:7f00:1', 'loopback'],
  ['IPv4-mapped private', '::ffff:10.0.0.1', 'private'],
  ['IPv4-mapped public', '::ffff:93.184.216.34', null],
  ['NAT64 of a private address', '64:ff9b::192.168.0.1', 'private'],
  ['6to4 of a private address', '2002:c0a8:0101::1', 'private'],
  ['public IPv6', '2606:4700:4700::1111', null],
  ['bracketed literal', '[::1]', 'loopback'],
  ['not an address', 'example.org', 'not an IP address'],
]

test('blockedRange names the range of each non-public address', () => {
  for (const [label, ip, range] of CASES) assert.equal(blockedRange(ip), range, `${label}: ${ip}`)
})

test('embeddedIpv4 unwraps mapped, NAT64 and 6to4 forms and leaves others', () => {
  const cases: [label: string, ip: string, v4: string | null][] = [
    ['mapped', '::ffff:c0a8:1', '192.168.0.1'],
    ['NAT64', '64:ff9b::a00:1', '10.0.0.1'],
    ['6to4', '2002:0a00:0001::', '10.0.0.1'],
    ['plain IPv6', '2001:db8::1', null],
    ['IPv6 loopback stays IPv6', '::1', null],
  ]
  for (const [label, ip, v4] of cases) assert.equal(embeddedIpv4(ip), v4, label)
})
