export { fitOfRole, roleSpansBothSides } from './role-fit';
export { roleById, roleFit, standingOf, type PersonStanding } from './fit-in-plan';
