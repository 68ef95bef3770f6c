/**
 * @module
 * Tests for robots.txt parsing and matching (RFC 9309): group choice, longest match, wildcards.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { isAllowed, parseRobots } from './robots.js'

const FILE = `# comments and blank lines are ignored
User-agent: *
Disallow: /private/
Disallow: /*.pdf$

User-agent: Googlebot
User-agent: faultline/1.0
Disallow: /news/
Allow: /news/public
Disallow: /search
Allow: /search$
Sitemap: https://example.org/sitemap.xml
`

test('robots: the group naming us is chosen over *, with longest-match rules', () => {
  const rules = parseRobots(FILE, 'faultline')
  const cases: [label: string, path: string, allowed: boolean][] = [
    ['our group disallows /news/', '/news/2023/attack', false],
    ['the longer Allow wins', '/news/public/1', true],
    ['the * group does not apply to us', '/private/x', true],
    ['$ anchors: /search itself is allowed', '/search', true],
    ['$ anchors: /search?q=x is not', '/search?q=x', false],
    ['robots.txt itself is always allowed', '/robots.txt', true],
    ['unlisted paths are allowed', '/about', true],
  ]
  for (const [label, path, allowed] of cases) assert.equal(isAllowed(rules, path), allowed, label)
})

test('robots: the * group for other agents, with a * wildcard', () => {
  const rules = parseRobots(FILE, 'otherbot')
  const cases: [label: string, path: string, allowed: boolean][] = [
    ['prefix match', '/private/a', false],
    ['wildcard with end anchor', '/files/report.pdf', false],
    ['anchor: .pdf not at the end', '/files/report.pdf.html', true],
  ]
  for (const [label, path, allowed] of cases) assert.equal(isAllowed(rules, path), allowed, label)
})

test('robots: edge cases', () => {
  const cases: [label: string, file: string, path: string, allowed: boolean][] = [
    ['empty file allows all', '', '/x', true],
    ['empty Disallow allows all', 'User-agent: *\nDisallow:\n', '/x', true],
    ['Disallow: / blocks all', 'User-agent: *\nDisallow: /\n', '/x', false],
    ['a tie goes to Allow', 'User-agent: *\nDisallow: /a\nAllow: /a\n', '/a', true],
    ['agent names are case-insensitive', 'User-agent: FAULTLINE\nDisallow: /\n', '/x', false],
    ['rules before any User-agent are ignored', 'Disallow: /\n', '/x', true],
  ]
  for (const [label, file, path, allowed] of cases) {
    assert.equal(isAllowed(parseRobots(file, 'faultline'), path), allowed, label)
  }
  assert.equal(
    isAllowed({ rules: [], unavailable: 'HTTP 503' }, '/x'),
    false,
    'unavailable bans all',
  )
})
