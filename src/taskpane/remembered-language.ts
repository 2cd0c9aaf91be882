import type { Language } from './locale';

const KEY = 'dvk-language';

/** The language the clerk last chose in this browser (or Office webview), if any; storage may be refused. */
export function rememberedLanguage(): Language | null {
  try {
    const value = globalThis.localStorage?.getItem(KEY);
    return value === 'vi' || value === 'en' ? value : null;
  } catch {
    return null;
  }
}

/** Keeps the choice for the next workbook opened, and the next time the pane starts. */
export function rememberLanguage(language: Language): void {
  try {
    globalThis.localStorage?.setItem(KEY, language);
  } catch {
    // Storage refused (private mode, a locked-down webview): the choice holds for this pane only.
  }
}
