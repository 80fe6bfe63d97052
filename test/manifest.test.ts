import { existsSync, readFileSync, rmSync } from "fs";
import { join } from "path";
import { SaxesParser } from "saxes";
import { buildApp } from "./helpers/build";

/**
 * The manifest, checked offline: well-formed, every resource it refers to defined, every URL it names a
 * file the build produces. The build goes to a directory of its own so it never races another test's.
 */
const root = join(__dirname, "..");
const text = readFileSync(join(root, "manifest.xml"), "utf8");
const BASE = "https://localhost:3000/";

type Node = Record<string, unknown>;

/**
 * The manifest as a tree, with saxes (the XML parser the engine already uses): an element is an object
 * of its attributes ("@Name") and child elements by name (an array where a name repeats); an element
 * with only text is its text. Throws on XML that is not well-formed.
 */
function parse(xml: string): Node {
  const parser = new SaxesParser();
  const stack: Node[] = [{}];
  const texts: string[] = [""];
  parser.on("opentag", (tag) => {
    const node: Node = {};
    for (const [name, value] of Object.entries(tag.attributes)) node[`@${name}`] = value;
    stack.push(node);
    texts.push("");
  });
  parser.on("text", (t) => (texts[texts.length - 1] += t));
  parser.on("closetag", (tag) => {
    const node = stack.pop() as Node;
    const text = (texts.pop() as string).trim();
    const value = Object.keys(node).length === 0 ? text : node;
    const parent = stack[stack.length - 1];
    const had = parent[tag.name];
    parent[tag.name] = had === undefined ? value : Array.isArray(had) ? [...had, value] : [had, value];
  });
  parser.write(xml).close();
  return stack[0];
}

function wellFormed(xml: string): boolean {
  try {
    parse(xml);
    return true;
  } catch {
    return false;
  }
}

/** Every element of the parsed document, depth first. */
function* elements(node: unknown): Generator<Node> {
  if (Array.isArray(node)) for (const n of node) yield* elements(n);
  else if (node && typeof node === "object") {
    yield node as Node;
    for (const v of Object.values(node)) yield* elements(v);
  }
}

const doc = parse(text);
const all = [...elements(doc)];
const attr = (name: string) =>
  all.map((e) => e[`@${name}`]).filter((v): v is string => typeof v === "string");

describe("manifest.xml", () => {
  let dist: string;

  beforeAll(() => {
    dist = buildApp("juesuan-manifest-");
  }, 240_000);

  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it("is well-formed XML", () => {
    expect(wellFormed(text)).toBe(true);
    expect(wellFormed(text.replace("</Hosts>", ""))).toBe(false);
  });

  it("defines every resource id it uses", () => {
    const defined = new Set(attr("id"));
    const used = attr("resid");
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((id) => !defined.has(id))).toEqual([]);
  });

  it("is a Workbook add-in with a shared runtime, custom functions and a Home-tab button", () => {
    expect(text).toMatch(/<Host Name="Workbook"\/>/);
    expect(text).toMatch(/<Runtime resid="Taskpane.Url" lifetime="long"\/>/);
    expect(text).toMatch(/<ExtensionPoint xsi:type="CustomFunctions">/);
    expect(text).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="JUESUAN"\/>/);
    expect(text).toMatch(/<OfficeTab id="TabHome">/);
    expect(text).toMatch(/<Action xsi:type="ShowTaskpane">/);
    for (const size of [16, 32, 80])
      expect(text).toContain(`<bt:Image size="${size}" resid="Icon.${size}x${size}"/>`);
  });

  it("installs the panel alone where the shared runtime is missing (Excel 2016/2019 volume licence)", () => {
    const app = (doc as { OfficeApp: Node }).OfficeApp;
    const sets = (node: unknown, prefix = "") => {
      const s = (node as Node)[`${prefix}Sets`] as Node;
      const list = s[`${prefix}Set`];
      return (Array.isArray(list) ? list : [list]).map((x: Node) => `${x["@Name"]} ${x["@MinVersion"]}`);
    };
    // The base manifest asks only what every Excel with web add-ins has…
    expect(sets(app.Requirements)).toEqual(["ExcelApi 1.1"]);
    // …and the overrides (button, functions, shared runtime) only where their sets are there.
    const overrides = app.VersionOverrides as Node;
    expect(sets(overrides.Requirements, "bt:")).toEqual(["SharedRuntime 1.1", "CustomFunctionsRuntime 1.2"]);
    expect(Object.keys(overrides).filter((k) => !k.startsWith("@"))).toEqual([
      "Requirements",
      "Hosts",
      "Resources",
    ]);
    // The base manifest's own page is the panel, which needs no shared runtime to open.
    expect((app.DefaultSettings as Node).SourceLocation).toEqual({
      "@DefaultValue": "https://localhost:3000/taskpane.html",
    });
  });

  it("speaks English by default, Chinese in Chinese Excel, the functions' help included", () => {
    expect(text).toContain("<DefaultLocale>en-US</DefaultLocale>");
    const overrides = all.filter((e) => e["@Locale"] === "zh-CN");
    expect(overrides.length).toBeGreaterThanOrEqual(7);
    for (const o of overrides) expect(String(o["@Value"])).toMatch(/[\u4e00-\u9fff]|zh-CN\.json$/);
    expect(all.filter((e) => e["@Locale"] && e["@Locale"] !== "zh-CN")).toEqual([]);
    const metadata = all.find((e) => e["@id"] === "Functions.Metadata.Url") as Node;
    expect(metadata["@DefaultValue"]).toBe(`${BASE}functions.json`);
    expect(metadata["bt:Override"]).toEqual({
      "@Locale": "zh-CN",
      "@Value": `${BASE}functions.zh-CN.json`,
    });
  });

  it("names only URLs under https://localhost:3000/ that the build produces", () => {
    // Namespace names are URIs, not addresses the add-in loads.
    const urls = [...text.replace(/xmlns(:\w+)?="[^"]*"/g, "").matchAll(/https?:\/\/[^"<\s]+/g)].map(
      (m) => m[0],
    );
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) {
      expect(url).toMatch(/^https:\/\/localhost:3000(\/|$)/);
      const file = url.slice(BASE.length);
      if (file) expect([file, existsSync(join(dist, file))]).toEqual([file, true]);
    }
    expect(existsSync(join(dist, "manifest.xml"))).toBe(true);
  });

  it("serves one page that is both the task pane and the custom functions' shared runtime", () => {
    const html = readFileSync(join(dist, "taskpane.html"), "utf8");
    const scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)].map((m) => m[1]);
    // Office's own loader first, then both bundles; nothing else is fetched from the network.
    expect(scripts[0]).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(scripts.slice(1).sort()).toEqual(["functions.js", "taskpane.js"]);
    // Registered once, by functions.ts where CustomFunctions exists: no metadata plugin appends its own.
    const bundle = readFileSync(join(dist, "functions.js"), "utf8");
    expect(bundle.match(/\.associate\(/g)).toHaveLength(1);
    expect(bundle).not.toMatch(/CustomFunctions\.associate\("/);
    const web = readFileSync(join(dist, "web.html"), "utf8");
    expect([...web.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)].map((m) => m[1])).toEqual(["web.js"]);
  });
});

describe("a production build for a hosting address", () => {
  // The webpack config itself, as `npm run build -- --env url=…` runs it.
  const config = require("../webpack.config.js") as (
    env: Record<string, unknown>,
    options: { mode: string },
  ) => Promise<{ plugins: { patterns?: { from: string; transform?: (c: Buffer) => string | Buffer }[] }[] }>;

  async function distManifest(env: Record<string, unknown>, mode = "production"): Promise<string> {
    const copy = (await config(env, { mode })).plugins.find((p) => p.patterns)?.patterns ?? [];
    const pattern = copy.find((p) => p.from === "manifest*.xml");
    if (!pattern?.transform) throw new Error("no manifest copy in the webpack config");
    return String(pattern.transform(Buffer.from(text)));
  }

  const urls = (xml: string) =>
    [...xml.replace(/xmlns(:\w+)?="[^"]*"/g, "").matchAll(/https?:\/\/[^"<\s]+/g)].map((m) => m[0]);

  it("writes the address into every URL of the manifest copy, the app domain as an origin", async () => {
    const xml = await distManifest({ url: "https://excel.example.gov.cn/juesuan" });
    expect(wellFormed(xml)).toBe(true);
    expect(xml).not.toContain("localhost");
    expect(xml).toContain("<AppDomain>https://excel.example.gov.cn</AppDomain>");
    expect(xml).toContain(
      '<SourceLocation DefaultValue="https://excel.example.gov.cn/juesuan/taskpane.html"/>',
    );
    const moved = urls(xml).filter((u) => !u.endsWith(".gov.cn"));
    expect(moved.length).toBe(urls(text).length - 1);
    for (const u of moved) expect(u).toMatch(/^https:\/\/excel\.example\.gov\.cn\/juesuan\/[\w.-]/);
  });

  it("takes JUESUAN_URL when no --env url is given", async () => {
    process.env.JUESUAN_URL = "https://10.1.2.3:8443/";
    try {
      expect(await distManifest({})).toContain('Value="https://10.1.2.3:8443/functions.zh-CN.json"');
    } finally {
      delete process.env.JUESUAN_URL;
    }
  });

  it("refuses an address Office would not load, and leaves a development build alone", async () => {
    await expect(distManifest({ url: "http://intranet/juesuan/" })).rejects.toThrow(/https/);
    await expect(distManifest({ url: "not a url" })).rejects.toThrow(/部署地址无效/);
    expect(await distManifest({}, "development")).toBe(text);
  });
});
