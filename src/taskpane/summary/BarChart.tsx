import { makeStyles, tokens } from '@fluentui/react-components';
import { useId, type JSX } from 'react';

export interface Bar {
  label: string;
  registered: number;
  recognized: number;
}

interface Props {
  title: string;
  /** The chart read out: one sentence per group. */
  description: string;
  legend: { registered: string; recognized: string };
  bars: readonly Bar[];
  format: (n: number) => string;
}

const WIDTH = 320;
const LEGEND = 24;
const LABEL = 16;
const BAR = 11;
const GAP = 10;
const ROW = LABEL + 2 * (BAR + 2) + GAP;
const NUMBER_SPACE = 44;
const MAX_LABEL = 52;

const useStyles = makeStyles({
  svg: { width: '100%', height: 'auto', display: 'block' },
  text: { fill: tokens.colorNeutralForeground1, fontSize: '11px', fontFamily: tokens.fontFamilyBase },
  registered: { fill: tokens.colorBrandBackground },
  recognized: { fill: tokens.colorPaletteGreenBackground3 },
});

const shorten = (text: string): string => (text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1)}…` : text);

/** Registered and recognised models per group as horizontal bars: inline SVG, read out as its description. */
export function BarChart({ title, description, legend, bars, format }: Props): JSX.Element {
  const styles = useStyles();
  const titleId = useId();
  const descId = useId();
  const max = Math.max(1, ...bars.map((b) => Math.max(b.registered, b.recognized)));
  const scale = (n: number): number => (n / max) * (WIDTH - NUMBER_SPACE);
  const height = LEGEND + bars.length * ROW;
  return (
    <svg className={styles.svg} viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${titleId} ${descId}`}>
      <title id={titleId}>{title}</title>
      <desc id={descId}>{description}</desc>
      <rect x={0} y={4} width={10} height={10} className={styles.registered} />
      <text x={14} y={13} className={styles.text}>
        {legend.registered}
      </text>
      <rect x={WIDTH / 2} y={4} width={10} height={10} className={styles.recognized} />
      <text x={WIDTH / 2 + 14} y={13} className={styles.text}>
        {legend.recognized}
      </text>
      {bars.map((b, i) => {
        const top = LEGEND + i * ROW;
        return (
          <g key={`${b.label}-${i}`}>
            <text x={0} y={top + LABEL - 4} className={styles.text}>
              {shorten(b.label)}
            </text>
            <rect x={0} y={top + LABEL} width={scale(b.registered)} height={BAR} className={styles.registered} />
            <text x={scale(b.registered) + 4} y={top + LABEL + BAR - 1} className={styles.text}>
              {format(b.registered)}
            </text>
            <rect x={0} y={top + LABEL + BAR + 2} width={scale(b.recognized)} height={BAR} className={styles.recognized} />
            <text x={scale(b.recognized) + 4} y={top + LABEL + 2 * BAR + 1} className={styles.text}>
              {format(b.recognized)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
