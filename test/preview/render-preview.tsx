import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { vi } from '../../src/i18n/vi';
import { MessagesProvider } from '../../src/preview/messages';

/** Renders a part of the preview page as index.tsx does: Fluent theme and Vietnamese strings. */
export function renderPreview(ui: ReactElement): RenderResult {
  return render(
    <FluentProvider theme={webLightTheme}>
      <MessagesProvider value={vi}>{ui}</MessagesProvider>
    </FluentProvider>,
  );
}
