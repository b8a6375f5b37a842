/** The videos' list and form, one chunk loaded when the section is first opened (`sections/videos.ts`). */
import './video-list.ts';
import './video-form.ts';
