export { personDistinguisher, personLabelText } from './person-distinguisher';
