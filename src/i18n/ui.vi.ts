/** Task pane strings (Vietnamese, the source). Part of the Vietnamese table `vi`. */
export const uiVi = {
  appTitle: 'Dân vận khéo',
};
