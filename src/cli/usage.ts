/** The command's usage text: Chinese first, English second. */
export const USAGE = `用法：juesuan check 文件.xlsx [文件2.xlsx …] [--json] [--lang zh|en] [--codes 编码表.csv]
      juesuan rules [--json]      列出全部校验规则（编号、分组、级别、勾稽式）

检查部门决算公开表（收入支出决算总表等九张表）内部及表间的勾稽关系和绩效自评表的分值，列出不平的单元格。
  --json          只输出一个 JSON 文档（供其他程序读取）
  --lang zh|en    提示语言（默认中文）
  --codes 文件    补充科目编码表（CSV：编码,名称[,级次]），可重复
  -h, --help      显示本说明
退出码：0 无错误；1 发现错误；2 有文件无法读取或参数有误。输入文件只读，不会被修改。

Usage: juesuan check FILE.xlsx [FILE2.xlsx …] [--json] [--lang zh|en] [--codes codes.csv]
       juesuan rules [--json]      list every rule (id, group, severity, assertion)

Checks the identities within and between a department's final-accounts disclosure tables, and its
performance self-evaluation tables, and lists the cells that do not add up.
  --json          print exactly one JSON document (for other programs)
  --lang zh|en    language of the messages (default Chinese)
  --codes FILE    extra classification codes (CSV: code,name[,level]); may be repeated
  -h, --help      show this text
Exit status: 0 no errors; 1 errors found; 2 a file could not be read or bad arguments. Input files are only read.
`;
