export { domainTableOf, type DomainTable } from '../model/domain-table';
export {
  experienceMonths,
  exposureOf,
  monthsUpTo,
  oppositeSide,
  type PersonExposure,
  type RotationOnDomain,
} from './exposure';
