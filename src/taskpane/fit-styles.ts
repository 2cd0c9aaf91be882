import { makeStyles, tokens } from '@fluentui/react-components';

/** A dropdown never wider than the pane, whatever the length of its options (long unit names). */
export const useFitStyles = makeStyles({
  field: { gridTemplateColumns: 'minmax(0, 1fr)', minWidth: 0 },
  horizontalField: { gridTemplateColumns: 'auto minmax(0, 1fr)', minWidth: 0 },
  root: { minWidth: 0, maxWidth: '100%' },
  select: { minWidth: 0, textOverflow: 'ellipsis' },
  heading: { margin: 0 },
});

/** A table's first column kept in view while the rest scrolls sideways in the narrow pane. */
export const useStickyColumnStyles = makeStyles({
  sticky: {
    position: 'sticky',
    left: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: `inset -1px 0 0 ${tokens.colorNeutralStroke2}`,
  },
});
