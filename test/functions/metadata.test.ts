import { MATRIX_PARAMETERS, PARAMETER_COUNTS } from "../../src/functions/formula";
import { FUNCTIONS } from "../../src/functions/functions";

interface Parameter {
  name: string;
  description?: string;
  type: string;
  dimensionality?: string;
  optional?: boolean;
}
interface Fn {
  id: string;
  name: string;
  description?: string;
  parameters: Parameter[];
  result?: { type?: string; dimensionality?: string };
}

interface Metadata {
  functions: Fn[];
}

/** The build's generator (scripts/functions-metadata.js): English functions.json, then its zh-CN twin. */
const generator = require("../../scripts/functions-metadata.js") as {
  englishMetadata: () => Promise<Metadata>;
  localize: (metadata: Metadata, help: unknown) => Metadata;
};
const HELP = require("../../src/functions/help.zh-CN.json") as Record<
  string,
  { description: string; parameters: Record<string, string> }
>;

let english: Metadata;
let functions: Fn[] = [];
let chinese: Fn[] = [];

beforeAll(async () => {
  english = await generator.englishMetadata();
  functions = english.functions;
  chinese = generator.localize(english, HELP).functions;
}, 30000);

const CJK = /[\u4e00-\u9fff]/;

/** English help: a sentence, and no Chinese help pasted in (names such as 类 or 优 may appear). */
function englishHelp(text: string | undefined): void {
  expect(text).toMatch(/^[A-Z"#][\s\S]*[A-Za-z]{3}/);
  expect(text).not.toMatch(/[\u3002\uff0c\uff1b\uff1a]|\/ /); // 。，；： or a "中文 / English" pair
}

/** Chinese help: Chinese, with no English sentence after it. */
function chineseHelp(text: string | undefined): void {
  expect(text).toMatch(CJK);
  expect(text).not.toMatch(/\/ [A-Z]/);
}

/** The parameters each function must declare: name, type, matrix or not, optional or not. */
const EXPECTED: Record<string, [string, string, boolean, boolean][]> = {
  ROLLUP: [
    ["codes", "any", true, false],
    ["amounts", "any", true, false],
    ["prefix", "any", false, true],
  ],
  ROLLUPGAP: [
    ["codes", "any", true, false],
    ["amounts", "any", true, false],
  ],
  CODELEVEL: [["code", "any", false, false]],
  CODEPARENT: [["code", "any", false, false]],
  CODENAME: [
    ["code", "any", false, false],
    ["list", "any", false, true],
  ],
  EXECRATE: [
    ["actual", "any", false, false],
    ["budget", "any", false, false],
    ["digits", "any", false, true],
  ],
  SHARE: [
    ["part", "any", false, false],
    ["total", "any", false, false],
    ["digits", "any", false, true],
  ],
  SHARES: [
    ["amounts", "any", true, false],
    ["digits", "any", false, true],
  ],
  YOY: [
    ["current", "any", false, false],
    ["previous", "any", false, false],
    ["digits", "any", false, true],
  ],
  SCORE: [
    ["weight", "any", false, false],
    ["target", "any", true, false],
    ["actual", "any", true, false],
    ["digits", "any", false, true],
  ],
  QSCORE: [
    ["weight", "any", false, false],
    ["level", "any", false, false],
    ["ratio", "any", false, true],
    ["digits", "any", false, true],
  ],
  BUDGETSCORE: [
    ["executed", "any", false, false],
    ["budget", "any", false, false],
    ["weight", "any", false, true],
    ["digits", "any", false, true],
  ],
  GRADE: [["score", "any", false, false]],
  WAN: [
    ["yuan", "any", false, false],
    ["digits", "any", false, true],
  ],
  ROUNDHALFUP: [
    ["x", "any", false, false],
    ["digits", "any", false, true],
  ],
};

describe("generated functions.json", () => {
  it("generates without errors and lists exactly the registered functions", () => {
    expect(functions.map((f) => f.id).sort()).toEqual(Object.keys(FUNCTIONS).sort());
    expect(Object.keys(EXPECTED).sort()).toEqual(Object.keys(FUNCTIONS).sort());
  });

  it.each(Object.keys(EXPECTED))("%s declares its parameters, types and English help", (id) => {
    const fn = functions.find((f) => f.id === id) as Fn;
    expect(fn.name).toBe(id);
    englishHelp(fn.description);
    const shape = fn.parameters.map((p) => [
      p.name,
      p.type,
      p.dimensionality === "matrix",
      p.optional === true,
    ]);
    expect(shape).toEqual(EXPECTED[id]);
    for (const p of fn.parameters) englishHelp(p.description);
  });

  it.each(Object.keys(EXPECTED))("%s has Chinese help in functions.zh-CN.json, all else the same", (id) => {
    const en = functions.find((f) => f.id === id) as Fn;
    const zh = chinese.find((f) => f.id === id) as Fn;
    chineseHelp(zh.description);
    for (const p of zh.parameters) chineseHelp(p.description);
    const strip = (f: Fn) => ({
      ...f,
      description: undefined,
      parameters: f.parameters.map((p) => ({ ...p, description: undefined })),
    });
    expect(strip(zh)).toEqual(strip(en));
  });

  it("says which Chinese help is missing or names what does not exist, instead of mixing languages", () => {
    const { ROLLUP, ...rest } = HELP;
    expect(() => generator.localize(english, rest)).toThrow(/ROLLUP/);
    const misnamed = { ...HELP, ROLLUP: { ...ROLLUP, parameters: { ...ROLLUP.parameters, prefx: "前缀" } } };
    expect(() => generator.localize(english, misnamed)).toThrow(/ROLLUP\(prefx: no such parameter\)/);
    const partial = { ...HELP, WAN: { ...HELP.WAN, parameters: { yuan: HELP.WAN.parameters.yuan } } };
    expect(() => generator.localize(english, partial)).toThrow(/WAN\(digits\)/);
    expect(() => generator.localize(english, { ...HELP, SUMX: ROLLUP })).toThrow(/SUMX: no such function/);
  });

  it("spilled results are matrices; the rest are scalars", () => {
    const spilled = functions.filter((f) => f.result?.dimensionality === "matrix").map((f) => f.id);
    expect(spilled.sort()).toEqual(["ROLLUPGAP", "SHARES", "YOY"]);
    expect(functions.find((f) => f.id === "ROLLUP")?.result?.type).toBe("number");
    expect(functions.find((f) => f.id === "GRADE")?.result?.type).toBe("string");
  });

  it("the sample evaluator passes ranges exactly where functions.json says matrix", () => {
    for (const f of functions) {
      const matrix = f.parameters.flatMap((p, i) => (p.dimensionality === "matrix" ? [i] : []));
      expect([f.id, matrix]).toEqual([f.id, MATRIX_PARAMETERS[f.id as keyof typeof MATRIX_PARAMETERS]]);
    }
  });

  it("the sample evaluator takes exactly the parameter counts functions.json declares", () => {
    for (const f of functions) {
      const required = f.parameters.filter((p) => p.optional !== true).length;
      expect([f.id, [required, f.parameters.length]]).toEqual([
        f.id,
        PARAMETER_COUNTS[f.id as keyof typeof PARAMETER_COUNTS],
      ]);
    }
  });
});
