import { checkPerformance } from "../../src/engine/selfeval";
import { Finding } from "../../src/engine/findings";
import { goodSpec, projectSheet, ProjectSpec, workbookOf } from "./build";

function check(spec: ProjectSpec, lang: "zh" | "en" = "zh"): Finding[] {
  return checkPerformance(workbookOf(projectSheet(spec)), [], { lang }).findings;
}

function rules(spec: ProjectSpec): string[] {
  return check(spec).map((f) => f.rule);
}

function edit(change: (s: ProjectSpec) => void): ProjectSpec {
  const s = goodSpec();
  change(s);
  return s;
}

/** The findings of `rule` on the consistent spec after `change`, and the first of them. */
function all(rule: string, change: (s: ProjectSpec) => void): Finding[] {
  return check(edit(change)).filter((x) => x.rule === rule);
}

function first(rule: string, change: (s: ProjectSpec) => void): Finding | undefined {
  return all(rule, change)[0];
}

describe("a consistent 自评表", () => {
  it("gives no finding", () => {
    expect(check(goodSpec())).toEqual([]);
  });
});

describe("PERF.weights.group", () => {
  it("flags a group whose rows weigh more than it states, with both sums", () => {
    const f = first("PERF.weights.group", (s) => (s.groups[0].groups[0].rows[0][0] = "培训场次（11 分）"));
    expect(f).toMatchObject({
      severity: "error",
      table: "PERF:测试项目",
      expected: "21",
      actual: "20",
      difference: "-1",
    });
    expect(f?.message).toContain("数量指标");
    expect(f?.cells[0]).toEqual({ sheet: "自评表", address: "C8" });
  });

  it("checks a 一级 group against its subgroups' stated weights", () => {
    const f = all("PERF.weights.group", (s) => (s.groups[0].weight = "45 分"));
    expect(f.map((x) => [x.actual, x.expected])).toEqual([
      ["45", "40"],
      ["80", "85"],
    ]);
  });
});

describe("PERF.weights.total", () => {
  it("flags weights that do not add up to 100", () => {
    const f = first("PERF.weights.total", (s) => (s.groups[2].groups[0].rows[0][0] = "群众满意度（11 分）"));
    expect(f).toMatchObject({ expected: "100", actual: "101", difference: "1" });
  });

  it("counts the budget block's weight", () => {
    expect(rules(edit((s) => (s.budgetLabel = "预算执行情况（万元）(10 分)")))).toContain(
      "PERF.weights.total",
    );
  });
});

describe("PERF.weights.missing", () => {
  it("warns about a row without a weight and skips its group's sum", () => {
    const found = check(edit((s) => (s.groups[0].groups[0].rows[0][0] = "培训场次")));
    expect(found.map((f) => [f.rule, f.severity])).toEqual([["PERF.weights.missing", "warning"]]);
  });
});

describe("PERF.score.cap", () => {
  it("flags a score above the row's weight", () => {
    const f = first("PERF.score.cap", (s) => (s.groups[1].groups[0].rows[0][3] = 16));
    expect(f).toMatchObject({ severity: "error", expected: "15", actual: "16" });
    expect(f?.message).toContain("群众办事便捷度");
  });

  it("flags a budget score above the block's weight", () => {
    const f = check(edit((s) => (s.budget = ["100.00", "100.00", "100.00%", "21.00"])));
    expect(f.map((x) => x.rule)).toContain("PERF.score.cap");
  });
});

describe("PERF.total", () => {
  it("flags a 总分 that is not the sum of the scores", () => {
    const f = first("PERF.total", (s) => (s.total = 96));
    expect(f).toMatchObject({ severity: "error", expected: "94.5", actual: "96", difference: "1.5" });
  });

  it("accepts a 总分 written with two decimals", () => {
    expect(rules(edit((s) => (s.total = "94.50")))).not.toContain("PERF.total");
  });
});

describe("PERF.grade", () => {
  it("accepts a grade that matches 总分", () => {
    expect(rules(edit((s) => (s.notes = ["自评结论：评价等级为“优”"])))).toEqual([]);
  });

  it("flags a grade that does not", () => {
    const f = first("PERF.grade", (s) => (s.notes = ["自评结论：评价等级为“良”"]));
    expect(f?.message).toContain("“优”");
  });
});

describe("PERF.budget.rate", () => {
  it("flags a rate that is not 执行数 ÷ 预算数", () => {
    const f = first("PERF.budget.rate", (s) => (s.budget = ["100.00", "90.00", "100.00%", "18.00"]));
    expect(f).toMatchObject({ severity: "error", expected: "90", actual: "100" });
  });

  it("calls a difference within the amounts' rounding a rounding difference", () => {
    const f = first("PERF.budget.rate", (s) => (s.budget = ["3.00", "1.00", "33.40%", "6.67"]));
    expect(f?.severity).toBe("rounding");
  });
});

describe("PERF.budget.score", () => {
  it("accepts weight × 执行率", () => {
    expect(
      rules(edit((s) => ((s.budget = ["100.00", "90.00", "90.00%", "18.00"]), (s.total = 92.5)))),
    ).toEqual([]);
  });

  it("caps the score at the weight when more was spent than budgeted", () => {
    expect(rules(edit((s) => (s.budget = ["100.00", "110.00", "110.00%", "20.00"])))).toEqual([]);
  });

  it("flags a score that is not weight × 执行率", () => {
    const f = first(
      "PERF.budget.score",
      (s) => ((s.budget = ["100.00", "90.00", "90.00%", "20.00"]), (s.reason = "x")),
    );
    expect(f).toMatchObject({ severity: "error", expected: "18", actual: "20" });
  });
});

describe("PERF.quant.score", () => {
  it("flags a 正向 row scored above B ÷ A of its weight, with the recomputed score", () => {
    const f = first("PERF.quant.score", (s) => ((s.groups[0].groups[0].rows[1][3] = 10), (s.total = 97)));
    expect(f).toMatchObject({ severity: "error", expected: "7.5", actual: "10", difference: "2.5" });
    expect(f?.message).toContain("发放材料份数");
  });

  it("scores a 反向 target (≤) as A ÷ B", () => {
    const f = first("PERF.quant.score", (s) => ((s.groups[1].groups[0].rows[1][3] = 15), (s.total = 97.5)));
    expect(f).toMatchObject({ expected: "12", actual: "15" });
  });

  it("leaves qualitative rows alone", () => {
    expect(rules(edit((s) => ((s.groups[1].groups[0].rows[0][3] = 12), (s.total = 91.5))))).toEqual([]);
  });
});

describe("PERF.reason.missing", () => {
  it("warns when a row lost points and no reason is given", () => {
    const found = all("PERF.reason.missing", (s) => (s.reason = ""));
    expect(found.map((f) => [f.severity, f.cells[0].address])).toEqual([
      ["warning", "G9"],
      ["warning", "G13"],
    ]);
  });
});

describe("PERF.indicator.duplicate", () => {
  it("flags the same indicator twice in a table", () => {
    const f = first(
      "PERF.indicator.duplicate",
      (s) => (s.groups[0].groups[1].rows[1][0] = "验收合格率（10 分）"),
    );
    expect(f?.cells).toEqual([
      { sheet: "自评表", address: "D10" },
      { sheet: "自评表", address: "D11" },
    ]);
  });
});

describe("PERF.indicator.count", () => {
  it("accepts a stated count that matches the rows", () => {
    expect(rules(edit((s) => (s.notes = ["本项目共设置 7 个绩效指标"])))).toEqual([]);
  });

  it("flags one that does not", () => {
    const f = first("PERF.indicator.count", (s) => (s.notes = ["本项目共设置 8 个绩效指标"]));
    expect(f).toMatchObject({ expected: "7", actual: "8" });
  });
});

describe("PERF.cell.invalid", () => {
  it("names a score cell that holds no number", () => {
    const f = first("PERF.cell.invalid", (s) => (s.groups[0].groups[0].rows[0][3] = "#REF!"));
    expect(f?.message).toContain("自评表!G8");
  });
});

describe("options", () => {
  it("writes messages in English on request", () => {
    const [f] = check(
      edit((s) => (s.total = 96)),
      "en",
    );
    expect(f.message).toMatch(/^project self-evaluation table 测试项目 \(自评表\): 总分 96/);
  });

  it("reports nothing when the perf group is switched off, but still locates the tables", () => {
    const wb = workbookOf(projectSheet(edit((s) => (s.total = 96))));
    const r = checkPerformance(wb, [], { disabledGroups: ["perf"] });
    expect(r).toEqual({
      findings: [],
      tables: [{ key: "PERF:测试项目", title: expect.any(String), sheet: "自评表", range: "A1:G16" }],
    });
  });
});
