import type { SectionContext } from './context.ts';
import type { ImagePicker } from './rich-text-editor.ts';

const pickers = new WeakMap<SectionContext, ImagePicker>();

/**
 * The rich-text editor's figure tool, taking its image from the media library (upload or choose,
 * then a required description; a pasted or dropped file is uploaded in it). The dialog is in the
 * media library's chunk, loaded on first use.
 */
export function libraryImagePicker(ctx: SectionContext): ImagePicker {
  let picker = pickers.get(ctx);
  if (!picker) {
    picker = async (editor, file) =>
      (await import('./media/library-image-dialog.ts')).chooseLibraryImage(editor, ctx, file);
    pickers.set(ctx, picker);
  }
  return picker;
}
