/**
 * The custom functions' metadata, one file per language (Office's "localize custom functions"):
 * functions.json with the English help written in src/functions/functions.ts's JSDoc, and
 * functions.zh-CN.json with the Chinese help of src/functions/help.zh-CN.json; the manifest points
 * Chinese Excel at the second (<bt:Override Locale="zh-CN"> on Functions.Metadata.Url).
 *
 * It replaces custom-functions-metadata-plugin, which also appends CustomFunctions.associate calls to the
 * bundle: functions.ts registers its functions itself, once, and only where the runtime has CustomFunctions
 * (the panel-only fallback of older Excel loads the same bundle without it).
 */
const path = require("path");
const { generateCustomFunctionsMetadata } = require("custom-functions-metadata");

const ROOT = path.join(__dirname, "..");
const SOURCE = path.join(ROOT, "src", "functions", "functions.ts");
const ZH_HELP = path.join(ROOT, "src", "functions", "help.zh-CN.json");

/** English metadata as generated from the JSDoc; throws with the generator's errors. */
async function englishMetadata(source = SOURCE) {
  const result = await generateCustomFunctionsMetadata(source);
  if (result.errors.length) throw new Error(`functions.json: ${result.errors.join("; ")}`);
  return JSON.parse(result.metadataJson);
}

/**
 * The same metadata with Chinese descriptions. Names and ids stay as they are: a saved formula names the
 * function by id, and formulas in this README and the samples read the same in every Excel. A function
 * or parameter without Chinese help (or help for one that does not exist) fails the build.
 */
function localize(metadata, help) {
  const missing = [];
  const functions = metadata.functions.map((fn) => {
    const zh = help[fn.id];
    if (!zh || !zh.description) return (missing.push(fn.id), fn);
    const names = fn.parameters.map((p) => p.name);
    const extra = Object.keys(zh.parameters || {}).filter((n) => !names.includes(n));
    missing.push(...extra.map((n) => `${fn.id}(${n}: no such parameter)`));
    const parameters = fn.parameters.map((p) => {
      const text = zh.parameters && zh.parameters[p.name];
      if (!text) missing.push(`${fn.id}(${p.name})`);
      return { ...p, description: text || p.description };
    });
    return { ...fn, description: zh.description, parameters };
  });
  const unknown = Object.keys(help).filter((id) => !metadata.functions.some((f) => f.id === id));
  missing.push(...unknown.map((id) => `${id}: no such function`));
  if (missing.length) throw new Error(`help.zh-CN.json lacks or misnames: ${missing.join(", ")}`);
  return { ...metadata, functions };
}

class FunctionsMetadataPlugin {
  apply(compiler) {
    const name = "FunctionsMetadataPlugin";
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.processAssets.tapPromise(
        { name, stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        async () => {
          const { RawSource } = compiler.webpack.sources;
          compilation.fileDependencies.add(SOURCE);
          compilation.fileDependencies.add(ZH_HELP);
          try {
            const english = await englishMetadata();
            delete require.cache[ZH_HELP];
            const chinese = localize(english, require(ZH_HELP));
            compilation.emitAsset("functions.json", new RawSource(JSON.stringify(english, null, 2)));
            compilation.emitAsset("functions.zh-CN.json", new RawSource(JSON.stringify(chinese, null, 2)));
          } catch (e) {
            compilation.errors.push(new compiler.webpack.WebpackError(e.message));
          }
        },
      );
    });
  }
}

module.exports = { FunctionsMetadataPlugin, englishMetadata, localize };
