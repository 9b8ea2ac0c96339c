// The pad's editor: CodeMirror 6 with Python, bundled into one file
// (../static/editor.js) that pad.js uses through window.JudgeEditor.
import { EditorState } from "@codemirror/state";
import {
  EditorView, keymap, lineNumbers, highlightActiveLine, highlightActiveLineGutter,
  drawSelection, highlightSpecialChars, rectangularSelection,
} from "@codemirror/view";
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import {
  indentOnInput, bracketMatching, foldGutter, foldKeymap, syntaxHighlighting,
  defaultHighlightStyle, indentUnit,
} from "@codemirror/language";
import { closeBrackets, closeBracketsKeymap } from "@codemirror/autocomplete";
import { searchKeymap, highlightSelectionMatches } from "@codemirror/search";
import { python } from "@codemirror/lang-python";

// create(parent, text, {onChange, onRun, onSubmit, onSave}) -> {get, set, focus, view}
function create(parent, text, handlers) {
  const on = handlers || {};
  const call = (name) => () => { if (on[name]) on[name](); return true; };
  const shortcuts = keymap.of([
    { key: "Mod-Enter", run: call("onRun") },
    { key: "Shift-Mod-Enter", run: call("onSubmit") },
    { key: "Mod-s", run: call("onSave"), preventDefault: true },
  ]);
  // The page's CSP allows <style> elements only with its nonce (CodeMirror injects its theme).
  const meta = document.querySelector('meta[name="csp-nonce"]');
  const nonce = meta ? meta.getAttribute("content") : "";
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: text,
      extensions: [
        shortcuts,
        EditorView.cspNonce.of(nonce || ""),
        lineNumbers(), highlightActiveLineGutter(), highlightSpecialChars(), history(),
        foldGutter(), drawSelection(), indentOnInput(), bracketMatching(), closeBrackets(),
        rectangularSelection(), highlightActiveLine(), highlightSelectionMatches(),
        syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
        indentUnit.of("    "), EditorState.tabSize.of(4), python(),
        keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...searchKeymap, ...historyKeymap,
                   ...foldKeymap, indentWithTab]),
        EditorView.updateListener.of((update) => {
          if (update.docChanged && on.onChange) on.onChange(update.state.doc.toString());
        }),
      ],
    }),
  });
  return {
    view,
    get: () => view.state.doc.toString(),
    set: (value) => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: value } }),
    focus: () => view.focus(),
  };
}

window.JudgeEditor = { create };
