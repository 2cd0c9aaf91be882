import { Body1, Title3, makeStyles, tokens } from '@fluentui/react-components';
import type { JSX } from 'react';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
  },
});

export function App(): JSX.Element {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <Title3 as="h1">Dân vận khéo</Title3>
      <Body1>Nhập, kiểm tra, tổng hợp và báo cáo mô hình “Dân vận khéo” ngay trong Excel.</Body1>
    </main>
  );
}

export default App;
