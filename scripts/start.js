/**
 * `npm start`: where Excel is installed, sideload the add-in (office-addin-debugging builds, serves over
 * https and opens Excel); where it is not, serve the browser page over http and print its address.
 * `npm start -- --web` forces the browser page; `npm run stop` ends a sideload.
 */
const { spawn } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const port = process.env.npm_package_config_dev_server_port || 3000;

function excelInstalled() {
  if (process.platform === "darwin") return fs.existsSync("/Applications/Microsoft Excel.app");
  if (process.platform !== "win32") return false;
  const bases = [process.env.ProgramFiles, process.env["ProgramFiles(x86)"]].filter(Boolean);
  const versions = ["Office16", "Office15"];
  return bases.some((base) =>
    versions.some((v) => fs.existsSync(path.join(base, "Microsoft Office", "root", v, "EXCEL.EXE"))),
  );
}

function run(args, onOutput) {
  const bin = path.join(
    root,
    "node_modules",
    ".bin",
    process.platform === "win32" ? `${args[0]}.cmd` : args[0],
  );
  const child = spawn(bin, args.slice(1), {
    cwd: root,
    stdio: onOutput ? ["inherit", "pipe", "inherit"] : "inherit",
    shell: process.platform === "win32",
  });
  if (onOutput) child.stdout.on("data", onOutput);
  child.on("exit", (code) => process.exit(code ?? 0));
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
}

/** Installs (once) the dev certificate Excel needs; a failure is said and stops the start, never skipped. */
async function certificates() {
  try {
    await require("office-addin-dev-certs").ensureCertificatesAreInstalled();
  } catch (e) {
    console.error(
      "无法安装开发证书，Excel 不会加载 https://localhost 上的加载项。\n" +
        `Could not install the dev certificate Excel needs for https://localhost: ${e && e.message ? e.message : e}\n` +
        "可手动运行 / try: npx office-addin-dev-certs install",
    );
    process.exit(1);
  }
}

if (!process.argv.includes("--web") && excelInstalled()) {
  certificates().then(() => run(["office-addin-debugging", "start", "manifest.xml"]));
} else {
  const address = `http://localhost:${port}/web.html?sample`;
  let announced = false;
  console.log("未检测到 Excel：启动浏览器版（No Excel here: serving the browser page）…");
  run(["webpack", "serve", "--mode", "development", "--env", "web"], (data) => {
    process.stdout.write(data);
    if (!announced && /compiled/.test(String(data))) {
      announced = true;
      console.log(`\n决算助手浏览器版 / Juesuan in the browser: ${address}\n`);
    }
  });
}
