import { describe, expect, it } from 'vitest';
import { siteKeyFromInput } from '../../core/site-input';
import { isEnabledFor, isSiteDisabled, siteKeyFromUrl } from '../../core/site-key';
import { withSiteEnabled } from '../../core/settings-edits';
import { tMessage } from '../../utils/i18n';

describe('siteKeyFromUrl', () => {
  it.each([
    ['https://example.com/news/1', 'example.com'],
    ['https://www.example.com/', 'example.com'],
    ['https://WWW.Example.COM./path', 'example.com'], // case and the trailing root dot
    ['https://news.example.com/a', 'news.example.com'],
    ['https://www.news.example.co.uk/', 'news.example.co.uk'],
    ['http://example.com:8080/a', 'example.com'], // ports do not make another site
    ['https://example.com:443/', 'example.com'],
    ['http://localhost:5173/', 'localhost'],
    ['http://127.0.0.1:3000/page', '127.0.0.1'],
    ['http://[::1]:8080/', '[::1]'],
    ['http://[2001:db8::1]/', '[2001:db8::1]'],
    ['https://bücher.de/buch', 'xn--bcher-kva.de'], // IDN hosts in their punycode form
    ['https://xn--bcher-kva.de/', 'xn--bcher-kva.de'],
    ['https://www.bücher.de/', 'xn--bcher-kva.de'],
    ['https://www./', 'www'], // a host that is only "www." keeps a key
    ['file:///home/reader/article.html', 'file://'],
    ['file:///C:/Users/reader/page.html', 'file://'],
  ])('%s → %s', (url, key) => {
    expect(siteKeyFromUrl(url)).toBe(key);
  });

  it.each([
    'about:blank',
    'chrome://extensions/',
    'chrome-extension://abcdefghijklmnop/popup.html',
    'moz-extension://1234/popup.html',
    'edge://settings',
    'data:text/html,<p>hi</p>',
    'javascript:alert(1)',
    'blob:https://example.com/uuid',
    'view-source:https://example.com/',
    'ftp://example.com/file',
    'not a url',
    '',
    'example.com', // a bare host is not a URL (the options page uses siteKeyFromInput)
    'https://',
  ])('%s has no key', (url) => {
    expect(siteKeyFromUrl(url)).toBeNull();
  });
});

describe('siteKeyFromInput (options page)', () => {
  it.each([
    ['example.com', 'example.com'],
    ['  www.Example.com  ', 'example.com'],
    ['https://www.example.com/news?id=1', 'example.com'],
    ['localhost:8080', 'localhost'],
    ['127.0.0.1:3000', '127.0.0.1'],
    ['[::1]', '[::1]'],
    ['bücher.de', 'xn--bcher-kva.de'],
    ['news.example.com/section', 'news.example.com'],
    ['file:///tmp/a.html', 'file://'],
  ])('%s → %s', (input, key) => {
    expect(siteKeyFromInput(input)).toEqual({ ok: true, key });
  });

  it.each(['', '   ', 'not a site', 'exa$mple.com', 'https://a%20b.com', 'about:blank', 'chrome://extensions', 'data:text/plain,x', 'http://'])(
    'rejects %j with a message',
    (input) => {
      const result = siteKeyFromInput(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(tMessage(result.error).length).toBeGreaterThan(10);
    },
  );
});

describe('site rules', () => {
  const on = { paused: false, disabledSites: [] as string[] };

  it('a disabled key covers the site and its subdomains, not look-alikes', () => {
    const sites = ['example.com'];
    expect(isSiteDisabled('example.com', sites)).toBe(true);
    expect(isSiteDisabled('news.example.com', sites)).toBe(true);
    expect(isSiteDisabled('badexample.com', sites)).toBe(false);
    expect(isSiteDisabled('example.com.evil.org', sites)).toBe(false);
  });

  it('isEnabledFor follows pause, the disabled list and pages without a key', () => {
    expect(isEnabledFor('https://www.example.com/a', on)).toBe(true);
    expect(isEnabledFor('https://example.com/a', { ...on, paused: true })).toBe(false);
    expect(isEnabledFor('https://a.example.com/', { ...on, disabledSites: ['example.com'] })).toBe(false);
    expect(isEnabledFor('http://example.com:8080/', { ...on, disabledSites: ['example.com'] })).toBe(false);
    expect(isEnabledFor('chrome://settings', on)).toBe(false);
    expect(isEnabledFor('about:blank', on)).toBe(false);
  });

  it('withSiteEnabled switches a site off and back on, keeping other sites', () => {
    const off = withSiteEnabled({ ...on, disabledSites: ['other.org'] }, 'example.com', false);
    expect(off.disabledSites).toEqual(['other.org', 'example.com']);
    expect(withSiteEnabled(off, 'example.com', true).disabledSites).toEqual(['other.org']);
  });

  it('switching a subdomain on also lifts the parent rule that covered it', () => {
    const off = { ...on, disabledSites: ['example.com'] };
    expect(withSiteEnabled(off, 'news.example.com', true).disabledSites).toEqual([]);
  });
});
