/** The command's usage text: Chinese first, English second. */
export const USAGE = `用法：juesuan check 文件或文件夹… [选项]
      juesuan rules [--json]      列出全部校验规则（编号、分组、级别、勾稽式）
      juesuan --version

检查部门决算公开表（收入支出决算总表等九张表）内部及表间的勾稽关系、绩效自评表的分值和情况说明中的数字，列出不平的单元格。
  文件或文件夹    .xlsx 文件、文件夹（含子文件夹中的全部 .xlsx）或通配符（如 "收到的决算/*.xlsx"，
                  程序自己展开，cmd、PowerShell 与 bash 相同）；同名的 .docx/.txt 作为情况说明一并核对
  --out 文件      写出审核汇总：.xlsx（汇总、问题清单两张表）或 .csv（问题清单）
  --severity 级别 只列出该级别及以上的问题：error、rounding（尾差）、warning、info（默认全部）
  --jobs N        同时检查的文件数（默认为处理器核数）
  --json          只输出一个 JSON 文档（供其他程序读取）
  --lang zh|en    提示语言（默认中文）
  --codes 文件    补充科目编码表（CSV：编码,名称,级次），可重复
  --rules 文件    审核公式文件（每行一条规则，UTF-8 或 GBK），可重复
  --narrative 文件 与唯一的工作簿一起核对的情况说明（.docx 或 .txt）
  --previous 路径 上年报表：一个工作簿（与唯一的工作簿对照），或文件夹（按单位或去掉年份的文件名配对），做跨年检查
  -V, --version   显示版本
  -h, --help      显示本说明
退出码：0 无错误；1 发现错误；2 有文件无法读取或参数有误。输入文件只读，不会被修改。

Usage: juesuan check FILE-OR-FOLDER… [options]
       juesuan rules [--json]      list every rule (id, group, severity, assertion)
       juesuan --version

Checks the identities within and between a department's final-accounts disclosure tables, its
performance self-evaluation tables and the figures of its narrative, and lists the cells that do not add up.
  FILE-OR-FOLDER  .xlsx files, folders (every .xlsx below them) or patterns such as "received/*.xlsx",
                  expanded by the program alike in cmd, PowerShell and bash; a .docx/.txt of the same
                  name is checked as the workbook's narrative
  --out FILE      write a summary: .xlsx (sheets 汇总 and 问题清单) or .csv (the findings)
  --severity L    list findings of level L or above: error, rounding, warning, info (default: all)
  --jobs N        files checked at once (default: the number of cores)
  --json          print exactly one JSON document (for other programs)
  --lang zh|en    language of the messages (default Chinese)
  --codes FILE    extra classification codes (CSV: code,name,level); may be repeated
  --rules FILE    user rules (审核公式), one a line, UTF-8 or GBK; may be repeated
  --narrative F   the narrative (.docx or .txt) of the one workbook given
  --previous P    last year's report for the cross-year checks: a workbook (for the one workbook given)
                  or a folder (paired by department, or by file name without its year)
  -V, --version   print the version
  -h, --help      show this text
Exit status: 0 no errors; 1 errors found; 2 a file could not be read or bad arguments. Input files are only read.
`;
