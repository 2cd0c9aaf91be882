import { Body1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useFitStyles } from './fit-styles';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/** The frame every tab shares: a section labelled by its heading, the heading, and a line saying what the tab does. */
export function TabSection({ name, heading, intro, children }: { name: string; heading: string; intro: string; children: ReactNode }): JSX.Element {
  const styles = useStyles();
  const fit = useFitStyles();
  const id = `dvk-${name}-heading`;
  return (
    <section className={styles.root} aria-labelledby={id}>
      <Subtitle2 as="h2" className={fit.heading} id={id}>
        {heading}
      </Subtitle2>
      <Body1>{intro}</Body1>
      {children}
    </section>
  );
}
