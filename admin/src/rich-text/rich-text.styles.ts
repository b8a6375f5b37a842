import { css } from 'lit';

/**
 * The editor's look: what ProseMirror needs (pre-wrap white space, selected nodes and cells,
 * the gap cursor) and the legal text's own elements, sized in em from the host. Adopted
 * stylesheets only: the console's CSP allows no inline style.
 */
export const richTextStyles = css`
  .frame {
    display: flex;
    flex-direction: column;
    background: var(--_color-surface);
  }
  .frame:fullscreen {
    padding: 1em;
    overflow: auto;
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    padding: 0.35em;
    border: 0.0625em solid var(--_color-muted);
    border-bottom: none;
    border-radius: var(--_radius) var(--_radius) 0 0;
    background: var(--_color-surface-alt);
  }
  .tools button {
    padding: 0.25em 0.5em;
    min-width: 2.25em;
  }
  .tools button[aria-pressed='true'] {
    background: var(--_color-primary);
    border-color: var(--_color-primary);
    color: var(--_color-on-primary);
  }
  .separator {
    width: 0.0625em;
    margin: 0 0.25em;
    background: var(--_color-border);
  }
  .editor {
    min-height: 12em;
    max-height: 40em;
    overflow: auto;
    border: 0.0625em solid var(--_color-muted);
    padding: 0.5em 0.75em;
    background: var(--_color-surface);
    white-space: pre-wrap;
    word-wrap: break-word;
    font-variant-ligatures: none;
    line-height: 1.5;
  }
  .frame:fullscreen .editor {
    flex: 1;
    max-height: none;
  }
  .editor:focus-visible {
    outline: 0.1875em solid var(--_color-focus);
    outline-offset: 0;
  }
  .loading {
    margin: 0;
    padding: 0.5em 0.75em;
    border: 0.0625em solid var(--_color-muted);
  }
  .editor table {
    border-collapse: collapse;
    margin: 0.5em 0;
  }
  .editor td,
  .editor th {
    border: 0.0625em solid var(--_color-muted);
    padding: 0.25em 0.5em;
    vertical-align: top;
    min-width: 3em;
    position: relative;
  }
  .editor th {
    background: var(--_color-surface-alt);
  }
  .editor caption {
    font-weight: bold;
    padding: 0.25em;
  }
  .editor .selectedCell {
    background: var(--_color-surface-alt);
    outline: 0.125em solid var(--_color-focus);
    outline-offset: -0.125em;
  }
  .editor figure {
    margin: 0.75em 0;
  }
  .editor img {
    max-width: 100%;
    height: auto;
  }
  .editor figcaption {
    color: var(--_color-muted);
    font-size: 0.9em;
  }
  .editor blockquote {
    margin: 0.5em 0;
    padding-left: 1em;
    border-left: 0.25em solid var(--_color-border);
  }
  .editor li {
    position: relative;
  }
  .editor .ProseMirror-selectednode {
    outline: 0.125em solid var(--_color-focus);
  }
  .editor .ProseMirror-gapcursor {
    display: none;
    pointer-events: none;
    position: absolute;
  }
  .editor .ProseMirror-gapcursor::after {
    content: '';
    display: block;
    position: absolute;
    top: -0.125em;
    width: 1.25em;
    border-top: 0.0625em solid var(--_color-text);
  }
  .editor.ProseMirror-focused .ProseMirror-gapcursor {
    display: block;
  }
  .editor.ProseMirror-hideselection *::selection {
    background: transparent;
  }
  .status {
    display: flex;
    flex-wrap: wrap;
    gap: 1em;
    justify-content: space-between;
    padding: 0.25em 0.5em;
    border: 0.0625em solid var(--_color-muted);
    border-top: none;
    border-radius: 0 0 var(--_radius) var(--_radius);
    font-size: 0.9em;
    color: var(--_color-muted);
  }
  .notice:not(:empty) {
    color: var(--_color-danger);
  }
  .document-results {
    list-style: none;
    padding: 0;
    margin: 0 0 1em;
  }
  .document-results li {
    margin: 0.25em 0;
  }
`;
