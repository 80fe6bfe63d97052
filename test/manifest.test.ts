import { existsSync, readFileSync, rmSync } from "fs";
import { join } from "path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { buildApp } from "./helpers/build";

/**
 * The manifest, checked offline: well-formed, every resource it refers to defined, every URL it names a
 * file the build produces. The build goes to a directory of its own so it never races another test's.
 */
const root = join(__dirname, "..");
const text = readFileSync(join(root, "manifest.xml"), "utf8");
const BASE = "https://localhost:3000/";

type Node = Record<string, unknown>;

/** Every element of the parsed document, depth first. */
function* elements(node: unknown): Generator<Node> {
  if (Array.isArray(node)) for (const n of node) yield* elements(n);
  else if (node && typeof node === "object") {
    yield node as Node;
    for (const v of Object.values(node)) yield* elements(v);
  }
}

const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" }).parse(text) as Node;
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
    expect(XMLValidator.validate(text)).toBe(true);
    expect(XMLValidator.validate(text.replace("</Hosts>", ""))).not.toBe(true);
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
    expect(text).toMatch(/<Set Name="SharedRuntime" MinVersion="1.1"\/>/);
    expect(text).toMatch(/<ExtensionPoint xsi:type="CustomFunctions">/);
    expect(text).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="JUESUAN"\/>/);
    expect(text).toMatch(/<OfficeTab id="TabHome">/);
    expect(text).toMatch(/<Action xsi:type="ShowTaskpane">/);
    for (const size of [16, 32, 80])
      expect(text).toContain(`<bt:Image size="${size}" resid="Icon.${size}x${size}"/>`);
  });

  it("speaks Chinese by default with English overrides", () => {
    expect(text).toContain("<DefaultLocale>zh-CN</DefaultLocale>");
    const overrides = all.filter((e) => e["@Locale"] === "en-US");
    expect(overrides.length).toBeGreaterThanOrEqual(6);
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
    const web = readFileSync(join(dist, "web.html"), "utf8");
    expect([...web.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)].map((m) => m[1])).toEqual(["web.js"]);
  });
});
