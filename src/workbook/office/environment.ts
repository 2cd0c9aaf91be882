/** The clerk's Office: display language and theme, for the task pane's strings and colours. */
export interface OfficeEnvironment {
  language: 'vi' | 'en';
  theme: 'light' | 'dark';
}

type OfficeContextLike = Pick<Office.Context, 'displayLanguage'> & { officeTheme?: Pick<Office.OfficeTheme, 'bodyBackgroundColor'> | null };

/** From `Office.context` (after `Office.onReady`): Vietnamese for any `vi-*` display language, else English. */
export function officeEnvironment(context: OfficeContextLike = Office.context): OfficeEnvironment {
  const language = /^vi\b/i.test(context.displayLanguage ?? '') ? 'vi' : 'en';
  let theme: OfficeEnvironment['theme'] = 'light';
  try {
    // `officeTheme` is missing on some hosts (Excel on Mac before 16.x, the web in some modes) and may throw.
    const luminance = relativeLuminance(context.officeTheme?.bodyBackgroundColor);
    if (luminance !== null && luminance < 0.5) theme = 'dark';
  } catch {
    theme = 'light';
  }
  return { language, theme };
}

/** WCAG relative luminance of `#RRGGBB` / `#RGB`, or null when it is not such a colour. */
export function relativeLuminance(color: string | undefined | null): number | null {
  const hex = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color?.trim() ?? '')?.[1];
  if (!hex) return null;
  const full = hex.length === 3 ? [...hex].map((d) => d + d).join('') : hex;
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(full.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
