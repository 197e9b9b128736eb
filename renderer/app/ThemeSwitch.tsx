import { useThemeStore, type Theme } from './theme';
import { SelectField } from '../components/SelectField';

const LABELS: Record<Theme, string> = { system: 'System', light: 'Light', dark: 'Dark' };

export function ThemeSwitch() {
  const theme = useThemeStore((s) => s.theme);
  const setTheme = useThemeStore((s) => s.setTheme);
  return (
    <SelectField
      className="theme-switch"
      label="Theme"
      labelHidden
      value={theme}
      onChange={setTheme}
      options={(Object.keys(LABELS) as Theme[]).map((value) => ({ value, label: `${LABELS[value]} theme` }))}
    />
  );
}
