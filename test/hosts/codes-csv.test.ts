import { readCodeCsv } from "../../src/hosts/codes-csv";

const utf8 = (text: string) => new TextEncoder().encode(text);

/** GB18030 bytes of a text, as Chinese Excel saves "CSV (逗号分隔)"; encoded with Node's ICU. */
function gbk(text: string): Uint8Array {
  // TextEncoder only writes UTF-8: encode by looking each character up through a decoder table.
  const decoder = new TextDecoder("gb18030");
  const table = new Map<string, number[]>();
  for (let hi = 0x81; hi <= 0xfe; hi++)
    for (let lo = 0x40; lo <= 0xfe; lo++) table.set(decoder.decode(new Uint8Array([hi, lo])), [hi, lo]);
  const out: number[] = [];
  for (const ch of text)
    out.push(...(ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : (table.get(ch) ?? [0x3f])));
  return new Uint8Array(out);
}

describe("--codes CSV files", () => {
  it("reads the Chinese header the help shows, quoted fields and a BOM", () => {
    const csv =
      '\uFEFF编码,名称,级次\r\n2010350,"信息化建设（项）, 含运维",项\r\n20199,其他一般公共服务支出,款\r\n';
    const { entries, errors } = readCodeCsv(utf8(csv), "本地科目.csv");
    expect(errors).toEqual([]);
    expect(entries).toEqual([
      { code: "2010350", name: "信息化建设（项）, 含运维", level: "项", status: "user" },
      { code: "20199", name: "其他一般公共服务支出", level: "款", status: "user" },
    ]);
  });

  it("reads a GBK file as saved by Chinese Excel, never garbling names", () => {
    const { entries, errors } = readCodeCsv(gbk("编码,名称\r\n2010350,信息化建设\r\n"), "本地科目.csv");
    expect(errors).toEqual([]);
    expect(entries).toEqual([{ code: "2010350", name: "信息化建设", level: "项", status: "user" }]);
  });

  it("names the file and line of a bad record and keeps the good ones", () => {
    const { entries, errors } = readCodeCsv(utf8("code,name\n20103,政府办公厅\n12,太短\n"), "x.csv");
    expect(entries.map((e) => e.code)).toEqual(["20103"]);
    expect(errors).toEqual(["x.csv：第 3 行“12,太短”不是“编码,名称[,级次]”格式"]);
  });

  it("refuses a binary file with a message instead of reading garbage", () => {
    const { entries, errors } = readCodeCsv(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 1]), "codes.xlsx");
    expect(entries).toEqual([]);
    expect(errors[0]).toContain("codes.xlsx：不是文本格式的 CSV 文件");
  });

  it("says where an unclosed quote breaks the file", () => {
    const { errors } = readCodeCsv(utf8('编码,名称\n201,"一般公共服务支出\n'), "q.csv");
    expect(errors[0]).toMatch(/^q\.csv.*CSV 格式有误/);
  });
});
