/**
 * numfmt (Excel's number-format rules) loaded by path. Its 4.0.1 package.json sends `require` to
 * dist/index.cjs, a file the published package does not contain (it ships the same CommonJS build as
 * dist/index.js), so a plain `import "numfmt"` fails in Node, ts-jest and webpack. src/hosts/xlsx and the
 * compiled lib/hosts/xlsx sit equally deep, so this path serves both. Back to `from "numfmt"` once a release
 * ships the file (or with numfmt pinned to 3.2.6).
 */
export {
  dateFromSerial,
  format,
  isDateFormat,
  isTextFormat,
  isValidFormat,
} from "../../../node_modules/numfmt/dist/index.js";
