import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import prettier from "eslint-plugin-prettier";
import tsPlugin from "@typescript-eslint/eslint-plugin";

export default [
  { ignores: ["node_modules/", "dist/", "lib/", "coverage/"] },
  ...officeAddins.configs.react,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { prettier },
    languageOptions: { parser: tsParser, ecmaVersion: 2022, sourceType: "module" },
    settings: { react: { version: "detect" } },
    rules: {
      // The shared config formats .ts only; .tsx gets the same Prettier check.
      "prettier/prettier": ["error", { endOfLine: "auto" }],
      "react/react-in-jsx-scope": "off",
      // TypeScript checks these itself, and knows a value and a type may share a name.
      "no-undef": "off",
      "no-redeclare": "off",
    },
  },
  {
    // The shared config sets up the TypeScript rules for .ts only. In .tsx the core rule would report
    // parameter names in function types; the TypeScript rule understands them.
    files: ["**/*.tsx"],
    plugins: { "@typescript-eslint": tsPlugin },
    rules: { "no-unused-vars": "off", "@typescript-eslint/no-unused-vars": "error" },
  },
  {
    files: ["**/*.{js,cjs}"],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "commonjs",
      globals: {
        require: "readonly",
        module: "writable",
        __dirname: "readonly",
        process: "readonly",
        console: "readonly",
      },
    },
  },
];
