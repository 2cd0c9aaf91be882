#!/usr/bin/env node
/**
 * Offline validation of the Office add-in manifest.
 *
 *   node scripts/validate-manifest.js [--production] [path/to/manifest.xml]
 *
 * 1. XML Schema validation with xmllint-wasm against OfficeAppManifestV1_1.xsd
 *    and the XSDs it imports, kept in scripts/manifest-schemas (see its README).
 * 2. Rules the XSD cannot express: Permissions is exactly ReadWriteDocument,
 *    the ExcelApi requirement is MinVersion 1.1, the add-in targets Excel
 *    (Workbook), every resid points to a defined resource, and every icon
 *    referenced exists under assets/ with the pixel size the manifest expects
 *    (read from the PNG IHDR chunk).
 *
 * With --production, URLs must be https and not localhost (a manifest for clerks).
 *
 * Exits 0 and prints "manifest.xml hợp lệ / valid", or prints every error and
 * exits 1. Tests use the exported validateManifest(manifestPath).
 */
'use strict';

const fs = require('fs');
const path = require('path');
const { validateXML } = require('xmllint-wasm');
const { productionErrors } = require('./manifest-url');

const REPO_ROOT = path.resolve(__dirname, '..');
const SCHEMA_DIR = path.join(REPO_ROOT, 'scripts', 'manifest-schemas');
const MAIN_SCHEMA = 'OfficeAppManifestV1_1.xsd';
const ASSETS_DIR = path.join(REPO_ROOT, 'assets');

const REQUIRED_PERMISSION = 'ReadWriteDocument';
const REQUIRED_EXCEL_API = '1.1';
const IconUrlSize = 32;
const HighResolutionIconUrlSize = 64;

// ------------------------------------------------------------------------
// Minimal XML reader: elements, attributes and text; comments, processing
// instructions, CDATA and DOCTYPE are skipped. Enough for a manifest that is
// also checked by the real (libxml2) parser.
// ------------------------------------------------------------------------

function decodeEntities(s) {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g, (_, e) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }[e];
  });
}

function localName(qname) {
  const i = qname.indexOf(':');
  return i < 0 ? qname : qname.slice(i + 1);
}

/** @returns {{name:string, local:string, attrs:Record<string,string>, children:any[], text:string, line:number}} */
function parseXml(xml) {
  const root = { name: '#document', local: '#document', attrs: {}, children: [], text: '', line: 1 };
  const stack = [root];
  const tagRe = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<!DOCTYPE[^>]*>|<\/\s*([^\s>]+)\s*>|<([^\s/>]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
  const attrRe = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  let last = 0;
  let m;
  const lineAt = (index) => xml.slice(0, index).split('\n').length;
  while ((m = tagRe.exec(xml)) !== null) {
    const top = stack[stack.length - 1];
    const between = xml.slice(last, m.index);
    if (between.includes('<')) throw new Error(`XML không đọc được / unreadable XML near line ${lineAt(last + between.indexOf('<'))}`);
    top.text += decodeEntities(between);
    last = tagRe.lastIndex;
    if (m[1] !== undefined) {
      top.text += m[1];
    } else if (m[2] !== undefined) {
      if (top.name !== m[2]) throw new Error(`Thẻ đóng sai / mismatched closing tag </${m[2]}> at line ${lineAt(m.index)}`);
      stack.pop();
    } else if (m[3] !== undefined) {
      const attrs = {};
      let a;
      attrRe.lastIndex = 0;
      while ((a = attrRe.exec(m[4])) !== null) attrs[a[1]] = decodeEntities(a[2] !== undefined ? a[2] : a[3]);
      const el = { name: m[3], local: localName(m[3]), attrs, children: [], text: '', line: lineAt(m.index) };
      top.children.push(el);
      if (m[5] !== '/') stack.push(el);
    }
  }
  if (xml.slice(last).includes('<')) throw new Error('XML không đọc được / unreadable XML at the end of the file');
  if (stack.length !== 1) throw new Error(`Thiếu thẻ đóng / unclosed element <${stack[stack.length - 1].name}>`);
  return root;
}

function children(el, local) {
  return el ? el.children.filter((c) => c.local === local) : [];
}

function child(el, local) {
  return children(el, local)[0];
}

function descendants(el, local, out = []) {
  for (const c of el.children) {
    if (c.local === local) out.push(c);
    descendants(c, local, out);
  }
  return out;
}

// ------------------------------------------------------------------------
// PNG size from the IHDR chunk
// ------------------------------------------------------------------------

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** @returns {{width:number, height:number} | null} */
function pngSize(file) {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(24);
    const n = fs.readSync(fd, head, 0, 24, 0);
    if (n < 24 || !head.subarray(0, 8).equals(PNG_SIGNATURE) || head.toString('ascii', 12, 16) !== 'IHDR') return null;
    return { width: head.readUInt32BE(16), height: head.readUInt32BE(20) };
  } finally {
    fs.closeSync(fd);
  }
}

// ------------------------------------------------------------------------
// Schema validation
// ------------------------------------------------------------------------

async function schemaErrors(xmlText, fileName, schemaDir) {
  const mainXsd = path.join(schemaDir, MAIN_SCHEMA);
  if (!fs.existsSync(mainXsd)) {
    return [`schema: không tìm thấy / not found: ${mainXsd}`];
  }
  // The main schema imports the others by bare file name (schemaLocation),
  // so every XSD of the folder is preloaded into xmllint's in-memory FS.
  const preload = fs
    .readdirSync(schemaDir)
    .filter((f) => f.endsWith('.xsd') && f !== MAIN_SCHEMA)
    .map((f) => ({ fileName: f, contents: fs.readFileSync(path.join(schemaDir, f), 'utf8') }));
  try {
    const result = await validateXML({
      xml: [{ fileName, contents: xmlText }],
      schema: [{ fileName: MAIN_SCHEMA, contents: fs.readFileSync(mainXsd, 'utf8') }],
      preload,
    });
    if (result.valid) return [];
    const errs = result.errors.map((e) => `schema: ${e.rawMessage.trim()}`).filter((e) => e !== 'schema:');
    return errs.length ? errs : [`schema: ${result.rawOutput.trim() || 'không hợp lệ / invalid'}`];
  } catch (err) {
    // xmllint exits with a code other than 3/4 (e.g. 1: not well-formed XML).
    const msg = String((err && err.message) || err).trim();
    return msg.split('\n').filter(Boolean).map((l) => `xml: ${l}`);
  }
}

// ------------------------------------------------------------------------
// Rules beyond the schema
// ------------------------------------------------------------------------

function ruleErrors(doc, assetsDir) {
  const errors = [];
  const app = child(doc, 'OfficeApp');
  if (!app) return ['Phần tử gốc phải là OfficeApp / root element must be <OfficeApp>'];

  // Host: Excel.
  const hosts = children(child(app, 'Hosts'), 'Host').map((h) => h.attrs.Name);
  if (!hosts.includes('Workbook')) {
    errors.push(`Hosts phải có Workbook (Excel) / Hosts must include <Host Name="Workbook"/> (found: ${hosts.join(', ') || 'none'})`);
  }

  // Permissions: exactly ReadWriteDocument.
  const perms = children(app, 'Permissions');
  if (perms.length !== 1) {
    errors.push(`Cần đúng một Permissions / exactly one <Permissions> element is required (found ${perms.length})`);
  }
  for (const p of perms) {
    const value = p.text.trim();
    if (value !== REQUIRED_PERMISSION || p.children.length) {
      errors.push(`Permissions phải là ${REQUIRED_PERMISSION} / Permissions must be exactly ${REQUIRED_PERMISSION} (found: "${value}", line ${p.line})`);
    }
  }

  // Requirements: ExcelApi 1.1.
  const sets = child(child(app, 'Requirements'), 'Sets');
  const excelSets = children(sets, 'Set').filter((s) => s.attrs.Name === 'ExcelApi');
  if (excelSets.length !== 1) {
    errors.push(`Cần đúng một yêu cầu ExcelApi / exactly one <Set Name="ExcelApi"> under Requirements/Sets is required (found ${excelSets.length})`);
  }
  for (const s of excelSets) {
    const v = s.attrs.MinVersion || (sets && sets.attrs.DefaultMinVersion);
    if (v !== REQUIRED_EXCEL_API) {
      errors.push(`ExcelApi MinVersion phải là ${REQUIRED_EXCEL_API} / ExcelApi MinVersion must be ${REQUIRED_EXCEL_API} (found: ${v || 'none'}, line ${s.line})`);
    }
  }

  // Resources and resid references.
  const resources = new Map(); // id -> element
  const images = new Map(); // id -> url
  for (const r of descendants(app, 'Resources')) {
    for (const group of r.children) {
      for (const item of group.children) {
        if (!item.attrs.id) continue;
        if (resources.has(item.attrs.id)) errors.push(`Trùng id tài nguyên / duplicate resource id "${item.attrs.id}" (line ${item.line})`);
        resources.set(item.attrs.id, item);
        if (group.local === 'Images') images.set(item.attrs.id, item);
      }
    }
  }
  const walk = (el) => {
    if (el.attrs.resid !== undefined && !resources.has(el.attrs.resid)) {
      errors.push(`resid không tồn tại / resid "${el.attrs.resid}" is not defined in Resources (line ${el.line})`);
    }
    el.children.forEach(walk);
  };
  walk(app);

  // Icons: URL -> expected pixel size.
  /** @type {{url:string, size:number, where:string}[]} */
  const icons = [];
  const urlsOf = (el) => (el ? [el.attrs.DefaultValue, ...children(el, 'Override').map((o) => o.attrs.Value)].filter(Boolean) : []);
  const iconUrl = child(app, 'IconUrl');
  const hiRes = child(app, 'HighResolutionIconUrl');
  if (!iconUrl) errors.push('Thiếu IconUrl / <IconUrl> is missing');
  if (!hiRes) errors.push('Thiếu HighResolutionIconUrl / <HighResolutionIconUrl> is missing');
  for (const url of urlsOf(iconUrl)) icons.push({ url, size: IconUrlSize, where: 'IconUrl' });
  for (const url of urlsOf(hiRes)) icons.push({ url, size: HighResolutionIconUrlSize, where: 'HighResolutionIconUrl' });
  const sizesById = new Map();
  for (const icon of descendants(app, 'Icon')) {
    for (const ref of children(icon, 'Image')) {
      const size = Number(ref.attrs.size);
      if (!sizesById.has(ref.attrs.resid)) sizesById.set(ref.attrs.resid, new Set());
      sizesById.get(ref.attrs.resid).add(size);
    }
  }
  for (const [id, el] of images) {
    const sizes = sizesById.get(id) || new Set();
    if (sizes.size > 1) errors.push(`Ảnh "${id}" dùng với nhiều cỡ / image "${id}" is used with several sizes: ${[...sizes].join(', ')}`);
    for (const size of sizes) for (const url of urlsOf(el)) icons.push({ url, size, where: `bt:Image ${id}` });
  }

  const checked = new Set();
  for (const { url, size, where } of icons) {
    const key = `${where}|${url}|${size}`;
    if (checked.has(key)) continue;
    checked.add(key);
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(url).pathname);
    } catch {
      errors.push(`${where}: URL không hợp lệ / invalid URL "${url}"`);
      continue;
    }
    const m = /\/assets\/([^/]+\.png)$/i.exec(pathname);
    if (!m) {
      errors.push(`${where}: biểu tượng phải là assets/*.png / icon must be a PNG under /assets/ (found: ${url})`);
      continue;
    }
    const file = path.join(assetsDir, m[1]);
    if (!fs.existsSync(file)) {
      errors.push(`${where}: thiếu tệp / missing file assets/${m[1]}`);
      continue;
    }
    const dim = pngSize(file);
    if (!dim) {
      errors.push(`${where}: không phải PNG / not a PNG file: assets/${m[1]}`);
    } else if (dim.width !== size || dim.height !== size) {
      errors.push(`${where}: assets/${m[1]} là ${dim.width}x${dim.height}, cần / must be ${size}x${size}`);
    }
  }
  return errors;
}

/**
 * Validates a manifest offline.
 * @param {string} manifestPath
 * @param {{schemaDir?: string, assetsDir?: string, production?: boolean}} [options]
 *   production: also refuse URLs that clerks' Excel cannot reach (plain http, localhost).
 * @returns {Promise<{valid: boolean, errors: string[]}>}
 */
async function validateManifest(manifestPath, options = {}) {
  const schemaDir = options.schemaDir || SCHEMA_DIR;
  const assetsDir = options.assetsDir || ASSETS_DIR;
  let xmlText;
  try {
    xmlText = fs.readFileSync(manifestPath, 'utf8');
  } catch (err) {
    return { valid: false, errors: [`Không đọc được / cannot read ${manifestPath}: ${err.message}`] };
  }
  const errors = await schemaErrors(xmlText, path.basename(manifestPath), schemaDir);
  let doc = null;
  try {
    doc = parseXml(xmlText);
  } catch (err) {
    errors.push(`xml: ${err.message}`);
  }
  if (doc) errors.push(...ruleErrors(doc, assetsDir));
  if (options.production) errors.push(...productionErrors(xmlText));
  return { valid: errors.length === 0, errors };
}

module.exports = { validateManifest, pngSize, parseXml, SCHEMA_DIR };

if (require.main === module) {
  const args = process.argv.slice(2);
  const production = args.includes('--production');
  const files = args.filter((a) => a !== '--production');
  if (files.length > 1 || files.some((f) => f.startsWith('--'))) {
    console.error('Cách dùng / usage: npm run validate -- [--production] [manifest.xml]');
    process.exit(2);
  }
  const target = path.resolve(files[0] || path.join(REPO_ROOT, 'manifest.xml'));
  const name = path.relative(process.cwd(), target) || target;
  validateManifest(target, { production }).then(
    ({ valid, errors }) => {
      if (valid) {
        console.log(`${name} hợp lệ / valid`);
        process.exit(0);
      }
      console.error(`${name} không hợp lệ / invalid (${errors.length} lỗi / errors):`);
      for (const e of errors) console.error(`  - ${e}`);
      process.exit(1);
    },
    (err) => {
      console.error(err && err.stack ? err.stack : err);
      process.exit(1);
    },
  );
}
