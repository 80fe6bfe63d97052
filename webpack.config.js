/**
 * One build for every web host: the Excel task pane (which is also the shared runtime of the custom
 * functions), the custom functions with their generated functions.json, and the browser page.
 */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");

const urlDev = "https://localhost:3000/";
const urlProd = "https://localhost:3000/"; // Replace with the deployment address before publishing.

async function httpsOptions() {
  // Certificates exist only where the add-in is sideloaded; the browser page is served over http.
  try {
    const devCerts = require("office-addin-dev-certs");
    return await devCerts.getHttpsServerOptions();
  } catch {
    return undefined;
  }
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const web = Boolean(env && env.web);
  return {
    devtool: "source-map",
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
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
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
            transform: (content) =>
              dev ? content : content.toString().replace(new RegExp(urlDev, "g"), urlProd),
          },
        ],
      }),
    ],
    devServer: {
      static: { directory: path.join(__dirname, "dist") },
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
