/**
 * The smallest page the task pane could be: React and Fluent UI v9 with one button, built with the
 * project's own webpack settings (bench/taskpane.ts), as the floor the task pane's size is compared to.
 */
import { Button, FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';

const root = document.getElementById('root');
if (!root) throw new Error('#root not found');
createRoot(root).render(
  <FluentProvider theme={webLightTheme}>
    <main>
      <Button appearance="primary">Kiểm tra</Button>
    </main>
  </FluentProvider>,
);
