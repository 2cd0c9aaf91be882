// The DOM matchers (toBeInTheDocument, toHaveTextContent, toBeDisabled, …) for the pane's tests: they
// fail with what the page holds, where `expect(getBy…).toBeInTheDocument()` could only pass or throw.
import '@testing-library/jest-dom';
