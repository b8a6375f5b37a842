/** Hands the browser a file to save, through a Blob and a temporary object URL. */
export function downloadFile(
  parent: ParentNode,
  name: string,
  content: string,
  type = 'text/html;charset=utf-8',
): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.hidden = true;
  parent.append(link); // inside our shadow root: the host page's DOM stays untouched
  try {
    link.click();
  } finally {
    link.remove();
    // Give the download a moment to start before the URL goes away.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
