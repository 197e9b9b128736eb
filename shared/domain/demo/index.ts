export { DEMO_AS_OF, DEMO_ORGANIZATION, DEMO_PEOPLE, DEMO_SEED, generateDemoPlan, MAX_DEMO_PEOPLE, type DemoOptions } from './generate';
export { SHOWCASE_NAMES } from './names';
