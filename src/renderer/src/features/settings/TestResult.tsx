import { useSettings } from '../../store/settings/state';

/** What "Test connection" found. */
export function TestResult() {
  const result = useSettings((s) => s.testResult);
  if (!result) return null;
  return (
    <p className={`test-result ${result.ok ? 'ok' : 'bad'}`} role="status">
      {result.ok ? result.message : result.error.message}
    </p>
  );
}
