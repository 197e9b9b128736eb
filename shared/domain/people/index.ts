export { personDistinguisher, personLabelText } from './person-distinguisher';
export { criticalRoleSuggestions, roleFromSuggestion, type CriticalRoleSuggestion } from './critical-role-suggestions';
