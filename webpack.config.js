/**
 * One build for every web host: the Excel task pane (which is also the shared runtime of the custom
 * functions), the custom functions with their functions.json per language, and the browser page.
 * A production build takes the address it will be hosted at and writes it into the manifests in dist/:
 *   npm run build -- --env url=https://excel.example.gov.cn/juesuan/   (or JUESUAN_URL=https://…)
 */
const path = require("path");
const { URL } = require("url");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { FunctionsMetadataPlugin } = require("./scripts/functions-metadata");

const urlDev = "https://localhost:3000/";

/** The hosting address, with one trailing slash; Office loads add-ins only over https. */
function hostingUrl(value) {
  if (!value) return undefined;
  let url;
  try {
    url = new URL(String(value));
  } catch {
    throw new Error(`部署地址无效 / invalid hosting address: ${value}`);
  }
  if (url.protocol !== "https:" || url.search || url.hash)
    throw new Error(
      `部署地址须为 https:// 开头的目录地址 / the hosting address must be an https:// folder: ${value}`,
    );
  return url.href.replace(/\/*$/, "/");
}

/** The manifest as served from `url`: every address under https://localhost:3000/ moved there. */
function manifestFor(content, url) {
  const origin = new URL(url).origin; // an AppDomain is an origin, never a path
  return content
    .toString()
    .split(`<AppDomain>${urlDev.slice(0, -1)}</AppDomain>`)
    .join(`<AppDomain>${origin}</AppDomain>`)
    .split(urlDev)
    .join(url);
}

/**
 * The dev certificate Excel trusts for https://localhost (office-addin-dev-certs installs it on first use).
 * Without it Excel shows an empty pane, so a failure stops the server with its reason.
 */
async function httpsOptions() {
  try {
    const devCerts = require("office-addin-dev-certs");
    return await devCerts.getHttpsServerOptions();
  } catch (e) {
    throw new Error(
      "无法取得开发证书，Excel 不会信任 https://localhost（可运行 npx office-addin-dev-certs install 后重试）。\n" +
        `Could not get the dev certificate that Excel trusts for https://localhost: ${e && e.message ? e.message : e}`,
    );
  }
}

module.exports = async (env = {}, options = {}) => {
  const dev = options.mode === "development";
  const web = Boolean(env.web);
  const url = hostingUrl(env.url || process.env.JUESUAN_URL);
  if (!dev && !url)
    console.warn(
      "未指定部署地址，dist/manifest*.xml 仍指向 https://localhost:3000/（npm run build -- --env url=https://…）\n" +
        "No hosting address given: dist/manifest*.xml still points at https://localhost:3000/",
    );
  return {
    // Production ships no maps. The dev server keeps them inside the bundles, so it serves no .map files;
    // a development build to disk (build:dev, the tests) writes them beside the bundles.
    devtool: !dev ? false : env.WEBPACK_SERVE ? "inline-source-map" : "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/functions.ts",
      web: "./src/web/index.tsx",
    },
    output: { path: path.resolve(__dirname, "dist"), clean: true },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // exceljs's main entry needs node built-ins; its browser build is self-contained.
      alias: { exceljs$: "exceljs/dist/exceljs.min.js" },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // ES modules let webpack drop the unused icons and components (CommonJS output keeps them all).
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { module: "es2020" } },
          },
        },
        {
          test: /\.(png|jpg|jpeg|gif|ico)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext]" },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new FunctionsMetadataPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
      }),
      new HtmlWebpackPlugin({ filename: "web.html", template: "./src/web/web.html", chunks: ["web"] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]" },
          { from: "samples/published.xlsx", to: "samples/published.xlsx" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform: (content) => (url ? manifestFor(content, url) : content),
          },
        ],
      }),
    ],
    devServer: {
      // Everything is served from the build in memory: no listing of dist/, and `/` opens the page.
      static: false,
      devMiddleware: { index: "web.html" },
      headers: { "Access-Control-Allow-Origin": "*" },
      // Certificates only when serving: a plain build (and every test that builds) must not install a CA.
      server: web
        ? "http"
        : { type: "https", options: env && env.WEBPACK_SERVE ? await httpsOptions() : undefined },
      // Only this machine: the add-in and the page are served to the local Excel or browser, nobody else.
      host: "localhost",
      port: process.env.npm_package_config_dev_server_port || 3000,
      open: false,
    },
  };
};
