/**
 * Builds the Excel task pane and the browser preview into dist/:
 *   dist/taskpane.html   the task pane Excel loads (manifest.xml)
 *   dist/preview.html    the task pane beside a workbook held in the page (no Excel needed)
 *   dist/*.js, dist/assets/*.png, dist/assets/mau-dan-van-kheo.xlsx (the sample), dist/manifest.xml
 *
 * exceljs is only fetched when the preview opens or saves a file: it is in an async chunk
 * (xlsx.*.js), never in a page's initial JavaScript.
 *
 *   npx webpack --mode production      (npm run build)
 *   npx webpack serve --mode development  (dev server on http://localhost:3000)
 *
 * The dev server speaks plain http. Set DVK_HTTPS=1 to serve https with the
 * Office development certificate (office-addin-dev-certs); scripts/start.js
 * does this when it sideloads into desktop Excel, which requires https.
 */
'use strict';

const fs = require('fs');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const ROOT = __dirname;
const DIST = path.join(ROOT, 'dist');
const ASSETS = path.join(ROOT, 'assets');
const DEV_PORT = 3000;

/** Copies assets/*.png and assets/*.xlsx (the sample workbook) to dist/assets/ and manifest.xml to dist/. */
class CopyStaticFilesPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('CopyStaticFilesPlugin', (compilation) => {
      compilation.hooks.processAssets.tapPromise(
        { name: 'CopyStaticFilesPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        async () => {
          const files = fs
            .readdirSync(ASSETS)
            .filter((f) => /\.(png|xlsx)$/i.test(f))
            .map((f) => ({ from: path.join(ASSETS, f), to: `assets/${f}` }));
          files.push({ from: path.join(ROOT, 'manifest.xml'), to: 'manifest.xml' });
          compilation.contextDependencies.add(ASSETS);
          for (const { from, to } of files) {
            compilation.fileDependencies.add(from);
            const content = await fs.promises.readFile(from);
            compilation.emitAsset(to, new sources.RawSource(content));
          }
        },
      );
    });
  }
}

async function httpsOptions() {
  // office-addin-dev-certs comes with office-addin-debugging.
  const devCerts = require('office-addin-dev-certs');
  return devCerts.getHttpsServerOptions();
}

module.exports = async (env, argv) => {
  const production = argv.mode === 'production';
  // Only `webpack serve` needs certificates; a plain build never asks for them.
  const https = process.env.DVK_HTTPS === '1' && Boolean(env && env.WEBPACK_SERVE);

  return {
    mode: production ? 'production' : 'development',
    context: ROOT,
    entry: { taskpane: './src/taskpane/index.tsx', preview: './src/preview/index.tsx' },
    output: {
      path: DIST,
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      clean: true,
    },
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              transpileOnly: true,
              configFile: 'tsconfig.json',
              // tsconfig.json targets CommonJS (Node CLI and jest); the bundle
              // keeps ES modules so webpack can tree-shake Fluent UI.
              compilerOptions: { module: 'esnext' },
            },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        template: './src/taskpane/taskpane.html',
        filename: 'taskpane.html',
        chunks: ['taskpane'],
      }),
      new HtmlWebpackPlugin({
        template: './src/preview/preview.html',
        filename: 'preview.html',
        chunks: ['preview'],
      }),
      new CopyStaticFilesPlugin(),
    ],
    optimization: production
      ? {
          splitChunks: {
            cacheGroups: {
              // Libraries the pages start with (React, Fluent UI), shared by both pages.
              vendor: {
                test: /[\\/]node_modules[\\/]/,
                name: 'vendor',
                chunks: 'initial',
              },
              // exceljs and jszip, loaded on demand with the xlsx conversion (see memory-workbook.ts).
              xlsx: {
                test: /[\\/]node_modules[\\/](exceljs|jszip)[\\/]/,
                name: 'xlsx-vendor',
                chunks: 'async',
                priority: 10,
              },
            },
          },
        }
      : {},
    performance: {
      // React + Fluent UI: the vendor chunk is legitimately large.
      maxAssetSize: 1024 * 1024,
      maxEntrypointSize: 1024 * 1024,
    },
    devServer: {
      host: 'localhost',
      port: DEV_PORT,
      static: { directory: DIST },
      server: https ? { type: 'https', options: await httpsOptions() } : 'http',
      headers: { 'Access-Control-Allow-Origin': '*' },
      client: { overlay: { warnings: false } },
    },
  };
};
