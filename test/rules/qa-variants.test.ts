import ExcelJS from "exceljs";
import { join } from "path";
import { checkWorkbook } from "../../src/engine/check";
import { Finding } from "../../src/engine/findings";
import { readXlsx } from "../../src/hosts/xlsx/read";

/**
 * The rulebook on variants of the corrected sample a reviewer receives: a department with 政府性基金 and
 * “三公” figures, amounts in 元, old 类 names; each consistent variant must pass and each broken one must
 * name the right rule and cells.
 */
const CORRECTED = join(__dirname, "..", "..", "samples", "corrected.xlsx");

async function check(edit: (book: ExcelJS.Workbook) => void) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(CORRECTED);
  for (const ws of [...book.worksheets]) if (!/^公开\d+表$/.test(ws.name)) book.removeWorksheet(ws.id);
  edit(book);
  return checkWorkbook(await readXlsx(new Uint8Array(await book.xlsx.writeBuffer()), "variant.xlsx"));
}

const sheet = (book: ExcelJS.Workbook, n: number) => book.getWorksheet(`公开0${n}表`)!;
const brief = (f: Finding) => `${f.rule} ${f.cells.map((c) => `${c.sheet}!${c.address}`).join(",")}`;
const errors = (fs: Finding[]) => fs.filter((f) => f.severity === "error" || f.severity === "rounding");

function add(ws: ExcelJS.Worksheet, address: string, delta: number) {
  const v = ws.getCell(address).value;
  ws.getCell(address).value = Math.round(((typeof v === "number" ? v : 0) + delta) * 100) / 100;
}

/** Replaces a note row (merged across the table) with nothing. */
function clearRow(ws: ExcelJS.Worksheet, row: number, last: string) {
  if (ws.getCell(`A${row}`).isMerged) ws.unMergeCells(`A${row}:${last}${row}`);
  ws.getRow(row).values = [];
}

const FUND_ROWS: [string, string][] = [
  ["212", "城乡社区支出"],
  ["21208", "国有土地使用权出让收入安排的支出"],
  ["2120899", "其他国有土地使用权出让收入安排的支出"],
];

/**
 * A department with 政府性基金: 年初 10.00, 本年收入 50.00, 本年支出 45.00 (项目, 2120899), 年末 15.00, carried
 * consistently through 总表, 收入/支出决算表 and 财政拨款总表; and “三公” 预算 5.00 / 决算 4.10.
 */
function fundAndSanGong(book: ExcelJS.Workbook) {
  const s1 = sheet(book, 1);
  s1.getCell("C8").value = 50;
  add(s1, "C33", 50);
  s1.getCell("C35").value = 10;
  add(s1, "C36", 60);
  s1.getCell("F17").value = 45;
  add(s1, "F33", 45);
  s1.getCell("F35").value = 15;
  add(s1, "F36", 60);

  // 收入决算表 and 支出决算表: the three code rows where the blank row and the note were.
  const coded = (ws: ExcelJS.Worksheet, last: string, amounts: (number | null)[]) => {
    clearRow(ws, 27, last);
    FUND_ROWS.forEach(([code, name], i) => {
      ws.getRow(26 + i).values = [code, null, null, name, ...amounts];
      ws.mergeCells(`A${26 + i}:C${26 + i}`);
    });
  };
  const s2 = sheet(book, 2);
  add(s2, "E7", 50);
  add(s2, "F7", 50);
  coded(s2, "K", [50, 50]);
  const s3 = sheet(book, 3);
  add(s3, "E7", 45);
  add(s3, "G7", 45);
  coded(s3, "J", [45, null, 45]);

  const s4 = sheet(book, 4);
  s4.getCell("C9").value = 50;
  add(s4, "C34", 50);
  s4.getCell("C35").value = 10;
  s4.getCell("C37").value = 10;
  add(s4, "C39", 60);
  for (const [address, v] of [
    ["F18", 45],
    ["H18", 45],
    ["H34", 45],
    ["F35", 15],
    ["H35", 15],
    ["F37", 15],
    ["H37", 15],
    ["H39", 60],
  ] as const)
    s4.getCell(address).value = v;
  add(s4, "F34", 45);
  add(s4, "F39", 60);

  const s7 = sheet(book, 7);
  for (const r of [9, 10]) clearRow(s7, r, "J");
  s7.getRow(7).values = ["合计", null, null, null, 10, 50, 45, null, 45, 15];
  FUND_ROWS.forEach(([code, name], i) => {
    s7.getRow(8 + i).values = [code, null, null, name, 10, 50, 45, null, 45, 15];
    s7.mergeCells(`A${8 + i}:C${8 + i}`);
  });

  const s9 = sheet(book, 9);
  clearRow(s9, 11, "L");
  s9.getRow(8).values = [
    "5.00",
    null,
    "3.00",
    null,
    "3.00",
    "2.00",
    "4.10",
    null,
    "2.60",
    null,
    "2.60",
    "1.50",
  ];
}

describe("QA variants: a department with 政府性基金 and “三公” figures", () => {
  it("passes when the figures agree across 总表, 财政拨款总表, 收入/支出 and the fund table", async () => {
    const result = await check(fundAndSanGong);
    expect(result.tables).toHaveLength(9);
    expect(errors(result.findings)).toEqual([]);
    expect(result.findings.filter((f) => f.severity === "warning")).toEqual([]);
  });

  it("names the fund table's cells when 年末 does not follow from 年初 + 收入 − 支出", async () => {
    const result = await check((book) => {
      fundAndSanGong(book);
      sheet(book, 7).getCell("J10").value = 16;
    });
    expect(errors(result.findings).map(brief)).toEqual([
      "JJ.code.children 公开07表!J9,公开07表!J10",
      "JJ.row.balance 公开07表!J10,公开07表!E10,公开07表!F10,公开07表!G10",
    ]);
  });

  it("compares the 政府性基金 column of 财政拨款总表 with the fund table", async () => {
    const result = await check((book) => {
      fundAndSanGong(book);
      // The fund table says 46.00 spent in every row and in 合计 (and so 年末 14.00).
      const s7 = sheet(book, 7);
      for (const r of [7, 8, 9, 10]) {
        s7.getCell(`G${r}`).value = 46;
        s7.getCell(`I${r}`).value = 46;
        s7.getCell(`J${r}`).value = 14;
      }
    });
    expect(errors(result.findings).map(brief)).toEqual([
      "CZZB.JJ.class 公开04表!H18,公开07表!G8",
      "CZZB.JJ.total 公开04表!H34,公开07表!G7",
    ]);
  });

  it("names the 三公 cells of a wrong 决算数 合计", async () => {
    const result = await check((book) => {
      fundAndSanGong(book);
      sheet(book, 9).getCell("G8").value = "4.20";
    });
    expect(errors(result.findings).map(brief)).toEqual([
      "SG.total 公开09表!G8,公开09表!H8,公开09表!I8,公开09表!L8",
    ]);
    expect(result.findings.find((f) => f.rule === "SG.total")?.message).toBe(
      "财政拨款“三公”经费支出决算表 三公经费“决算数 合计” 4.20 ≠ 出国、用车、接待三项之和 4.10（相差 0.10）",
    );
  });
});

describe("QA variants: amounts in 元 and old names", () => {
  const inYuan = (book: ExcelJS.Workbook) => {
    for (const ws of book.worksheets) {
      const cells: ExcelJS.Cell[] = [];
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value === "number" && String(cell.numFmt ?? "").includes("0.00")) cells.push(cell);
          if (cell.value === "单位：万元") cell.value = "单位：元";
        }),
      );
      for (const cell of cells) cell.value = Math.round((cell.value as number) * 10000);
    }
  };

  it("shows 元 amounts in 万元 with the decimals they need, and names the cells", async () => {
    const wrong = await check((book) => {
      inYuan(book);
      sheet(book, 3).getCell("E10").value = 9724900; // 972.49 万元 instead of 972.48
    });
    expect(wrong.findings.map(brief)).toEqual([
      "ZC.code.children 公开03表!E9,公开03表!E10,公开03表!E11",
      "ZC.row.total 公开03表!E10,公开03表!F10,公开03表!G10,公开03表!H10,公开03表!I10,公开03表!J10",
    ]);
    expect(wrong.findings[1].message).toBe(
      "支出决算表 2010301 行政运行“本年支出合计” 972.49 ≠ 各项支出之和 972.48（相差 0.01）",
    );
    expect(wrong.findings[1].severity).toBe("error");

    // One 分 (0.01 元) off is a 尾差 of 0.000001 万元: the message keeps the decimals that show it.
    const cent = await check((book) => {
      inYuan(book);
      sheet(book, 3).getCell("E10").value = 9724800.01;
    });
    expect(cent.findings.map((f) => f.severity)).toEqual(["rounding", "rounding"]);
    expect(cent.findings[1].message).toContain("972.480001 ≠ 各项支出之和 972.480000（相差 0.000001，属尾差");
  });

  it("says a 类 name is the former edition's, once for every table it is in", async () => {
    const result = await check((book) => {
      for (const n of [2, 3, 5]) sheet(book, n).getCell("D16").value = "医疗卫生与计划生育支出";
    });
    expect(result.findings.map(brief)).toEqual(["codes.name 公开02表!A16,公开03表!A16,公开05表!A16"]);
    expect(result.findings[0].message).toBe(
      "收入决算表等 3 张表 210 医疗卫生与计划生育支出：科目名称与编码表“卫生健康支出”不一致（“医疗卫生与计划生育支出”是旧版科目名称，现行名称为“卫生健康支出”）",
    );
    const other = await check((book) => {
      sheet(book, 3).getCell("D16").value = "卫生支出";
    });
    expect(other.findings[0].message).toBe("支出决算表 210 卫生支出：科目名称与编码表“卫生健康支出”不一致");
  });
});
