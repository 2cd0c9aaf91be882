/**
 * Builds the Excel task pane into dist/:
 *   dist/taskpane.html, dist/*.js, dist/assets/*.png, dist/manifest.xml
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

/** Copies assets/*.png to dist/assets/ and manifest.xml to dist/. */
class CopyStaticFilesPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('CopyStaticFilesPlugin', (compilation) => {
      compilation.hooks.processAssets.tapPromise(
        { name: 'CopyStaticFilesPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        async () => {
          const files = fs
            .readdirSync(ASSETS)
            .filter((f) => f.toLowerCase().endsWith('.png'))
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
    entry: { taskpane: './src/taskpane/index.tsx' },
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
      new CopyStaticFilesPlugin(),
    ],
    optimization: production
      ? {
          splitChunks: {
            cacheGroups: {
              vendor: {
                test: /[\\/]node_modules[\\/]/,
                name: 'vendor',
                chunks: 'all',
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
