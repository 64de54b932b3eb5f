// Site boilerplate: lines that belong to the page template, not the article.

const BOILERPLATE_LINES: readonly RegExp[] = [
  /^read more\.?$/i,
  /^leave a (reply|comment)$/i,
  /^your email address will not be published\.?( required fields are marked \*)?$/i,
  /^back to top( button)?$/i,
  /^%d bloggers like this:?$/i,
  /^(share|like) this:?$/i,
  /^click to (share|email|print)\b.*$/i,
  /^(related|related posts|related articles|you may also like|more from this section|post navigation)$/i,
  /^(loading|loading\.\.\.|loading…)$/i,
  /^(advertisement|sponsored content)$/i,
  /^(subscribe|sign up) to our newsletter\.?$/i,
  /^follow us on\b.{0,60}$/i,
  /^(previous|next) (article|post)$/i,
  /^required fields are marked \*$/i,
  /^(comment|name|email|website)\s*\*?$/i,
  /^save my name, email, and website in this browser.*$/i,
];

/** True for a line that is site template rather than article text. */
export function isBoilerplateLine(line: string): boolean {
  const text = line.trim();
  return text.length > 0 && text.length <= 160 && BOILERPLATE_LINES.some((pattern) => pattern.test(text));
}

/** Drops boilerplate lines, keeping line positions meaningful by replacing them with blank lines. */
export function removeBoilerplate(lines: readonly string[]): string[] {
  return lines.map((line) => (isBoilerplateLine(line) ? '' : line));
}
