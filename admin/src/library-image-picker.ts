import type { SectionContext } from './context.ts';
import type { ImagePicker } from './rich-text-editor.ts';

const pickers = new WeakMap<SectionContext, ImagePicker>();

/**
 * The rich-text editor's figure tool, taking its image from the media library (upload or choose,
 * then a required description). The dialog is in the media library's chunk, loaded on first use.
 */
export function libraryImagePicker(ctx: SectionContext): ImagePicker {
  let picker = pickers.get(ctx);
  if (!picker) {
    picker = async (editor) =>
      (await import('./media/library-image-dialog.ts')).chooseLibraryImage(editor, ctx);
    pickers.set(ctx, picker);
  }
  return picker;
}
