export {
  domainTableOf,
  experienceMonths,
  exposureOf,
  monthsUpTo,
  oppositeSide,
  type DomainTable,
  type PersonExposure,
  type RotationOnDomain,
} from './exposure';
