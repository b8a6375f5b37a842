/**
 * Wide tables in the full text scroll sideways inside a region that keyboard users can focus
 * and screen readers can name. The sanitized HTML is rendered by Lit; we only wrap its tables
 * afterwards (Lit removes the wrappers with the rest when the text changes).
 */
export function wrapTables(container: HTMLElement, label: (index: number) => string): void {
  const tables = container.querySelectorAll('table');
  let index = 0;
  for (const table of tables) {
    index += 1;
    if (table.parentElement?.classList.contains('table-scroll')) continue;
    if (table.parentElement?.closest('table')) continue; // nested tables scroll with their parent
    const wrapper = document.createElement('div');
    wrapper.className = 'table-scroll';
    wrapper.tabIndex = 0;
    wrapper.setAttribute('role', 'region');
    const caption = table.caption?.textContent?.trim();
    wrapper.setAttribute('aria-label', caption || label(index));
    table.before(wrapper);
    wrapper.append(table);
  }
}
