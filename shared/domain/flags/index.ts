export { FlagBook, type FlagSubject } from './flag-book';
export { raisePersonFlags } from './person-flags';
export { raiseReadinessFlags } from './readiness-flags';
export { raiseRoleFlags } from './role-flags';
export { raiseRotationFlags } from './rotation-flags';
export type { RuleContext } from './rule-context';
export { raiseSuccessorFlags } from './successor-flags';
export { gapText, hostName, listText, monthsText, personName, roleName } from './wording';
export { countText, GROUP_ABOVE, groupFlags, type FlagEntry } from './flag-groups';
