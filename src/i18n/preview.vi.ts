/** Browser preview strings (Vietnamese, the source). Part of the Vietnamese table `vi`. */
export const previewVi = {
  pageTitle: 'Dân vận khéo — xem trước',
};
