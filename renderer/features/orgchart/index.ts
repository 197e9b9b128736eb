export { OrgChartView } from './OrgChartView';
