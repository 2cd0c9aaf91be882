'use strict';
const fs = require('fs');
const path = require('path');
const { rebaseManifest } = require('./manifest-url');

/**
 * Webpack plugin: copies `assets`' .png and .xlsx files (icons, the sample workbook) to dist/assets/
 * and the manifest to dist/manifest.xml, its URLs moved under `base` (DVK_BASE_URL) when given.
 */
class CopyStaticFilesPlugin {
  /** @param {{assets: string, manifest: string, base?: string | null}} options */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const { assets, manifest, base } = this.options;
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('CopyStaticFilesPlugin', (compilation) => {
      compilation.hooks.processAssets.tapPromise({ name: 'CopyStaticFilesPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, async () => {
        const files = fs
          .readdirSync(assets)
          .filter((f) => /\.(png|xlsx)$/i.test(f))
          .map((f) => ({ from: path.join(assets, f), to: `assets/${f}` }));
        compilation.contextDependencies.add(assets);
        for (const { from, to } of files) {
          compilation.fileDependencies.add(from);
          compilation.emitAsset(to, new sources.RawSource(await fs.promises.readFile(from)));
        }
        compilation.fileDependencies.add(manifest);
        const xml = await fs.promises.readFile(manifest, 'utf8');
        compilation.emitAsset('manifest.xml', new sources.RawSource(Buffer.from(base ? rebaseManifest(xml, base) : xml, 'utf8')));
      });
    });
  }
}

module.exports = { CopyStaticFilesPlugin };
