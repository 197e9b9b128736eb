export { fitOfRole, roleSpansBothSides } from './role-fit';
