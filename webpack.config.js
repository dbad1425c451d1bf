/* eslint-disable @typescript-eslint/no-require-imports */
// Build of the add-in: the task pane page (shared runtime: it also loads the custom functions) and the
// custom functions with their generated functions.json. Same shape as Microsoft's Excel-Custom-Functions-
// Shared template, with ts-loader instead of Babel and a production manifest whose URLs are ALL rewritten.
const path = require("path");
const fs = require("fs");
const os = require("os");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");

const DEV_URL = "https://localhost:3000/";

/** Deployment URL of a production build: --env url=https://… or CAPPAD_URL. */
function productionUrl(env) {
  const url = (env && env.url) || process.env.CAPPAD_URL;
  if (!url) return undefined;
  if (!/^https:\/\/[^\s"<>]+$/.test(url)) throw new Error(`Adresse de déploiement invalide (https://… attendu) : ${url}`);
  return url.endsWith("/") ? url : url + "/";
}

/** Every occurrence of the development URL, and the bare origin used in <AppDomain>. */
function rewriteManifest(xml, url) {
  const origin = url.replace(/\/$/, "").replace(/^(https:\/\/[^/]+).*$/, "$1");
  return xml.replace(new RegExp(DEV_URL.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"), "g"), url).replace(/https:\/\/localhost:3000/g, origin);
}

/** HTTPS for the dev server: a certificate made locally by `npm start` (.cert/) or by office-addin-dev-certs. */
function httpsOptions() {
  const candidates = [path.join(__dirname, ".cert"), path.join(os.homedir(), ".office-addin-dev-certs")];
  for (const dir of candidates) {
    const cert = path.join(dir, "localhost.crt");
    const key = path.join(dir, "localhost.key");
    if (fs.existsSync(cert) && fs.existsSync(key)) return { cert: fs.readFileSync(cert), key: fs.readFileSync(key) };
  }
  return undefined;
}

module.exports = (env, argv) => {
  const dev = argv.mode !== "production";
  const url = productionUrl(env);
  if (!dev && !url && !(env && env.allowLocalhost))
    throw new Error("Build de production : indiquez l'adresse de déploiement, par exemple « npm run build -- --env url=https://cap-pad.example.fr/ » ou CAPPAD_URL=https://… npm run build.");
  const https = env && env.WEBPACK_SERVE && !process.env.CAPPAD_HTTP ? httpsOptions() : undefined;
  return {
    devtool: "source-map", // never eval: the page's Content-Security-Policy forbids it
    entry: {
      taskpane: "./src/taskpane/taskpane.ts",
      // The shim first: without office.js (offline file mode) `CustomFunctions` must exist for functions.js.
      functions: ["./src/taskpane/customFunctionsShim.ts", "./src/functions/functions.ts"],
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "chunks/[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".js"],
      // exceljs ships a browser bundle; the Node entry would drag Node built-ins into the page.
      alias: {
        exceljs$: path.resolve(__dirname, "node_modules/exceljs/dist/exceljs.min.js"),
      },
      fallback: { fs: false, path: false, os: false, crypto: false, stream: false, zlib: false, buffer: false, util: false },
    },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "esnext", sourceMap: true } } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        scriptLoading: "defer",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "assets/icon.svg", to: "assets/[name][ext]" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          { from: "src/taskpane/aide.html", to: "aide.html" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (url ? rewriteManifest(content.toString(), url) : content),
          },
        ],
      }),
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: https ? { type: "https", options: https } : { type: "http" },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      host: "localhost",
      hot: false,
      liveReload: false,
      client: false,
    },
  };
};

module.exports.rewriteManifest = rewriteManifest;
