import ExcelJS from "exceljs";
import { join } from "path";
import { checkWorkbook } from "../../src/engine/check";
import { Finding } from "../../src/engine/findings";
import { Workbook } from "../../src/engine/model";
import { readXlsx } from "../../src/hosts/xlsx/read";
import { recognizeTables } from "../../src/engine/tables/recognize";

/**
 * Variants of the corrected sample (fully consistent, so any error or 尾差 on them is a false positive) in
 * the shapes reviewers receive from departments: built with exceljs, read back through readXlsx.
 */
const CORRECTED = join(__dirname, "..", "..", "samples", "corrected.xlsx");

type Edit = (book: ExcelJS.Workbook) => void;

async function check(edit: Edit, arrange?: (wb: Workbook) => void) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(CORRECTED);
  for (const ws of [...book.worksheets]) if (!/^公开\d+表$/.test(ws.name)) book.removeWorksheet(ws.id);
  edit(book);
  const data = new Uint8Array(await book.xlsx.writeBuffer());
  const wb = await readXlsx(data, "variant.xlsx");
  arrange?.(wb);
  return checkWorkbook(wb);
}

const sheet = (book: ExcelJS.Workbook, n: number) => book.getWorksheet(`公开0${n}表`)!;
const brief = (f: Finding) => `${f.rule} ${f.cells.map((c) => `${c.sheet}!${c.address}`).join(",")}`;

/** A cell's number, or a formula's last result. */
function numberOf(cell: ExcelJS.Cell): number | undefined {
  const v = cell.value;
  if (typeof v === "number") return v;
  const result = v && typeof v === "object" && "result" in v ? v.result : undefined;
  return typeof result === "number" ? result : undefined;
}

/** Every amount cell of the nine tables: the sample formats amounts "#,##0.00" and 行次 not at all. */
function eachAmount(book: ExcelJS.Workbook, f: (cell: ExcelJS.Cell, value: number) => void) {
  const found: [ExcelJS.Cell, number][] = [];
  for (const ws of book.worksheets) {
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const n = numberOf(cell);
        if (n !== undefined && String(cell.numFmt ?? "").includes("0.00")) found.push([cell, n]);
      }),
    );
  }
  // Collected first: cells share style objects, so a changed format would hide later cells.
  for (const [cell, n] of found) f(cell, n);
}

/** Shows a cell in Excel's General format (its own style object: exceljs shares them between cells). */
function general(cell: ExcelJS.Cell) {
  cell.style = { ...cell.style, numFmt: "General" };
}

/** Writes `value` into every empty amount cell of the rows between a table's first and last amount. */
function fillBlanks(book: ExcelJS.Workbook, value: string | number) {
  for (const ws of book.worksheets) {
    const rows: number[] = [];
    const cols = new Set<number>();
    ws.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        if (numberOf(cell) !== undefined && String(cell.numFmt ?? "").includes("0.00")) {
          rows.push(r);
          cols.add(c);
        }
      }),
    );
    if (!rows.length) continue;
    for (let r = Math.min(...rows); r <= Math.max(...rows); r++) {
      for (const c of cols) {
        // A cell exceljs has not seen is blank and unmerged.
        const found = ws.findCell(r, c);
        if (!found) ws.getCell(r, c).value = value;
        else if (found.value === null && !found.isMerged) found.value = value;
      }
    }
  }
}

describe("QA variants of the corrected sample", () => {
  it("finds nothing in the sample itself (the baseline of every variant)", async () => {
    expect((await check(() => {})).findings).toEqual([]);
  });

  it("reads General-format amounts as Excel shows them: 元 × 10000 and formula sums with binary tails", async () => {
    const yuan = await check((book) => {
      eachAmount(book, (cell, v) => {
        general(cell);
        cell.value = v * 10000; // 2507.57 × 10000 = 25075700.000000004, as a formula =C8*10000 stores it
      });
      for (const ws of book.worksheets)
        ws.eachRow((row) =>
          row.eachCell((c) => {
            if (c.value === "单位：万元") c.value = "单位：元";
          }),
        );
    });
    expect(yuan.tables).toHaveLength(9);
    expect(yuan.findings).toEqual([]);

    const sums = await check((book) => {
      const s = sheet(book, 6);
      general(s.getCell("C6"));
      // =SUM(C7:C19) of the 301 款 as Excel computes it in binary: 1260.5300000000002.
      s.getCell("C6").value = [235.25, 120.37, 462.55, 65.57, 103.56, 0.25, 52.4, 82.19, 5.01, 133.38].reduce(
        (x, y) => x + y,
        0,
      );
    });
    expect(sums.findings).toEqual([]);
  });

  it("still reports a real difference in a General-format cell", async () => {
    const result = await check((book) => {
      const c = sheet(book, 6).getCell("C6");
      general(c);
      c.value = 1260.5400000000002;
    });
    // 301 is one cent above its 款, and so above 人员经费合计 and the 基本支出 it makes up.
    // Every part is named, the blank 310 (I6) too.
    expect(result.findings.map(brief)).toEqual([
      "YBZC.JBZC.classes 公开05表!F7,公开06表!C6,公开06表!C20,公开06表!F6,公开06表!I6",
      expect.stringMatching(/^JBZC\.class\.children 公开06表!C6,公开06表!C7,公开06表!C8,/),
      "JBZC.personnel.total 公开06表!C34,公开06表!C6,公开06表!C20",
    ]);
    expect(result.findings.every((f) => f.severity === "rounding")).toBe(true);
    expect(result.findings[1].message).toContain(
      "301 工资福利支出 1,260.54 ≠ 各款之和 1,260.53（相差 0.01，属尾差",
    );
  });

  it.each([
    ["0.00 as text", "0.00"],
    ["0 as a number", 0],
  ])("takes %s in every empty cell (rows without a name included) as nothing to report", async (_, zero) => {
    const result = await check((book) => fillBlanks(book, zero));
    expect(result.tables).toHaveLength(9);
    expect(result.findings).toEqual([]);
  });

  it("still reports an amount other than zero in a row without a name", async () => {
    const result = await check((book) => {
      fillBlanks(book, "0.00");
      sheet(book, 1).getCell("C20").value = "5.00";
    });
    expect(result.findings.map(brief)).toContain("recognition 公开01表!A20");
    expect(result.findings.find((f) => f.rule === "recognition")?.message).toBe(
      "工作表“公开01表”第 20 行有金额但没有项目名称或科目编码，未读取。",
    );
  });

  it("does not take 项目支出决算表 or 机关运行经费支出决算表 for the 支出决算表, even before it", async () => {
    const result = await check(
      (book) => {
        const extra = (name: string, title: string) => {
          const ws = book.addWorksheet(name);
          ws.addRow([title]);
          ws.addRow([null, null, "单位：万元"]);
          ws.addRow(["科目编码", "科目名称", "合计"]);
          ws.addRow(["2010302", "一般行政管理事务", 1535.09]);
        };
        extra("项目支出", "2024年度部门项目支出决算表");
        extra("机关运行经费", "2024年度一般公共预算财政拨款机关运行经费支出决算表");
      },
      (wb) => {
        // Put them first: of two tables with one title, the first is checked.
        wb.sheets.sort((x, y) => Number(/^公开/.test(x.name)) - Number(/^公开/.test(y.name)));
        expect(wb.sheets[0].name).toBe("项目支出");
      },
    );
    expect(result.tables.find((t) => t.key === "T_ZC")?.sheet).toBe("公开03表");
    expect(result.findings).toEqual([]);
  });

  it.each(["full", "sparse"] as const)(
    "reads 类/款/项 typed as numbers (款 03 stored as 3), %s",
    async (layout) => {
      const result = await check((book) => {
        for (const n of [2, 3, 5]) {
          const ws = sheet(book, n);
          for (let r = 8; r <= 25; r++) {
            const code = String(ws.getCell(`A${r}`).value);
            ws.unMergeCells(`A${r}:C${r}`);
            const parts = [code.slice(0, 3), code.slice(3, 5), code.slice(5, 7)].map((p) =>
              p ? Number(p) : null,
            );
            // sparse: each row writes only its own level ("" 3 "" for 款 03).
            const level = code.length === 3 ? 0 : code.length === 5 ? 1 : 2;
            ws.getRow(r).getCell(1).value = layout === "full" || level === 0 ? parts[0] : null;
            ws.getRow(r).getCell(2).value = layout === "full" || level === 1 ? parts[1] : null;
            ws.getRow(r).getCell(3).value = layout === "full" || level === 2 ? parts[2] : null;
          }
        }
      });
      expect(result.findings).toEqual([]);
    },
  );

  it("reads 单位：人民币元 as 元", async () => {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet("Sheet1");
    ws.addRow(["2024年度支出决算表"]);
    ws.addRow([null, null, "单位：人民币元"]);
    ws.addRow(["科目编码", "科目名称", "本年支出合计", "基本支出"]);
    ws.addRow(["合计", null, 9724800, 9724800]);
    ws.addRow(["2010301", "行政运行", 9724800, 9724800]);
    const wb = await readXlsx(new Uint8Array(await book.xlsx.writeBuffer()));
    const t = recognizeTables(wb).tables[0];
    expect(t.unit).toBe("元");
    expect(t.rows[0].cells["本年支出合计"].value?.toString()).toBe("972.48");
  });
});
