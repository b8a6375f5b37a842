import { ProblemError } from '../http/problem.ts';

/** Missing and unpublished look the same to the public. */
export const dialogueNotFound = (id: number) =>
  new ProblemError(404, {
    detail: { vi: `Không có buổi đối thoại số ${id}.`, en: `There is no dialogue session ${id}.` },
  });

export const dialogueQuestionNotFound = (id: number) =>
  new ProblemError(404, {
    detail: { vi: `Không có câu hỏi đối thoại số ${id}.`, en: `There is no dialogue question ${id}.` },
  });

export const feedbackNotFound = (id: number) =>
  new ProblemError(404, {
    detail: { vi: `Không có phản ánh, kiến nghị số ${id}.`, en: `There is no feedback ${id}.` },
  });

/** Why a form's item was not stored again: the token sends one item. */
export const FORM_USED = {
  vi: 'Biểu mẫu này đã được dùng để gửi. Hãy tải lại biểu mẫu rồi gửi; nội dung bạn đã soạn vẫn được giữ.',
  en: 'This form was already used to send. Reload the form and send again; your draft is kept.',
};
