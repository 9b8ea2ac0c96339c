// Bundle editor.mjs and its pinned dependencies (package-lock.json) into one
// minified file, ../static/editor.js, which is committed: `npm ci && npm run build`.
import { build } from "esbuild";

await build({
  entryPoints: ["editor.mjs"],
  bundle: true,
  minify: true,
  format: "iife",
  target: ["es2020"],
  legalComments: "eof",
  outfile: "../static/editor.js",
  logLevel: "info",
});
