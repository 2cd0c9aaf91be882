import { Spinner, Text, Toolbar, ToolbarButton, ToolbarDivider, makeStyles, tokens } from '@fluentui/react-components';
import type { JSX } from 'react';
import type { WorkbookFiles } from '../files/use-workbook-files';
import { useMessages } from '../messages';
import { FileOpenButton } from './FileOpenButton';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalM,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  name: { marginLeft: 'auto', color: tokens.colorNeutralForeground2 },
  unsaved: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
});

/** The page's toolbar: open a file, open the sample, download; the open workbook's name, and whether it has changes not downloaded. */
export function PreviewToolbar({ files, documentName, unsaved }: { files: WorkbookFiles; documentName: string; unsaved: boolean }): JSX.Element {
  const classes = useStyles();
  const m = useMessages();
  const busy = files.status.kind === 'busy';
  return (
    <header className={classes.bar}>
      <Toolbar aria-label={m.preview.toolbarLabel}>
        <FileOpenButton disabled={busy} onFile={(file) => void files.openFile(file)} />
        <ToolbarButton disabled={busy} onClick={() => void files.openSample()}>
          {m.preview.openSample}
        </ToolbarButton>
        <ToolbarDivider />
        <ToolbarButton disabled={busy} onClick={() => void files.download()}>
          {m.preview.download}
        </ToolbarButton>
      </Toolbar>
      {busy && <Spinner size="tiny" label={m.preview.busy} />}
      <Text className={classes.name} size={200}>
        {m.preview.documentName({ name: documentName })}
        {unsaved ? <span className={classes.unsaved}> · {m.preview.unsaved}</span> : null}
      </Text>
    </header>
  );
}
