/** What the page was asked for in its address: `preview.html?lang=en&theme=dark`; Vietnamese and light by default. */
export interface PreviewEnvironment {
  language: 'vi' | 'en';
  theme: 'light' | 'dark';
}

export function readEnvironment(search: string): PreviewEnvironment {
  const params = new URLSearchParams(search);
  return {
    language: params.get('lang') === 'en' ? 'en' : 'vi',
    theme: params.get('theme') === 'dark' ? 'dark' : 'light',
  };
}
