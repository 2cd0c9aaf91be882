'use strict';
/**
 * Where the add-in is served. `manifest.xml` in the repository points at the development server
 * (https://localhost:3000); a build for a real server rewrites every such URL under DVK_BASE_URL
 * (webpack.config.js), and `npm run validate -- --production FILE` refuses what a clerk's Excel
 * could not reach (localhost, plain http).
 */

const DEV_BASE_URL = 'https://localhost:3000';

/** A base address for production, or the reason it is not one (Vietnamese / English). */
function checkBaseUrl(text) {
  let url;
  try {
    url = new URL(text);
  } catch {
    return { error: `DVK_BASE_URL không phải địa chỉ web / is not a web address: "${text}"` };
  }
  if (url.protocol !== 'https:') return { error: `DVK_BASE_URL phải là https / must use https (Excel only opens https add-ins): "${text}"` };
  if (isLocalHost(url.hostname)) return { error: `DVK_BASE_URL trỏ về máy này / points at this machine (${url.hostname}); dùng địa chỉ máy chủ / use the server's address: "${text}"` };
  if (url.search || url.hash) return { error: `DVK_BASE_URL không được có ? hay # / must have no query or fragment: "${text}"` };
  return { base: `${url.origin}${url.pathname.replace(/\/+$/, '')}` };
}

function isLocalHost(hostname) {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host.endsWith('.localhost') || /^127\./.test(host) || host === '::1' || host === '0.0.0.0';
}

/** The manifest with every development URL moved under `base` (already checked). */
function rebaseManifest(xml, base) {
  return xml.split(DEV_BASE_URL).join(base);
}

/** Every URL in the manifest's attributes and text, for the production check. */
function manifestUrls(xml) {
  return [...xml.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>]+/gi)].map((m) => m[0]).filter((u) => !/^https?:\/\/(schemas\.microsoft\.com|www\.w3\.org)\//i.test(u));
}

/** Why each URL would not work for clerks (plain http, or this machine). */
function productionErrors(xml) {
  const errors = [];
  for (const text of new Set(manifestUrls(xml))) {
    let url;
    try {
      url = new URL(text);
    } catch {
      errors.push(`URL không hợp lệ / invalid URL: ${text}`);
      continue;
    }
    if (url.protocol !== 'https:') errors.push(`URL phải là https / must use https: ${text}`);
    else if (isLocalHost(url.hostname)) errors.push(`URL trỏ về máy này (localhost), máy của cán bộ không mở được / points at localhost, which clerks' PCs cannot reach: ${text}`);
  }
  return errors;
}

module.exports = { DEV_BASE_URL, checkBaseUrl, rebaseManifest, productionErrors, isLocalHost };
