/**
 * Builds the Excel task pane and the browser preview into dist/:
 *   dist/taskpane.html   the task pane Excel loads (manifest.xml)
 *   dist/preview.html    the task pane beside a workbook held in the page (no Excel needed)
 *   dist/*.js, dist/assets/*.png, dist/assets/mau-dan-van-kheo.xlsx (the sample), dist/manifest.xml
 *
 *   DVK_BASE_URL=https://dvk.example.vn/addin npm run build
 * writes dist/manifest.xml with every URL under that address (https, not localhost; checked).
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

const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { checkBaseUrl } = require('./scripts/manifest-url');
const { CopyStaticFilesPlugin } = require('./scripts/static-files-plugin');

const ROOT = __dirname;
const DIST = path.join(ROOT, 'dist');
const ASSETS = path.join(ROOT, 'assets');
const DEV_PORT = 3000;
/**
 * The JavaScript the pages may contain: Excel's webviews since WebView2 and Safari 11 parse ES2017;
 * our code and every library are transpiled to it (Trident and EdgeHTML, older still, are shown a
 * message by the inline script of taskpane.html instead of a blank pane).
 */
const ES_TARGET = 'es2017';

/** DVK_BASE_URL (https://host/path) moves every URL of dist/manifest.xml under the real server. */
function baseUrl() {
  const text = process.env.DVK_BASE_URL;
  if (!text) return null;
  const { base, error } = checkBaseUrl(text);
  if (error) throw new Error(error);
  return base;
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
  const base = baseUrl();

  return {
    mode: production ? 'production' : 'development',
    context: ROOT,
    // The runtime webpack writes around the modules is ES2017 too.
    target: ['web', ES_TARGET],
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
          // Our TypeScript, transpiled only (npm run typecheck checks types); ES modules are kept so
          // webpack can tree-shake Fluent UI. Regular expressions newer than the target (\p{L}, /s)
          // become RegExp constructor calls, which parse everywhere.
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'esbuild-loader', options: { target: ES_TARGET, jsx: 'automatic', tsconfig: 'tsconfig.json' } },
        },
        {
          // Libraries ship ES2020+ (`?.`, `??=`, class fields): lowered to the pages' target.
          test: /\.m?js$/,
          include: /node_modules/,
          use: { loader: 'esbuild-loader', options: { target: ES_TARGET } },
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
      new CopyStaticFilesPlugin({ assets: ASSETS, manifest: path.join(ROOT, 'manifest.xml'), base }),
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
