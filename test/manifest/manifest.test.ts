import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

type ValidationResult = { valid: boolean; errors: string[] };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { validateManifest } = require('../../scripts/validate-manifest.js') as {
  validateManifest: (manifestPath: string) => Promise<ValidationResult>;
};

const MANIFEST = path.resolve(__dirname, '..', '..', 'manifest.xml');
const original = fs.readFileSync(MANIFEST, 'utf8');

let tmpDir: string;

beforeAll(() => {
  tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dvk-manifest-'));
});

afterAll(() => {
  fs.rmSync(tmpDir, { recursive: true, force: true });
});

/** Writes a modified copy of the manifest and validates it. */
async function validateVariant(name: string, edit: (xml: string) => string): Promise<ValidationResult> {
  const changed = edit(original);
  // Guard against a test silently validating the unchanged manifest.
  expect(changed).not.toEqual(original);
  const file = path.join(tmpDir, `${name}.xml`);
  fs.writeFileSync(file, changed, 'utf8');
  return validateManifest(file);
}

const schemaErrors = (r: ValidationResult): string[] => r.errors.filter((e) => e.startsWith('schema:'));

describe('manifest.xml', () => {
  it('validates against the XSD and the extra rules', async () => {
    const result = await validateManifest(MANIFEST);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('targets Excel with ReadWriteDocument and ExcelApi 1.1', () => {
    expect(original).toContain('xsi:type="TaskPaneApp"');
    expect(original).toContain('<Host Name="Workbook"/>');
    expect(original).toMatch(/<Permissions>\s*ReadWriteDocument\s*<\/Permissions>/);
    expect(original).toMatch(/<Set Name="ExcelApi" MinVersion="1.1"\/>/);
    expect(original).toContain('<DefaultLocale>vi-VN</DefaultLocale>');
  });

  it('rejects Permissions changed to ReadDocument (schema-valid, rule-invalid)', async () => {
    const result = await validateVariant('read-document', (xml) =>
      xml.replace('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>ReadDocument</Permissions>'),
    );
    expect(result.valid).toBe(false);
    expect(schemaErrors(result)).toEqual([]);
    expect(result.errors.join('\n')).toMatch(/Permissions.*ReadWriteDocument.*ReadDocument/);
  });

  it('rejects a mailbox permission', async () => {
    const result = await validateVariant('mailbox', (xml) =>
      xml.replace('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>ReadWriteMailbox</Permissions>'),
    );
    expect(result.valid).toBe(false);
    expect(schemaErrors(result).join('\n')).toMatch(/ReadWriteMailbox/);
  });

  it('rejects an extra Permissions element', async () => {
    const result = await validateVariant('extra-permission', (xml) =>
      xml.replace(
        '<Permissions>ReadWriteDocument</Permissions>',
        '<Permissions>ReadWriteDocument</Permissions>\n  <Permissions>ReadWriteMailbox</Permissions>',
      ),
    );
    expect(result.valid).toBe(false);
    expect(schemaErrors(result).length).toBeGreaterThan(0);
    expect(result.errors.join('\n')).toMatch(/exactly one <Permissions>/);
  });

  it('rejects a broken element order (Permissions before DefaultSettings)', async () => {
    const result = await validateVariant('element-order', (xml) => {
      const perm = '  <Permissions>ReadWriteDocument</Permissions>\n';
      const without = xml.replace(perm, '');
      return without.replace('  <DefaultSettings>', `${perm}  <DefaultSettings>`);
    });
    expect(result.valid).toBe(false);
    expect(schemaErrors(result).join('\n')).toMatch(/DefaultSettings|Permissions/);
  });

  it('rejects an ExcelApi requirement other than 1.1', async () => {
    const result = await validateVariant('excelapi', (xml) =>
      xml.replace('<Set Name="ExcelApi" MinVersion="1.1"/>', '<Set Name="ExcelApi" MinVersion="1.4"/>'),
    );
    expect(result.valid).toBe(false);
    expect(schemaErrors(result)).toEqual([]);
    expect(result.errors.join('\n')).toMatch(/ExcelApi MinVersion/);
  });

  it('rejects an icon of the wrong pixel size or a missing icon file', async () => {
    const wrongSize = await validateVariant('icon-size', (xml) =>
      xml.replace('<IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"/>', '<IconUrl DefaultValue="https://localhost:3000/assets/icon-16.png"/>'),
    );
    expect(wrongSize.valid).toBe(false);
    expect(wrongSize.errors.join('\n')).toMatch(/IconUrl: assets\/icon-16\.png .*32x32/);

    const missing = await validateVariant('icon-missing', (xml) => xml.replace('assets/icon-80.png', 'assets/icon-81.png'));
    expect(missing.valid).toBe(false);
    expect(missing.errors.join('\n')).toMatch(/icon-81\.png/);
  });
});
