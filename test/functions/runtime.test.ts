import { fail } from "../../src/engine/calc/outcome";

/**
 * Inside Excel the shared runtime provides CustomFunctions; this shim stands in for it, the way Office
 * does (a global), only for the length of these tests.
 */
class ShimError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
};

describe("in the Excel runtime", () => {
  const associated: string[] = [];
  const holder = globalThis as { CustomFunctions?: unknown };

  beforeAll(() => {
    holder.CustomFunctions = { Error: ShimError, ErrorCode, associate: (id: string) => associated.push(id) };
  });
  afterAll(() => {
    delete holder.CustomFunctions;
  });

  it("registers every function by its id", () => {
    jest.isolateModules(() => {
      const { FUNCTIONS } = jest.requireActual("../../src/functions/functions");
      expect(associated).toEqual(Object.keys(FUNCTIONS));
    });
    expect(associated).toContain("ROLLUP");
    expect(associated).toHaveLength(15);
  });

  it("throws CustomFunctions.Error, with a message only where Excel shows one", () => {
    jest.isolateModules(() => {
      const { excelError } = jest.requireActual("../../src/functions/errors");
      expect(excelError(fail("value", "目标值为空", "target is blank"))).toEqual(
        new ShimError("#VALUE!", "目标值为空 / target is blank"),
      );
      expect(excelError(fail("notAvailable", "无", "none"))).toEqual(new ShimError("#N/A", "无 / none"));
      expect(excelError(fail("divisionByZero", "预算数为 0", "zero"))).toEqual(new ShimError("#DIV/0!"));
      expect(excelError(fail("number", "超出", "out"))).toEqual(new ShimError("#NUM!"));
      const { FUNCTIONS } = jest.requireActual("../../src/functions/functions");
      expect(() => FUNCTIONS.EXECRATE(1, 0)).toThrow(ShimError as unknown as ErrorConstructor);
    });
  });
});

describe("outside Excel", () => {
  it("registers nothing and throws FunctionError", () => {
    jest.isolateModules(() => {
      const { FUNCTIONS } = jest.requireActual("../../src/functions/functions");
      const { FunctionError } = jest.requireActual("../../src/functions/errors");
      expect(() => FUNCTIONS.EXECRATE(1, 0)).toThrow(FunctionError);
    });
  });
});
