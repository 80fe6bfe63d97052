import * as path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
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

/** functions.json as custom-functions-metadata-plugin generates it at build time. */
let functions: Fn[] = [];
let errors: string[] = [];

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(
    path.join(__dirname, "../../src/functions/functions.ts"),
  );
  errors = result.errors;
  functions = JSON.parse(result.metadataJson).functions;
}, 30000);

const CJK = /[\u4e00-\u9fff]/;

/** "中文说明。/ English help": Chinese first, then English. */
function bilingual(text: string | undefined): void {
  const [zh, en] = (text ?? "").split("。/ ");
  expect(zh).toMatch(CJK);
  expect(en).toMatch(/^[A-Z"#][\s\S]*[A-Za-z]{3}/);
}

/** The parameters each function must declare: name, type, matrix or not, optional or not. */
const EXPECTED: Record<string, [string, string, boolean, boolean][]> = {
  ROLLUP: [
    ["codes", "any", true, false],
    ["amounts", "any", true, false],
    ["prefix", "any", false, false],
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
    ["budget", "any", false, false],
    ["executed", "any", false, false],
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
    ["digits", "any", false, false],
  ],
};

describe("generated functions.json", () => {
  it("generates without errors and lists exactly the registered functions", () => {
    expect(errors).toEqual([]);
    expect(functions.map((f) => f.id).sort()).toEqual(Object.keys(FUNCTIONS).sort());
    expect(Object.keys(EXPECTED).sort()).toEqual(Object.keys(FUNCTIONS).sort());
  });

  it.each(Object.keys(EXPECTED))("%s declares its parameters, types and help, Chinese first", (id) => {
    const fn = functions.find((f) => f.id === id) as Fn;
    expect(fn.name).toBe(id);
    bilingual(fn.description);
    const shape = fn.parameters.map((p) => [
      p.name,
      p.type,
      p.dimensionality === "matrix",
      p.optional === true,
    ]);
    expect(shape).toEqual(EXPECTED[id]);
    for (const p of fn.parameters) bilingual(p.description);
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
