import { makeStyles } from '@fluentui/react-components';

/** A dropdown never wider than the pane, whatever the length of its options (long unit names). */
export const useFitStyles = makeStyles({
  field: { gridTemplateColumns: 'minmax(0, 1fr)', minWidth: 0 },
  horizontalField: { gridTemplateColumns: 'auto minmax(0, 1fr)', minWidth: 0 },
  root: { minWidth: 0, maxWidth: '100%' },
  select: { minWidth: 0, textOverflow: 'ellipsis' },
  heading: { margin: 0 },
});
